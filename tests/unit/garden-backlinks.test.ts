import { describe, it, expect } from 'vitest';
import { buildBacklinks, relatedNotes, CONTEXT_MAX } from '../../src/lib/garden/backlinks.ts';
import { buildLinkIndex } from '../../src/lib/garden/links.ts';
import { headingId } from '../../src/lib/garden/slug.ts';

const SEED_TAGS = [
  {
    slug: 'glue-sagemaker-vpc-integration',
    tags: ['service/glue', 'service/sagemaker', 'infrastructure/vpc', 'development/endpoint', 'integration/etl-ml'],
  },
  { slug: '001-89b60256bcfde2a5', tags: [] as string[] },
  {
    slug: 'sagemaker-notebook-aws-service-account',
    tags: [
      'service/sagemaker',
      'architecture/managed-service',
      'constraint/hidden-infrastructure',
      'deployment/aws-account',
      'troubleshooting/visibility',
    ],
  },
  {
    slug: 'streaming-emr-sagemaker-pipeline',
    tags: [
      'service/emr',
      'service/sagemaker',
      'constraint/real-time',
      'usecase/streaming-ml',
      'architecture/distributed',
    ],
  },
  {
    slug: 'sagemaker-preprocessing-distributed-storage',
    tags: [
      'service/sagemaker-processing',
      'storage/efs',
      'storage/fsx-lustre',
      'constraint/high-throughput',
      'deployment/distributed',
    ],
  },
];

const index = buildLinkIndex([
  {
    slug: 'glue',
    file: 'glue.md',
    title: 'Glue 노트',
    aliases: ['glue-dev-endpoint'],
    headings: [{ depth: 2, text: '핵심 포인트', id: headingId('핵심 포인트') }],
  },
  { slug: 'emr', file: 'aws/emr.md', title: 'EMR 노트', aliases: ['EMR'], headings: [] },
  { slug: 'a', file: 'a.md', title: 'A', aliases: [], headings: [] },
  { slug: 'b', file: 'b.md', title: 'B', aliases: [], headings: [] },
]);

describe('buildBacklinks', () => {
  const body = [
    '# 제목',
    '',
    '첫 문장입니다. VPC 안에서는 [[glue-dev-endpoint|개발 엔드포인트]]를 쓴다. 다음 문장은 다르다.',
    '- 목록에서 **강조**와 [[EMR#없는 제목]]을 본다',
    '```',
    '[[a]] in code',
    '```',
    '[[없는 노트]]와 [[b]] 그리고 [[b]] 두 번.',
    '자기 자신 [[a]].',
    '[마크다운 링크](./glue.md#핵심-포인트) 도 센다.',
  ].join('\n');
  const map = buildBacklinks(
    [
      { slug: 'a', body, file: 'a.md' },
      { slug: 'b', body: '[[Glue 노트]] 링크.\n![[glue]]' },
    ],
    index,
  );

  it('finds the linked notes, ignoring code, self-links and unresolved ones', () => {
    expect([...map.keys()].sort()).toEqual(['b', 'emr', 'glue']);
    expect(map.get('glue')!.map((b) => b.from)).toEqual(['a', 'b']);
    expect(map.get('emr')).toHaveLength(1);
    expect(map.get('b')).toHaveLength(1);
    expect(map.has('a')).toBe(false);
  });

  it('gives the plain-text sentence around the link', () => {
    expect(map.get('glue')![0].context).toBe('VPC 안에서는 개발 엔드포인트를 쓴다.');
    expect(map.get('emr')![0].context).toBe('목록에서 강조와 EMR을 본다');
    expect(map.get('b')![0].context).toBe('없는 노트와 b 그리고 b 두 번.');
    expect(map.get('glue')![1].context).toBe('Glue 노트 링크.');
  });

  it('reads a link in a footnote as its text, without the footnote syntax', () => {
    const fn = buildBacklinks(
      [{ slug: 'f', body: '본문에서 말한다[^n].\n\n[^n]: 자세한 내용은 [[b]] 참고[^m].\n[^m]: 또 다른 각주.' }],
      index,
    );
    expect(fn.get('b')).toEqual([{ from: 'f', context: '자세한 내용은 b 참고.' }]);
  });

  it('counts ordinary Markdown links when the file is known', () => {
    const only = buildBacklinks(
      [{ slug: 'b', body: '앞. [마크다운 링크](./glue.md#핵심-포인트) 도 센다.', file: 'b.md' }],
      index,
    );
    expect(only.get('glue')).toEqual([{ from: 'b', context: '마크다운 링크 도 센다.' }]);
    const noFile = buildBacklinks([{ slug: 'b', body: '[x](./glue.md)' }], index);
    expect(noFile.size).toBe(0);
  });

  it('cuts long sentences around the link', () => {
    const long = '가'.repeat(300) + ' [[EMR]] ' + '나'.repeat(300);
    const ctx = buildBacklinks([{ slug: 'a', body: long }], index).get('emr')![0].context;
    expect(ctx.length).toBeLessThanOrEqual(CONTEXT_MAX);
    expect(ctx).toContain('EMR');
    expect(ctx.startsWith('…')).toBe(true);
    expect(ctx.endsWith('…')).toBe(true);
  });
});

