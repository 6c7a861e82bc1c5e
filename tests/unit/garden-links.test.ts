import { describe, it, expect } from 'vitest';
import {
  buildLinkIndex,
  resolveWikiLink,
  parseWikiLinks,
  resolveMarkdownHref,
  resolveAttachment,
  splitWikiTarget,
  ambiguousNames,
} from '../../src/lib/garden/links.ts';
import { headingId } from '../../src/lib/garden/slug.ts';

const h = (depth: number, text: string) => ({ depth, text, id: headingId(text) });

const NOTES = [
  {
    slug: 'glue-sagemaker-vpc-integration',
    file: '000_ecde0a6713dd0052.md',
    title: 'glue-sagemaker-vpc-integration',
    aliases: ['glue-dev-endpoint', 'sagemaker-glue', 'vpc-integration'],
    headings: [
      h(1, 'VPC 환경에서 AWS Glue와 SageMaker 통합을 위한 Development Endpoint 활용'),
      h(2, '🎯 핵심 포인트'),
      h(3, '아키텍처 플로우'),
    ],
  },
  {
    slug: '001-89b60256bcfde2a5',
    file: '001_89b60256bcfde2a5.md',
    title: 'AWS Glue 개발 엔드포인트가 SageMaker 노트북과 함께 작동하는 방식',
    aliases: [],
    headings: [],
  },
  {
    slug: 'streaming-emr-sagemaker-pipeline',
    file: '003_e45674b8a82906ae.md',
    title: 'streaming-emr-sagemaker-pipeline',
    aliases: ['EMR', 'elastic-mapreduce', 'streaming-ml'],
    headings: [h(2, '📝 설명'), h(3, '실시간 스트리밍 처리 방식')],
  },
  {
    slug: 'aws/glue-노트',
    file: 'aws/glue 노트.md',
    title: 'Glue 노트',
    aliases: ['글루 정리'],
    headings: [h(2, '개요')],
  },
  { slug: 'other/glue-노트', file: 'other/glue 노트.md', title: 'Glue 노트 (other)', aliases: [], headings: [] },
];
const index = buildLinkIndex(NOTES, ['assets/diagram.png', 'img/Photo 1.JPG']);

describe('resolveWikiLink', () => {
  it('resolves by slug, title, alias and file name, case-insensitively', () => {
    expect(resolveWikiLink(index, 'glue-sagemaker-vpc-integration')).toEqual({
      slug: 'glue-sagemaker-vpc-integration',
    });
    expect(resolveWikiLink(index, 'aws glue 개발 엔드포인트가 sagemaker 노트북과 함께 작동하는 방식')).toEqual({
      slug: '001-89b60256bcfde2a5',
    });
    expect(resolveWikiLink(index, 'Glue-Dev-Endpoint')).toEqual({ slug: 'glue-sagemaker-vpc-integration' });
    expect(resolveWikiLink(index, 'emr')).toEqual({ slug: 'streaming-emr-sagemaker-pipeline' });
    expect(resolveWikiLink(index, '001_89b60256bcfde2a5')).toEqual({ slug: '001-89b60256bcfde2a5' });
    expect(resolveWikiLink(index, '003_e45674b8a82906ae.md')).toEqual({ slug: 'streaming-emr-sagemaker-pipeline' });
    expect(resolveWikiLink(index, 'aws/glue 노트')).toEqual({ slug: 'aws/glue-노트' });
    expect(resolveWikiLink(index, '글루 정리')).toEqual({ slug: 'aws/glue-노트' });
    expect(resolveWikiLink(index, 'Glue Dev Endpoint')).toEqual({ slug: 'glue-sagemaker-vpc-integration' });
  });

  it('normalizes NFD input', () => {
    expect(resolveWikiLink(index, 'Glue 노트'.normalize('NFD'))).toEqual({ slug: 'aws/glue-노트' });
  });

  it('prefers the note in the linking note folder for an ambiguous file name', () => {
    expect(resolveWikiLink(index, 'glue 노트', 'other/glue-노트')).toEqual({ slug: 'other/glue-노트' });
    expect(resolveWikiLink(index, 'glue 노트.md', 'aws/glue-노트')).toEqual({ slug: 'aws/glue-노트' });
    expect(ambiguousNames(index)).toContainEqual({
      kind: 'file name',
      name: 'glue 노트',
      slugs: ['aws/glue-노트', 'other/glue-노트'],
    });
  });

  it('resolves Korean headings to heading ids', () => {
    expect(resolveWikiLink(index, 'streaming-emr-sagemaker-pipeline#실시간 스트리밍 처리 방식')).toEqual({
      slug: 'streaming-emr-sagemaker-pipeline',
      anchor: '실시간-스트리밍-처리-방식',
    });
    expect(resolveWikiLink(index, 'glue-dev-endpoint#🎯 핵심 포인트')).toEqual({
      slug: 'glue-sagemaker-vpc-integration',
      anchor: '-핵심-포인트',
    });
    expect(resolveWikiLink(index, 'EMR#📝 설명#실시간 스트리밍 처리 방식')?.anchor).toBe('실시간-스트리밍-처리-방식');
    expect(resolveWikiLink(index, 'EMR#실시간-스트리밍-처리-방식')?.anchor).toBe('실시간-스트리밍-처리-방식');
    expect(resolveWikiLink(index, 'EMR#없는 제목')).toEqual({
      slug: 'streaming-emr-sagemaker-pipeline',
      missingHeading: '없는 제목',
    });
    expect(resolveWikiLink(index, 'EMR#^block1')).toEqual({
      slug: 'streaming-emr-sagemaker-pipeline',
      missingHeading: '^block1',
    });
  });

  it('resolves [[#heading]] within the linking note', () => {
    expect(resolveWikiLink(index, '#개요', 'aws/glue-노트')).toEqual({ slug: 'aws/glue-노트', anchor: '개요' });
    expect(resolveWikiLink(index, '#개요')).toBeNull();
  });

  it('ignores the label and returns null for unknown notes', () => {
    expect(resolveWikiLink(index, 'EMR|엘라스틱 맵리듀스')).toEqual({ slug: 'streaming-emr-sagemaker-pipeline' });
    expect(resolveWikiLink(index, '없는 노트')).toBeNull();
    expect(resolveWikiLink(index, '')).toBeNull();
  });
});

