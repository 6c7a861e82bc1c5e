import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { findQuizSections } from '../../src/lib/quiz/parse.ts';

const root = join(import.meta.dirname, '..', '..');
const seed = (prefix: string) => {
  const name = readdirSync(join(root, 'content')).find((f) => f.startsWith(prefix));
  if (!name) throw new Error(`seed ${prefix} missing`);
  return readFileSync(join(root, 'content', name), 'utf8');
};
const fixture = (name: string) => readFileSync(join(root, 'tests', 'fixtures', 'quiz', name), 'utf8');

describe('seed 000 (Select three, answer "B, C, F) text", explanations "**A) …** - …")', () => {
  const sections = findQuizSections(seed('000_'));
  it('finds one clean section from the heading to the last explanation line', () => {
    expect(sections).toHaveLength(1);
    expect(sections[0].startLine).toBe(81);
    expect(sections[0].endLine).toBe(100);
    expect(sections[0].problems).toEqual([]);
  });
  it('reads the question, options, answer and explanations exactly', () => {
    expect(sections[0].quiz).toEqual({
      question:
        'A data engineer is using AWS Glue to improve and protect Amazon S3 datasets. The data science team need direct access to the ETL scripts from Amazon SageMaker notebooks contained inside a VPC. The data science team wants to be able to execute the AWS Glue task and trigger the SageMaker training process when this configuration is complete. Which actions should the data engineer perform in combination to achieve these requirements? (Select three.)',
      multiple: true,
      answerText: 'AWS Glue Development Endpoint 활용 및 IAM 권한 설정',
      options: [
        {
          key: 'A',
          text: "Create a SageMaker development endpoint in the data science team's VPC",
          correct: false,
          explanation: 'AWS에서 존재하지 않는 개념으로, Glue development endpoint와 혼동을 유발하는 오답',
        },
        {
          key: 'B',
          text: "Create an AWS Glue development endpoint in the data science team's VPC",
          correct: true,
          explanation: undefined,
        },
        {
          key: 'C',
          text: 'Create SageMaker notebooks by using the AWS Glue development endpoint',
          correct: true,
          explanation: undefined,
        },
        {
          key: 'D',
          text: 'Create SageMaker notebooks by using the SageMaker console',
          correct: false,
          explanation: 'ETL 스크립트에 직접 접근할 수 없어 문제 요구사항 미충족',
        },
        {
          key: 'E',
          text: 'Attach a decryption policy to the SageMaker notebooks',
          correct: false,
          explanation: '문제에서 암호화 요구사항이 명시되지 않아 핵심 요구사항과 무관',
        },
        {
          key: 'F',
          text: 'Create an IAM policy and an IAM role for the SageMaker notebooks',
          correct: true,
          explanation: undefined,
        },
      ],
    });
  });
});

describe('seed 002 as repaired (single answer repeating the option text, explanations "**A번** - …")', () => {
  const sections = findQuizSections(fixture('002-repaired.md'));
  it('reads the question exactly', () => {
    expect(sections).toHaveLength(1);
    expect(sections[0].problems).toEqual([]);
    expect(sections[0].quiz).toEqual({
      question:
        "A Machine Learning Specialist is using an Amazon SageMaker notebook instance in a private subnet of a corporate VPC. The ML Specialist has important data stored on the Amazon SageMaker notebook instance's Amazon EBS volume, and needs to take a snapshot of that EBS volume. However, the ML Specialist cannot find the Amazon SageMaker notebook instance's EBS volume or Amazon EC2 instance within the VPC. Why is the ML Specialist not seeing the instance visible in the VPC?",
      multiple: false,
      options: [
        {
          key: 'A',
          text: 'Amazon SageMaker notebook instances are based on the EC2 instances within the customer account, but they run outside of VPCs.',
          correct: false,
          explanation:
            'EC2 인스턴스가 고객 계정에 있다면 EC2 콘솔에서 확인할 수 있어야 하지만, 실제로는 AWS 서비스 계정에 존재',
        },
        {
          key: 'B',
          text: 'Amazon SageMaker notebook instances are based on the Amazon ECS service within customer accounts.',
          correct: false,
          explanation: 'ECS 서비스가 아닌 EC2 인스턴스를 기반으로 하며, 여전히 서비스 계정에서 실행',
        },
        {
          key: 'C',
          text: 'Amazon SageMaker notebook instances are based on EC2 instances running within AWS service accounts.',
          correct: true,
          explanation: undefined,
        },
        {
          key: 'D',
          text: 'Amazon SageMaker notebook instances are based on AWS ECS instances running within AWS service accounts.',
          correct: false,
          explanation: undefined,
        },
      ],
    });
    // the answer line only repeats option C's text: nothing extra to show
    expect(sections[0].quiz?.answerText).toBeUndefined();
  });
});

