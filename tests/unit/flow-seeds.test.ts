import { describe, it, expect } from 'vitest';
import { parseFlow, findFlowsInMarkdown, findProseFlow, toMermaid, renderFlowSvg } from '../../src/lib/flow/index.ts';
import { edgeList, detailOf, groupList, seed, fenceAfter } from './flow-helpers.ts';

describe('seed graphs', () => {
  it('000: the tree', () => {
    const g = parseFlow(fenceAfter(seed('000_'), '### 아키텍처 플로우'))!;
    expect(g).not.toBeNull();
    expect(g.nodes).toHaveLength(11);
    expect(edgeList(g)).toEqual(
      [
        '데이터 사이언스팀 VPC -> AWS Glue Development Endpoint (B)',
        '데이터 사이언스팀 VPC -> SageMaker 노트북 인스턴스 (C)',
        '데이터 사이언스팀 VPC -> IAM 권한 설정 (F)',
        'AWS Glue Development Endpoint (B) -> Spark 클러스터 프로비저닝',
        'AWS Glue Development Endpoint (B) -> VPC 내 네트워크 보안 적용',
        'SageMaker 노트북 인스턴스 (C) -> Glue Development Endpoint 연결',
        'SageMaker 노트북 인스턴스 (C) -> 실시간 Spark 컨텍스트 활용',
        'SageMaker 노트북 인스턴스 (C) -> ETL 스크립트 직접 개발/테스트',
        'IAM 권한 설정 (F) -> Glue 작업 실행 권한',
        'IAM 권한 설정 (F) -> SageMaker 훈련 프로세스 트리거 권한',
      ].sort(),
    );
    expect(g.groups).toEqual([]);
  });

  it('003: chain with sub-labels 2–5 columns off, a branch down, 1-10초 stays text', () => {
    const g = parseFlow(fenceAfter(seed('003_'), '### 아키텍처 플로우'))!;
    expect(g).not.toBeNull();
    expect(g.direction).toBe('TD');
    expect(g.nodes.map((n) => n.label)).toEqual([
      'Kinesis Data Streams',
      'EMR Spark Cluster',
      'SageMaker',
      'REST API Endpoint',
      '마이크로 배치 처리',
      '전처리된 데이터',
      'S3',
    ]);
    expect(edgeList(g)).toEqual(
      [
        'Kinesis Data Streams -> EMR Spark Cluster',
        'EMR Spark Cluster -> SageMaker',
        'SageMaker -> REST API Endpoint',
        'EMR Spark Cluster -> 마이크로 배치 처리',
        '마이크로 배치 처리 -> 전처리된 데이터',
        '전처리된 데이터 -> S3',
      ].sort(),
    );
    expect(detailOf(g, 'Kinesis Data Streams')).toEqual(['(실시간 수집)']);
    expect(detailOf(g, 'EMR Spark Cluster')).toEqual(['(Structured Streaming)']);
    expect(detailOf(g, 'SageMaker')).toEqual(['(모델 훈련)']);
    expect(detailOf(g, 'REST API Endpoint')).toEqual(['(예측 서빙)']);
    expect(detailOf(g, '마이크로 배치 처리')).toEqual(['(1-10초 간격)']);
    expect(detailOf(g, 'S3')).toEqual([]);
  });

  it('004: vertical chain with a two-way edge; S3/EFS stays one label', () => {
    const g = parseFlow(fenceAfter(seed('004_'), '### 아키텍처 플로우'))!;
    expect(g).not.toBeNull();
    expect(g.direction).toBe('TD');
    expect(g.nodes).toHaveLength(8);
    expect(edgeList(g)).toEqual(
      [
        'S3 원본 데이터 (20TB) -> FSx for Lustre',
        'FSx for Lustre <-> S3 자동 동기화',
        'FSx for Lustre -> SageMaker Processing Job',
        'SageMaker Processing Job -> 여러 Processing 인스턴스 (병렬)',
        '여러 Processing 인스턴스 (병렬) -> 공유 파일 시스템 접근 (POSIX)',
        '공유 파일 시스템 접근 (POSIX) -> 전처리된 데이터',
        '전처리된 데이터 -> S3/EFS 저장',
      ].sort(),
    );
  });

  it('002 (repaired text): a vertical chain of five steps', () => {
    const steps = [
      '고객 요청: SageMaker 노트북 생성',
      'AWS 서비스 계정에서 EC2 인스턴스 생성',
      'ENI(네트워크 인터페이스)를 통해 고객 VPC 연결',
      '고객은 Jupyter 인터페이스만 접근 가능',
      '실제 EC2 인스턴스는 AWS 계정에 숨겨진 상태',
    ];
    const g = parseFlow(steps.join('\n     ↓\n'))!;
    expect(g).not.toBeNull();
    expect(g.direction).toBe('TD');
    expect(g.nodes.map((n) => n.label)).toEqual(steps);
    expect(g.edges.map((e) => [e.from, e.to])).toEqual([
      ['n0', 'n1'],
      ['n1', 'n2'],
      ['n2', 'n3'],
      ['n3', 'n4'],
    ]);
  });

  it('001: the prose flow with two groups, found in the real note', () => {
    const md = seed('001_');
    const flows = findFlowsInMarkdown(md);
    expect(flows).toHaveLength(1);
    const f = flows[0];
    expect(f.kind).toBe('prose');
    expect(f.source).toBe(
      'AWS Glue SageMaker 노트북: (Jupyter → SparkMagic) → (네트워크) → AWS Glue 개발 엔드포인트: (Apache Livy → Apache Spark)',
    );
    expect(md.split('\n')[f.startLine - 1]).toBe(f.source);
    expect(groupList(f.graph)).toEqual([
      'AWS Glue SageMaker 노트북: Jupyter, SparkMagic',
      'AWS Glue 개발 엔드포인트: Apache Livy, Apache Spark',
    ]);
    expect(edgeList(f.graph)).toEqual(
      [
        'Jupyter -> SparkMagic',
        'SparkMagic -> 네트워크',
        '네트워크 -> Apache Livy',
        'Apache Livy -> Apache Spark',
      ].sort(),
    );
    expect(findProseFlow(f.source)).toEqual(f.graph);
  });

  it('finds exactly the architecture fences in 000, 003, 004 and leaves the python fence of 003 alone', () => {
    for (const [p, line] of [
      ['000_', 30],
      ['003_', 30],
      ['004_', 30],
    ] as const) {
      const flows = findFlowsInMarkdown(seed(p));
      expect(flows.map((f) => [f.kind, f.startLine])).toEqual([['fence', line]]);
    }
  });

  it('every seed diagram renders to SVG', () => {
    for (const p of ['000_', '001_', '003_', '004_']) {
      for (const f of findFlowsInMarkdown(seed(p))) {
        const svg = renderFlowSvg(toMermaid(f.graph), { title: p });
        expect(svg).toMatch(/^<svg role="img"/);
        for (const n of f.graph.nodes) expect(svg).toContain(`>${n.label.replace(/&/g, '&amp;')}<`);
      }
    }
  });
});