describe('parseWikiLinks', () => {
  it('parses every form with positions', () => {
    const md =
      '앞 [[EMR]] 그리고 [[glue-dev-endpoint|엔드포인트]]\n[[note#한국어 제목]] ![[diagram.png]] ![[EMR#설명|라벨]] [[#개요]]';
    const links = parseWikiLinks(md);
    expect(links.map((l) => [l.target, l.heading, l.label, l.embed])).toEqual([
      ['EMR', undefined, undefined, false],
      ['glue-dev-endpoint', undefined, '엔드포인트', false],
      ['note', '한국어 제목', undefined, false],
      ['diagram.png', undefined, undefined, true],
      ['EMR', '설명', '라벨', true],
      ['', '개요', undefined, false],
    ]);
    expect(links[0]).toMatchObject({ raw: '[[EMR]]', line: 1, column: 3, index: 2 });
    expect(links[2]).toMatchObject({ line: 2, column: 1 });
    expect(md.slice(links[3].index, links[3].index + links[3].raw.length)).toBe('![[diagram.png]]');
  });

  it('ignores links in code and comments', () => {
    const md = '```\n[[in-fence]]\n```\n`[[inline]]` [[real]] <!-- [[comment]] -->\n    ~~~\n[[tilde]]\n~~~';
    expect(parseWikiLinks(md).map((l) => l.target)).toEqual(['real']);
  });

  it('handles escaped pipes in tables', () => {
    expect(splitWikiTarget('EMR\\|표 라벨')).toEqual({ target: 'EMR', label: '표 라벨' });
    expect(parseWikiLinks('| [[EMR\\|라벨]] |')[0]).toMatchObject({ target: 'EMR', label: '라벨' });
  });
});

describe('resolveMarkdownHref', () => {
  it('resolves relative note files, encoded names and fragments', () => {
    expect(resolveMarkdownHref(index, './003_e45674b8a82906ae.md', '000_ecde0a6713dd0052.md')).toEqual({
      slug: 'streaming-emr-sagemaker-pipeline',
    });
    expect(resolveMarkdownHref(index, 'aws/glue%20노트.md', 'x.md')).toEqual({ slug: 'aws/glue-노트' });
    expect(resolveMarkdownHref(index, '../aws/glue%20%EB%85%B8%ED%8A%B8.md#개요', 'other/glue 노트.md')).toEqual({
      slug: 'aws/glue-노트',
      anchor: '개요',
    });
    expect(resolveMarkdownHref(index, '<glue 노트.md>', 'other/x.md')).toEqual({ slug: 'other/glue-노트' });
    expect(resolveMarkdownHref(index, '003_e45674b8a82906ae', 'x.md')).toEqual({
      slug: 'streaming-emr-sagemaker-pipeline',
    });
  });

  it('returns null for URLs, fragments, attachments and unknown files', () => {
    expect(resolveMarkdownHref(index, 'https://aws.amazon.com/glue/', 'x.md')).toBeNull();
    expect(resolveMarkdownHref(index, 'mailto:a@b.c', 'x.md')).toBeNull();
    expect(resolveMarkdownHref(index, '#개요', 'aws/glue 노트.md')).toBeNull();
    expect(resolveMarkdownHref(index, 'assets/diagram.png', 'x.md')).toBeNull();
    expect(resolveMarkdownHref(index, './missing.md', 'x.md')).toBeNull();
  });
});

describe('resolveAttachment', () => {
  it('finds embedded files by path or base name', () => {
    expect(resolveAttachment(index, 'diagram.png')).toBe('assets/diagram.png');
    expect(resolveAttachment(index, 'img/photo 1.jpg')).toBe('img/Photo 1.JPG');
    expect(resolveAttachment(index, 'nope.png')).toBeNull();
  });
});
