import { describe, it, expect } from 'vitest';
import {
  parseFlow,
  findProseFlow,
  findFlowsInMarkdown,
  isFlowCandidateLang,
  displayWidth,
} from '../../src/lib/flow/index.ts';
import { edgeList, detailOf, groupList } from './flow-helpers.ts';

const flow = (lines: string[]) => parseFlow(lines.join('\n'));

describe('trees', () => {
  it('ASCII tree with |-- and `--', () => {
    const g = flow(['root', '|-- a', '|   `-- a1', '`-- b']);
    expect(edgeList(g!)).toEqual(['a -> a1', 'root -> a', 'root -> b']);
  });
  it('tree with ├─→ connectors and no root line (forest)', () => {
    const g = flow(['├─→ 수집', '│   └─→ 검증', '└─→ 배포', '    └─→ 모니터링']);
    expect(edgeList(g!)).toEqual(['배포 -> 모니터링', '수집 -> 검증']);
  });
  it('tree depth follows display columns with Hangul parents', () => {
    const g = flow(['한글 루트', '├── 가', '│   ├── 나', '│   └── 다', '└── 라']);
    expect(edgeList(g!)).toEqual(['가 -> 나', '가 -> 다', '한글 루트 -> 가', '한글 루트 -> 라']);
  });
  it('a lone root line without children is not a diagram', () => {
    expect(flow(['root', '│', '│'])).toBeNull();
  });
});

describe('vertical chains', () => {
  it('| then v between lines', () => {
    const g = flow(['Start', '  |', '  v', 'Middle', '  |', '  v', 'End']);
    expect(edgeList(g!)).toEqual(['Middle -> End', 'Start -> Middle']);
    expect(g!.direction).toBe('TD');
  });
  it('↑ reverses the edge', () => {
    const g = flow(['결과', ' ↑', '입력']);
    expect(edgeList(g!)).toEqual(['입력 -> 결과']);
  });
  it('↕ is two-way', () => {
    const g = flow(['캐시', ' ↕', 'DB']);
    expect(edgeList(g!)).toEqual(['캐시 <-> DB']);
  });
  it('fan-out with several arrows on one line', () => {
    const g = flow(['      로드밸런서', '   ↓       ↓', ' 서버 A    서버 B']);
    expect(edgeList(g!)).toEqual(['로드밸런서 -> 서버 A', '로드밸런서 -> 서버 B']);
  });
  it('fan-in onto one node below', () => {
    const g = flow(['앱 A     앱 B', ' ↓        ↓', '  공용 DB']);
    expect(edgeList(g!)).toEqual(['앱 A -> 공용 DB', '앱 B -> 공용 DB']);
  });
  it('diagonal ↙ ↘ fan-out', () => {
    const g = flow(['      요청', '    ↙    ↘', '  읽기      쓰기']);
    expect(edgeList(g!)).toEqual(['요청 -> 쓰기', '요청 -> 읽기']);
  });
  it('a detail line under a node in a vertical chain', () => {
    const g = flow(['Kinesis', '(수집)', '  ↓', 'Lambda']);
    expect(detailOf(g!, 'Kinesis')).toEqual(['(수집)']);
    expect(edgeList(g!)).toEqual(['Kinesis -> Lambda']);
  });
  it('an arrow pointing between two nodes is not sure → null', () => {
    expect(flow(['A          B', '     ↓', 'C          D'])).toBeNull();
  });
  it('tabs expand before columns are compared', () => {
    const g = flow(['\t소스', '\t ↓', '\t대상']);
    expect(edgeList(g!)).toEqual(['소스 -> 대상']);
  });
});

