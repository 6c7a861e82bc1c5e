import { describe, it, expect } from 'vitest';
import {
  slugify,
  isSlugLike,
  noteSlug,
  tagSlug,
  aliasSlug,
  headingId,
  createHeadingSlugger,
  isReservedSlug,
  RESERVED_SLUGS,
  TITLE_SLUG_MAX,
  isMachineIdName,
  fileSlug,
} from '../../src/lib/garden/slug.ts';

describe('slugify', () => {
  it('lowercases, joins words with dashes and keeps Hangul', () => {
    expect(slugify('AWS 노트 정리')).toBe('aws-노트-정리');
    expect(slugify('  Glue & SageMaker  ')).toBe('glue-sagemaker');
    expect(slugify('EMR(Elastic MapReduce)')).toBe('emr-elastic-mapreduce');
    expect(slugify('001_89b60256bcfde2a5')).toBe('001-89b60256bcfde2a5');
  });

  it('drops quotes and collapses separators', () => {
    expect(slugify("Don't  --  panic!")).toBe('dont-panic');
    expect(slugify('a/b')).toBe('a-b');
    expect(slugify('---')).toBe('');
  });

  it('normalizes NFD Hangul to NFC', () => {
    const nfd = '노트'.normalize('NFD');
    expect(nfd).not.toBe('노트');
    expect(slugify(nfd)).toBe('노트');
  });
});

describe('isSlugLike', () => {
  it('accepts the seeds titles and rejects prose', () => {
    for (const t of [
      'glue-sagemaker-vpc-integration',
      'sagemaker-notebook-aws-service-account',
      'streaming-emr-sagemaker-pipeline',
      'sagemaker-preprocessing-distributed-storage',
    ]) {
      expect(isSlugLike(t)).toBe(true);
    }
    expect(isSlugLike('AWS Glue 개발 엔드포인트')).toBe(false);
    expect(isSlugLike('Glue')).toBe(false);
    expect(isSlugLike('v1.2')).toBe(false);
    expect(isSlugLike('')).toBe(false);
    expect(isSlugLike('-lead')).toBe(false);
  });
});

describe('noteSlug', () => {
  it('uses a slug-like title', () => {
    expect(noteSlug({ title: 'glue-sagemaker-vpc-integration', fileName: '000_ecde0a6713dd0052.md' })).toBe(
      'glue-sagemaker-vpc-integration',
    );
  });

  it('names a machine-id file by its title, Hangul kept, folders kept, long titles cut at a word', () => {
    const title = 'AWS Glue 개발 엔드포인트가 SageMaker 노트북과 함께 작동하는 방식 - AWS Glue';
    expect(noteSlug({ displayTitle: title, fileName: '001_89b60256bcfde2a5.md' })).toBe(
      'aws-glue-개발-엔드포인트가-sagemaker-노트북과-함께-작동하는-방식-aws-glue',
    );
    expect(noteSlug({ displayTitle: '글루 노트', fileName: 'aws/3f2a9c1e-1b2c-4d5e-8f90-a1b2c3d4e5f6.md' })).toBe(
      'aws/글루-노트',
    );
    expect(noteSlug({ displayTitle: '회의록', fileName: '202311041530.md' })).toBe('회의록');
    const long = noteSlug({ displayTitle: '아주 긴 제목 '.repeat(12), fileName: 'abcdef0123456789.md' });
    expect([...long].length).toBeLessThanOrEqual(TITLE_SLUG_MAX);
    expect(slugify('아주 긴 제목 '.repeat(12)).startsWith(`${long}-`)).toBe(true);
    expect(noteSlug({ displayTitle: 'tags', fileName: 'abcdef0123456789.md' })).toBe('tags-note');
    // Without a title the id is all there is.
    expect(noteSlug({ fileName: '001_89b60256bcfde2a5.md' })).toBe('001-89b60256bcfde2a5');
    expect(noteSlug({ displayTitle: '!!!', fileName: '001_89b60256bcfde2a5.md' })).toBe('001-89b60256bcfde2a5');
  });

  it('keeps names that are words or dates', () => {
    for (const name of ['2024-01-15', '20231104', 'deadbeef', 'abc123', 'glue 노트', 'K8s-ingress-2024']) {
      expect(isMachineIdName(`${name}.md`), name).toBe(false);
      expect(noteSlug({ displayTitle: '다른 제목', fileName: `${name}.md` })).toBe(fileSlug(`${name}.md`));
    }
    for (const name of [
      '001_89b60256bcfde2a5',
      '3f2a9c1e-1b2c-4d5e-8f90-a1b2c3d4e5f6',
      '202311041530',
      'x/0d672612ca3504b6',
    ]) {
      expect(isMachineIdName(`${name}.md`), name).toBe(true);
    }
  });

  it('falls back to the file name', () => {
    expect(noteSlug({ title: 'AWS 노트 정리', fileName: 'AWS 노트 정리.md' })).toBe('aws-노트-정리');
  });

  it('keeps folders as path segments', () => {
    expect(noteSlug({ fileName: 'aws/glue 노트.md' })).toBe('aws/glue-노트');
    expect(noteSlug({ fileName: 'AWS\\Sub Dir\\x.md' })).toBe('aws/sub-dir/x');
  });

  it('never returns a reserved route or an empty slug', () => {
    expect(noteSlug({ title: 'tags', fileName: 'x.md' })).toBe('tags-note');
    expect(noteSlug({ fileName: '404.md' })).toBe('404-note');
    expect(noteSlug({ fileName: 'search/x.md' })).toBe('search-note/x');
    expect(noteSlug({ fileName: '!!!.md' })).toBe('untitled');
    for (const r of RESERVED_SLUGS) {
      expect(isReservedSlug(noteSlug({ fileName: `${r}.md` }))).toBe(false);
      expect(isReservedSlug(noteSlug({ title: r, fileName: `${r}.md` }))).toBe(false);
    }
  });
});

describe('isReservedSlug', () => {
  it('detects the site routes, also as first segment', () => {
    expect(RESERVED_SLUGS).toContain('tags');
    expect(RESERVED_SLUGS).toContain('_astro');
    expect(isReservedSlug('aliases')).toBe(true);
    expect(isReservedSlug('rss.xml')).toBe(true);
    expect(isReservedSlug('Tags/x')).toBe(true);
    expect(isReservedSlug('tagsx')).toBe(false);
  });
});

describe('tagSlug / aliasSlug', () => {
  it('slugifies tags per segment', () => {
    expect(tagSlug('service/glue')).toBe('service/glue');
    expect(tagSlug('#Service/Fsx Lustre')).toBe('service/fsx-lustre');
    expect(tagSlug('서비스/글루')).toBe('서비스/글루');
  });

  it('slugifies aliases flat', () => {
    expect(aliasSlug('glue-dev-endpoint')).toBe('glue-dev-endpoint');
    expect(aliasSlug('EMR')).toBe('emr');
    expect(aliasSlug('글루 개발 엔드포인트')).toBe('글루-개발-엔드포인트');
    expect(aliasSlug('a/b')).toBe('a-b');
  });
});

describe('headingId', () => {
  it('matches GitHub style and keeps Hangul', () => {
    expect(headingId('🎯 핵심 포인트')).toBe('-핵심-포인트');
    expect(headingId('AWS Glue Development Endpoint가 VPC 통합에 적합한 이유')).toBe(
      'aws-glue-development-endpoint가-vpc-통합에-적합한-이유',
    );
  });

  it('makes repeated ids unique with a slugger', () => {
    const s = createHeadingSlugger();
    expect(s('설명')).toBe('설명');
    expect(s('설명')).toBe('설명-1');
  });
});