describe('seed 003 (single answer with its own wording, explanations "**Option A (…)** - …")', () => {
  const sections = findQuizSections(seed('003_'));
  it('reads the question exactly', () => {
    expect(sections.map((s) => [s.startLine, s.endLine])).toEqual([[106, 125]]);
    expect(sections[0].problems).toEqual([]);
    expect(sections[0].quiz).toEqual({
      question:
        'A company is building a machine learning pipeline to process a high volume of real-time streaming data from a social media platform. The pipeline needs to ingest the data from Kinesis Data Streams, preprocess it with Apache Spark, train a deep learning model with TensorFlow, and serve the model predictions with a REST API. Which AWS services should they use?',
      multiple: false,
      answerText: 'Amazon EMR + Amazon SageMaker',
      options: [
        {
          key: 'A',
          text: 'Amazon Kinesis Data Analytics, because it can preprocess the data with Apache Spark and train the model with TensorFlow in real-time',
          correct: false,
          explanation: 'SQL 기반 스트림 처리 서비스로 Apache Spark나 TensorFlow 실행 불가, 커스텀 코드 제한적',
        },
        {
          key: 'B',
          text: 'Amazon EC2 (Elastic Compute Cloud), because it provides virtual machines that can run Apache Spark, TensorFlow, and the REST API',
          correct: false,
          explanation:
            '기술적으로 가능하지만 Spark 클러스터 설정, 스케일링, 장애 복구 등 모든 인프라 관리를 직접 해야 하는 운영 부담',
        },
        {
          key: 'C',
          text: 'Amazon Kinesis Data Firehose, because it can deliver streaming data to Amazon S3, which can be used as a data source for Apache Spark',
          correct: false,
          explanation: '데이터 전달만 담당하는 서비스로 실제 데이터 처리 기능 없음, Spark 작업 실행 불가',
        },
        {
          key: 'D',
          text: 'Amazon EMR (Elastic MapReduce), because it provides a managed Hadoop and Spark cluster for data processing, with SageMaker for training and API deployment',
          correct: true,
          explanation: undefined,
        },
        {
          key: 'E',
          text: 'Amazon Lambda with Kinesis triggers for real-time processing',
          correct: false,
          explanation: '15분 실행 시간 제한으로 딥러닝 모델 훈련 부적합, 메모리 제약으로 대용량 처리 한계',
        },
      ],
    });
  });
});

describe('seed 004 (Select two, answer "D) text, E) text", explanations named by option text)', () => {
  const sections = findQuizSections(seed('004_'));
  it('reads the question exactly', () => {
    expect(sections.map((s) => s.startLine)).toEqual([89]);
    expect(sections[0].problems).toEqual([]);
    expect(sections[0].quiz).toEqual({
      question:
        'You are building a machine learning data pipeline that performs distributed data preprocessing on large volumes of training data using Amazon SageMaker Processing jobs. The preprocessing script is I/O-intensive, needs high throughput access to a shared dataset (~20 TB) via a POSIX-compliant file system, and runs across multiple instances in parallel. The solution should minimize operational overhead and be cost-effective. Which storage options are most appropriate? (Select two)',
      multiple: true,
      options: [
        {
          key: 'A',
          text: 'Amazon EBS',
          correct: false,
          explanation: '단일 인스턴스 전용 블록 스토리지로 분산 환경에서 공유 불가',
        },
        {
          key: 'B',
          text: 'Amazon S3',
          correct: false,
          explanation: '객체 스토리지로 POSIX 파일 시스템 인터페이스 미지원',
        },
        {
          key: 'C',
          text: 'AWS Glue Data Catalog',
          correct: false,
          explanation: '메타데이터 저장소이며 실제 데이터 스토리지가 아님',
        },
        { key: 'D', text: 'Amazon EFS', correct: true, explanation: undefined },
        { key: 'E', text: 'Amazon FSx for Lustre', correct: true, explanation: undefined },
      ],
    });
  });
});

describe('seed 001 (no front matter, no question section)', () => {
  it('has no question sections', () => {
    expect(findQuizSections(seed('001_'))).toEqual([]);
  });
});