describe('horizontal chains', () => {
  it('→ chain is LR', () => {
    const g = flow(['A → B → C']);
    expect(edgeList(g!)).toEqual(['A -> B', 'B -> C']);
    expect(g!.direction).toBe('LR');
  });
  it('← points back', () => {
    expect(edgeList(flow(['수집기 ← 센서'])!)).toEqual(['센서 -> 수집기']);
  });
  it('↔ and ←→ are two-way', () => {
    expect(edgeList(flow(['A ↔ B'])!)).toEqual(['A <-> B']);
    expect(edgeList(flow(['A ←→ B'])!)).toEqual(['A <-> B']);
  });
  it('⇒ and ASCII arrows with spaces', () => {
    expect(edgeList(flow(['A ⇒ B'])!)).toEqual(['A -> B']);
    expect(edgeList(flow(['A -> B --> C => D'])!)).toEqual(['A -> B', 'B -> C', 'C -> D']);
    expect(edgeList(flow(['A <- B'])!)).toEqual(['B -> A']);
    expect(edgeList(flow(['A <-> B'])!)).toEqual(['A <-> B']);
  });
  it('ASCII arrows without spaces, S3/EFS and 1-10초 stay text', () => {
    expect(flow(['a->b'])).toBeNull();
    expect(flow(['S3/EFS 저장'])).toBeNull();
    expect(flow(['1-10초 간격'])).toBeNull();
    expect(edgeList(flow(['S3/EFS → 1-10초 배치'])!)).toEqual(['S3/EFS -> 1-10초 배치']);
  });
  it('edge labels --(이벤트)--> and -- 이벤트 -->', () => {
    expect(edgeList(flow(['S3 --(이벤트)--> Lambda'])!)).toEqual(['S3 -[이벤트]-> Lambda']);
    expect(edgeList(flow(['S3 -- 이벤트 --> Lambda'])!)).toEqual(['S3 -[이벤트]-> Lambda']);
  });
  it('several chains on separate lines share nodes with the same label', () => {
    const g = flow(['A → B', 'B → C']);
    expect(g!.nodes).toHaveLength(3);
    expect(edgeList(g!)).toEqual(['A -> B', 'B -> C']);
  });
  it('sub-labels matched by order when counts match', () => {
    const g = flow(['웹 → API → DB', '(React)  (Node)  (Postgres)']);
    expect(detailOf(g!, '웹')).toEqual(['(React)']);
    expect(detailOf(g!, 'API')).toEqual(['(Node)']);
    expect(detailOf(g!, 'DB')).toEqual(['(Postgres)']);
  });
  it('A: (x → y) groups in a fence', () => {
    const g = flow(['VPC: (ALB → EC2) → RDS']);
    expect(groupList(g!)).toEqual(['VPC: ALB, EC2']);
    expect(edgeList(g!)).toEqual(['ALB -> EC2', 'EC2 -> RDS']);
  });
  it('an arrow with nothing on one side is not sure → null', () => {
    expect(flow(['→ B'])).toBeNull();
    expect(flow(['A →'])).toBeNull();
  });
  it('a stray line of text that connects to nothing → null', () => {
    expect(flow(['설명 문장입니다', '', 'A → B'])).toBeNull();
  });
});

describe('boxes', () => {
  it('+--+ boxes joined by an arrow on the middle line', () => {
    const g = flow(['+-------+     +--------+', '| 소스  | --> | 타깃   |', '+-------+     +--------+']);
    expect(edgeList(g!)).toEqual(['소스 -> 타깃']);
  });
  it('┌─┐ boxes stacked with │ and ▼, multi-line label becomes detail', () => {
    const g = flow([
      '┌──────────────┐',
      '│ S3 버킷      │',
      '│ (원본 데이터)│',
      '└──────┬───────┘',
      '       │',
      '       ▼',
      '┌──────────────┐',
      '│ Glue ETL     │',
      '└──────────────┘',
    ]);
    expect(edgeList(g!)).toEqual(['S3 버킷 -> Glue ETL']);
    expect(detailOf(g!, 'S3 버킷')).toEqual(['(원본 데이터)']);
  });
  it('a box whose right border does not line up is left alone', () => {
    expect(flow(['┌────┐', '│ 가나다라 │', '└────┘', '  ↓', 'B'])).toBeNull();
  });
});

describe('numbered steps', () => {
  it('1. 2. 3. become a vertical chain with indented details', () => {
    const g = flow(['1. 데이터 수집', '   (Kinesis)', '2. 전처리', '3. 모델 훈련']);
    expect(g!.direction).toBe('TD');
    expect(edgeList(g!)).toEqual(['데이터 수집 -> 전처리', '전처리 -> 모델 훈련']);
    expect(detailOf(g!, '데이터 수집')).toEqual(['(Kinesis)']);
  });
  it('1) 2) style', () => {
    expect(edgeList(flow(['1) 요청', '2) 응답'])!)).toEqual(['요청 -> 응답']);
  });
  it('numbers that skip are not steps', () => {
    expect(flow(['1. 하나', '3. 셋'])).toBeNull();
  });
});

