import { describe, it, expect } from 'vitest';
import { buildAliasIndex } from '../../src/lib/garden/aliases.ts';

const SEEDS = [
  {
    slug: 'glue-sagemaker-vpc-integration',
    file: '000_ecde0a6713dd0052.md',
    title: 'glue-sagemaker-vpc-integration',
    aliases: ['glue-dev-endpoint', 'sagemaker-glue', 'vpc-integration'],
  },
  {
    slug: '001-89b60256bcfde2a5',
    file: '001_89b60256bcfde2a5.md',
    title: 'AWS Glue 개발 엔드포인트가 SageMaker 노트북과 함께 작동하는 방식',
    aliases: [] as string[],
  },
  {
    slug: 'sagemaker-notebook-aws-service-account',
    file: '002_907fe075da9f7913.md',
    title: 'sagemaker-notebook-aws-service-account',
    aliases: ['sagemaker-notebook', 'aws-service-account', 'notebook-instance'],
  },
  {
    slug: 'streaming-emr-sagemaker-pipeline',
    file: '003_e45674b8a82906ae.md',
    title: 'streaming-emr-sagemaker-pipeline',
    aliases: ['EMR', 'elastic-mapreduce', 'streaming-ml'],
  },
  {
    slug: 'sagemaker-preprocessing-distributed-storage',
    file: '004_0d672612ca3504b6.md',
    title: 'sagemaker-preprocessing-distributed-storage',
    aliases: ['ml-data-pipeline', 'distributed-preprocessing', 'posix-storage'],
  },
];

describe('buildAliasIndex on the seeds', () => {
  const idx = buildAliasIndex(SEEDS);

  it('makes one redirect per alias and no collision', () => {
    expect(idx.collisions).toEqual([]);
    expect(idx.redirects).toHaveLength(12);
    expect(idx.redirects).toContainEqual({
      from: 'glue-dev-endpoint',
      to: 'glue-sagemaker-vpc-integration',
      alias: 'glue-dev-endpoint',
    });
    expect(idx.redirects).toContainEqual({ from: 'emr', to: 'streaming-emr-sagemaker-pipeline', alias: 'EMR' });
  });

  it('groups titles and aliases by initial, Hangul first then A–Z', () => {
    const initials = idx.groups.map((g) => g.initial);
    expect(initials).toEqual(['A', 'D', 'E', 'G', 'M', 'N', 'P', 'S', 'V']);
    const a = idx.groups.find((g) => g.initial === 'A')!;
    expect(a.entries.map((e) => [e.label, e.kind])).toEqual([
      // the collator puts a space before a hyphen
      ['AWS Glue 개발 엔드포인트가 SageMaker 노트북과 함께 작동하는 방식', 'title'],
      ['aws-service-account', 'alias'],
    ]);
    const total = idx.groups.reduce((n, g) => n + g.entries.length, 0);
    expect(total).toBe(5 + 12);
  });
});

describe('buildAliasIndex edge cases', () => {
  it('groups Hangul labels by folded 초성 before Latin and others', () => {
    const idx = buildAliasIndex([
      { slug: 'n1', file: 'n1.md', title: '가상 네트워크', aliases: ['까다로운 별칭', '3D 모델', 'Zeta'] },
      { slug: 'n2', file: 'n2.md', title: '하늘', aliases: ['ㄴ자'] },
    ]);
    expect(idx.groups.map((g) => g.initial)).toEqual(['ㄱ', 'ㄴ', 'ㅎ', 'Z', '#']);
    expect(idx.groups[0].entries.map((e) => e.label)).toEqual(['가상 네트워크', '까다로운 별칭']);
    expect(idx.redirects).toContainEqual({ from: '까다로운-별칭', to: 'n1', alias: '까다로운 별칭' });
    expect(idx.redirects).toContainEqual({ from: '3d-모델', to: 'n1', alias: '3D 모델' });
  });

  it('reports alias-alias collisions and makes no redirect for them', () => {
    const idx = buildAliasIndex([
      { slug: 'a', file: 'a.md', title: 'A', aliases: ['Glue Endpoint'] },
      { slug: 'b', file: 'b.md', title: 'B', aliases: ['glue-endpoint'] },
    ]);
    expect(idx.collisions).toEqual([
      {
        kind: 'alias-alias',
        key: 'glue-endpoint',
        files: ['a.md', 'b.md'],
        aliases: ['Glue Endpoint', 'glue-endpoint'],
      },
    ]);
    expect(idx.redirects).toEqual([]);
  });

  it('reports alias-slug collisions and keeps the note URL', () => {
    const idx = buildAliasIndex([
      { slug: 'emr', file: 'emr.md', title: 'emr', aliases: [] },
      { slug: 'pipeline', file: 'p.md', title: 'Pipeline', aliases: ['EMR'] },
    ]);
    expect(idx.collisions).toEqual([{ kind: 'alias-slug', key: 'emr', files: ['emr.md', 'p.md'], aliases: ['EMR'] }]);
    expect(idx.redirects).toEqual([]);
  });

  it('reports slug-slug collisions', () => {
    const idx = buildAliasIndex([
      { slug: 'same', file: 'x/same.md', title: 'same', aliases: [] },
      { slug: 'same', file: 'same.md', title: 'same', aliases: [] },
    ]);
    expect(idx.collisions).toEqual([{ kind: 'slug-slug', key: 'same', files: ['same.md', 'x/same.md'], aliases: [] }]);
  });

  it('reports aliases on reserved routes', () => {
    const idx = buildAliasIndex([{ slug: 'n', file: 'n.md', title: 'n', aliases: ['Tags', 'ok'] }]);
    expect(idx.collisions).toEqual([{ kind: 'alias-reserved', key: 'tags', files: ['n.md'], aliases: ['Tags'] }]);
    expect(idx.redirects).toEqual([{ from: 'ok', to: 'n', alias: 'ok' }]);
  });

  it('ignores an alias equal to its own slug, duplicates within a note and empty slugs', () => {
    const idx = buildAliasIndex([
      {
        slug: 'glue-note',
        file: 'g.md',
        title: '글루 노트',
        aliases: ['Glue Note', 'glue-note', 'EMR', 'emr', '!!!', ''],
      },
    ]);
    expect(idx.collisions).toEqual([]);
    expect(idx.redirects).toEqual([{ from: 'emr', to: 'glue-note', alias: 'EMR' }]);
    const labels = idx.groups.flatMap((g) => g.entries.map((e) => e.label));
    expect(labels).toContain('!!!');
    expect(labels.filter((l) => l.toLowerCase() === 'emr')).toHaveLength(1);
  });

  it('lists the same alias on two notes as two glossary entries', () => {
    const idx = buildAliasIndex([
      { slug: 'a', file: 'a.md', title: 'A', aliases: ['공통'] },
      { slug: 'b', file: 'b.md', title: 'B', aliases: ['공통'] },
    ]);
    const g = idx.groups.find((x) => x.initial === 'ㄱ')!;
    expect(g.entries).toEqual([
      { label: '공통', kind: 'alias', slug: 'a' },
      { label: '공통', kind: 'alias', slug: 'b' },
    ]);
    expect(idx.collisions.map((c) => c.kind)).toEqual(['alias-alias']);
  });
});