describe('relatedNotes', () => {
  it('ranks the seeds by rare shared tags, not by the ubiquitous one', () => {
    const rel = relatedNotes(SEED_TAGS, { limit: 3 });
    expect(rel.get('001-89b60256bcfde2a5')).toEqual([]);
    const emr = rel.get('streaming-emr-sagemaker-pipeline')!;
    // shares service/sagemaker with 2 notes, and architecture with one of them, constraint with another
    expect(emr.map((r) => r.slug)).toContain('sagemaker-notebook-aws-service-account');
    const nb = emr.find((r) => r.slug === 'sagemaker-notebook-aws-service-account')!;
    const glue = emr.find((r) => r.slug === 'glue-sagemaker-vpc-integration')!;
    expect(nb.score).toBeGreaterThan(glue.score);
    expect(nb.shared).toContain('service/sagemaker');
    expect(nb.shared).toContain('architecture');
    expect(nb.shared).not.toContain('service');
  });

  it('weights a rare tag above a common one', () => {
    const notes = [
      { slug: 'x', tags: ['common', 'rare'] },
      { slug: 'y', tags: ['common', 'rare'] },
      { slug: 'z', tags: ['common', 'other'] },
      { slug: 'w', tags: ['common'] },
      { slug: 'v', tags: ['common', 'other'] },
    ];
    const rel = relatedNotes(notes, { limit: 5 });
    // 'common' is on every note: it counts nothing
    expect(rel.get('w')).toEqual([]);
    expect(rel.get('x')!.map((r) => r.slug)).toEqual(['y']);
    expect(rel.get('x')![0].shared).toEqual(['rare']);
    expect(rel.get('z')![0].slug).toBe('v');
  });

  it('counts shared parents with a lower weight and respects limit and cap', () => {
    const notes = [
      { slug: 'a', tags: ['aws/glue'] },
      { slug: 'b', tags: ['aws/emr'] },
      { slug: 'c', tags: ['aws/glue'] },
      { slug: 'd', tags: ['gcp'] },
      { slug: 'e', tags: ['azure'] },
    ];
    const rel = relatedNotes(notes, { limit: 1 });
    expect(rel.get('a')).toHaveLength(1);
    expect(rel.get('a')![0].slug).toBe('c');
    const b = relatedNotes(notes).get('b')!;
    expect(b.map((r) => r.slug)).toEqual(['a', 'c']);
    expect(b[0].shared).toEqual(['aws']);
    expect(b[0].score).toBeLessThan(relatedNotes(notes).get('a')![0].score);
    expect(relatedNotes(notes, { maxDocFreq: 2 }).get('b')).toEqual([]);
  });

  it('merges tag spellings', () => {
    const rel = relatedNotes([
      { slug: 'a', tags: ['#Glue'] },
      { slug: 'b', tags: ['glue'] },
      { slug: 'c', tags: ['x'] },
    ]);
    expect(rel.get('a')![0]).toMatchObject({ slug: 'b', shared: ['glue'] });
  });
});