describe('ambiguous width', () => {
  it('a vertical arrow whose target depends on the width of → is left alone', () => {
    // narrow: ↓ at col 16 is under E (cols 16–17); wide: four arrows push E to 20 and D sits at 15–16
    const lines = ['A → B → C → D → E', '                ↓', '                Z'];
    expect(flow(lines)).toBeNull();
    // the same picture with ASCII arrows (never ambiguous) is a diagram
    expect(edgeList(flow(['A -> B -> C -> D -> E', '                    ↓', '                    Z'])!)).toContain(
      'E -> Z',
    );
    // and under the narrow reading alone the arrow does land on E
    expect(displayWidth('A → B → C → D → ')).toBe(16);
  });
  it('Hangul is two columns wide, arrows one or two', () => {
    expect(displayWidth('한글')).toBe(4);
    expect(displayWidth('→')).toBe(1);
    expect(displayWidth('→', true)).toBe(2);
    expect(displayWidth('├──')).toBe(3);
    expect(displayWidth('├──', true)).toBe(3);
  });
});

describe('code stays code', () => {
  it('python with -> annotations', () => {
    expect(flow(['def handler(event: dict) -> dict:', '    return event'])).toBeNull();
  });
  it('JS arrow functions with =>', () => {
    expect(flow(['const f = (x) => x + 1;'])).toBeNull();
    expect(flow(['items.map(x => x.id)'])).toBeNull();
  });
  it('shell pipelines with |', () => {
    expect(flow(['cat log.txt | grep ERROR | wc -l'])).toBeNull();
    expect(flow(['aws s3 ls', '  |', '  v', 'grep data'])).toBeNull();
  });
  it('Rust/Haskell signatures', () => {
    expect(flow(['fn parse(s: &str) -> Result<T, E>'])).toBeNull();
    expect(flow(['map :: (a -> b) -> [a] -> [b]'])).toBeNull();
  });
  it('fences with a code language are never candidates', () => {
    expect(isFlowCandidateLang('python')).toBe(false);
    expect(isFlowCandidateLang('bash')).toBe(false);
    expect(isFlowCandidateLang('js')).toBe(false);
    for (const l of [null, undefined, '', 'text', 'txt', 'ascii', 'diagram', 'flow', 'TEXT'])
      expect(isFlowCandidateLang(l)).toBe(true);
    const md = ['```python', 'A → B', '```', '', '```text', 'A → B', '```', '', '~~~', 'C → D', '~~~'].join('\n');
    expect(findFlowsInMarkdown(md).map((f) => [f.kind, f.startLine, f.endLine])).toEqual([
      ['fence', 5, 7],
      ['fence', 9, 11],
    ]);
  });
});

describe('prose', () => {
  it('a paragraph that is only a flow', () => {
    expect(edgeList(findProseFlow('수집 → 정제 → 저장')!)).toEqual(['수집 -> 정제', '정제 -> 저장']);
  });
  it('a sentence containing an arrow is not a flow', () => {
    expect(findProseFlow('데이터는 S3 → Glue 순서로 이동합니다.')).toBeNull();
    expect(findProseFlow('흐름: A → B')).toBeNull();
    expect(findProseFlow('A → B, 그리고 C로 간다')).toBeNull();
  });
  it('list items are not paragraphs', () => {
    expect(findFlowsInMarkdown('- **분석**: 수집 → 전처리 → 예측\n')).toEqual([]);
  });
  it('the paragraph keeps its lines: startLine/endLine point at it', () => {
    const md = '# 제목\n\n소개 문장입니다.\n\n수집 → 저장\n';
    const [f] = findFlowsInMarkdown(md);
    expect(f).toMatchObject({ kind: 'prose', startLine: 5, endLine: 5, source: '수집 → 저장' });
  });
});

describe('Unicode box drawings', () => {
  it('a Kinesis box sketch becomes a 3-node graph (Hangul two columns, ▶ one)', () => {
    const g = flow([
      '┌──────────┐    ┌────────────────┐',
      '│ 프로듀서 │───▶│ Kinesis 스트림 │',
      '└──────────┘    └────────────────┘',
      '                         │',
      '                         ▼',
      '                 ┌───────────────┐',
      '                 │ Lambda 소비자 │',
      '                 └───────────────┘',
    ]);
    expect(g!.nodes.map((n) => n.label)).toEqual(['프로듀서', 'Kinesis 스트림', 'Lambda 소비자']);
    expect(edgeList(g!)).toEqual(['Kinesis 스트림 -> Lambda 소비자', '프로듀서 -> Kinesis 스트림']);
    expect(g!.direction).toBe('TD');
  });
  it('the same sketch drawn for a font with two-column arrows', () => {
    const g = flow(['┌──────┐    ┌──────┐', '│ 수집 │──▶│ 저장 │', '└──────┘    └──────┘']);
    expect(edgeList(g!)).toEqual(['수집 -> 저장']);
  });
  it('rounded ╭╮╰╯ boxes joined by ──→', () => {
    const g = flow(['╭──────╮     ╭──────╮', '│ 요청 │────→│ 응답 │', '╰──────╯     ╰──────╯']);
    expect(edgeList(g!)).toEqual(['요청 -> 응답']);
  });
  it('double ╔═╗║╚╝ boxes joined by ═══▶', () => {
    const g = flow(['╔══════╗    ╔══════╗', '║ 입력 ║═══▶║ 출력 ║', '╚══════╝    ╚══════╝']);
    expect(edgeList(g!)).toEqual(['입력 -> 출력']);
  });
  it('+-| boxes joined by ---> without spaces', () => {
    const g = flow(['+------+    +------+', '| app  |--->| db   |', '+------+    +------+']);
    expect(edgeList(g!)).toEqual(['app -> db']);
  });
  it('a label on the line between boxes', () => {
    const g = flow([
      '┌──────┐                ┌──────┐',
      '│ 고객 │── 주문 요청 ──▶│ 서버 │',
      '└──────┘                └──────┘',
    ]);
    expect(edgeList(g!)).toEqual(['고객 -[주문 요청]-> 서버']);
    expect(g!.edges[0].label).toBe('주문 요청');
  });
  it('a box with a title and a sub-label line', () => {
    const g = flow([
      '┌────────────┐     ┌──────────┐',
      '│ API 게이트 │────▶│ Lambda   │',
      '│ (REST)     │     │ (Python) │',
      '└────────────┘     └──────────┘',
    ]);
    expect(edgeList(g!)).toEqual(['API 게이트 -> Lambda']);
    expect(detailOf(g!, 'API 게이트')).toEqual(['(REST)']);
    expect(detailOf(g!, 'Lambda')).toEqual(['(Python)']);
  });
  it('a table drawn with boxes stays code', () => {
    expect(
      flow(['┌──────┬──────┐', '│ 이름 │ 값   │', '├──────┼──────┤', '│ a    │ 1    │', '└──────┴──────┘']),
    ).toBeNull();
  });
  it('a single framed note with rows split by ├───┤ stays code', () => {
    expect(
      flow(['╔══════════════╗', '║ 주의 사항    ║', '╠══════════════╣', '║ 백업 먼저 ▶  ║', '╚══════════════╝']),
    ).toBeNull();
    expect(
      flow(['┌──────────────┐', '│ 요약         │', '├──────────────┤', '│ 세 줄 메모   │', '└──────────────┘']),
    ).toBeNull();
  });
  it('a memory layout stays code', () => {
    expect(
      flow([
        '+--------+--------+--------+',
        '| header | length | data   |',
        '+--------+--------+--------+',
        '0        4        8',
      ]),
    ).toBeNull();
  });
  it('boxes whose sides line up under neither reading stay code', () => {
    expect(flow(['┌──────┐    ┌──────┐', '│ 수집 │─▶│ 저장 │', '└──────┘    └──────┘'])).toBeNull();
  });
});

describe('flows written in a sentence with a caption', () => {
  it('a label before `:` is the caption; the steps after it become the flow', () => {
    const g = findProseFlow('처리 순서: 이벤트 발생 → EventBridge 규칙 → Step Functions → 알림(SNS)');
    expect(g!.nodes.map((n) => n.label)).toEqual(['이벤트 발생', 'EventBridge 규칙', 'Step Functions', '알림(SNS)']);
    expect(edgeList(g!)).toHaveLength(3);
  });
  it('a captioned line needs three or more steps', () => {
    expect(findProseFlow('단순: A → B')).toBeNull();
  });
  it('a caption holding an arrow is not a caption', () => {
    expect(findProseFlow('A → B: C → D')).toBeNull();
  });
});
