import { describe, it, expect } from 'vitest';
import {
  normalizeTag,
  extractInlineTags,
  findInlineTags,
  buildTagTree,
  allTagPaths,
} from '../../src/lib/garden/tags.ts';

// The five seeds' front matter tags (001 has no front matter).
const SEEDS = [
  {
    slug: 'glue-sagemaker-vpc-integration',
    modified: new Date('2025-08-23'),
    tags: ['service/glue', 'service/sagemaker', 'infrastructure/vpc', 'development/endpoint', 'integration/etl-ml'],
  },
  { slug: '001-89b60256bcfde2a5', modified: new Date('2025-08-01'), tags: [] as string[] },
  {
    slug: 'sagemaker-notebook-aws-service-account',
    modified: new Date('2025-08-25'),
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
    modified: new Date('2025-08-20'),
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
    modified: new Date('2025-08-18'),
    tags: [
      'service/sagemaker-processing',
      'storage/efs',
      'storage/fsx-lustre',
      'constraint/high-throughput',
      'deployment/distributed',
    ],
  },
];

describe('normalizeTag', () => {
  it('keeps clean tags unchanged', () => {
    expect(normalizeTag('service/glue')).toEqual({ key: 'service/glue', display: 'service/glue', changed: false });
    expect(normalizeTag('서비스/글루')).toEqual({ key: '서비스/글루', display: '서비스/글루', changed: false });
  });

  it('lowercases, strips #, NFC-normalizes and dashes spaces', () => {
    const t = normalizeTag('#Service/Fsx Lustre');
    expect(t.key).toBe('service/fsx-lustre');
    expect(t.display).toBe('Service/Fsx-Lustre');
    expect(t.changed).toBe(true);
    expect(t.reason).toMatch(/leading #/);
    expect(t.reason).toMatch(/uppercase/);
    const nfd = normalizeTag('서비스'.normalize('NFD'));
    expect(nfd.key).toBe('서비스');
    expect(nfd.changed).toBe(true);
    expect(nfd.reason).toMatch(/NFC/);
    expect(normalizeTag(' a / b /').key).toBe('a/b');
  });

  it('rejects empty and numeric-only tags', () => {
    expect(normalizeTag('#').key).toBe('');
    expect(normalizeTag('2024').key).toBe('');
    expect(normalizeTag('2024').changed).toBe(true);
  });
});

describe('extractInlineTags', () => {
  it('finds Obsidian tags incl. nested and Hangul ones', () => {
    const md = '#start 본문 #서비스/글루 and #a/b-c_d, also (#paren) #Mixed';
    expect(extractInlineTags(md)).toEqual(['start', '서비스/글루', 'a/b-c_d', 'Mixed']);
  });

  it('ignores headings, numbers, URLs, code, HTML, front matter and links', () => {
    const md = [
      '---',
      'title: x',
      'note: "#fm"',
      '---',
      '# 제목은 태그가 아니다',
      '## Heading #realtag',
      'Issue #1 and #2024 and http://x.com/page#frag and https://x.com/ #ok',
      'foo#bar is not a tag; \\#escaped neither',
      '`#inline` code and ``#double ` tick``',
      '```',
      '#infence',
      '```',
      '~~~python',
      '# comment #intilde',
      '~~~',
      '- ```',
      '  #inlistfence',
      '  ```',
      '<span style="color: #fff">x</span> [link](#anchor) [[note#heading]]',
      '<!-- #commented -->',
      '%% #obsidiancomment %%',
      'end #last.',
    ].join('\n');
    expect(extractInlineTags(md)).toEqual(['realtag', 'ok', 'last']);
  });

  it('keeps one spelling per key and reports positions', () => {
    expect(extractInlineTags('#AWS #aws #Aws')).toEqual(['AWS']);
    const found = findInlineTags('첫 줄\n둘째 #태그 끝');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ raw: '태그', key: '태그', line: 2, column: 4, index: 7 });
  });

  it('treats an unclosed fence as code to the end', () => {
    expect(extractInlineTags('#before\n```\n#after')).toEqual(['before']);
  });

  it('is no tag inside a link target, even after parentheses in the URL', () => {
    expect(extractInlineTags('See [guide](https://x.com/Guide_(Advanced-Version)#1-epochs) now #real')).toEqual([
      'real',
    ]);
    expect(extractInlineTags('[x](https://x.com/a (b) #c) [y](#anchor) [z]( #anchor2 )')).toEqual([]);
    expect(extractInlineTags('[ref]: https://x.com/a#ref')).toEqual([]);
  });

  it('is no tag inside a bare URL', () => {
    expect(extractInlineTags('url https://x.com/Page_(Advanced-Version)#1-epochs end')).toEqual([]);
    expect(extractInlineTags('https://x.com/p#sec and x.https://y.z/#frag')).toEqual([]);
    // a space ends the URL: what follows is prose again
    expect(extractInlineTags('https://x.com/a/b #frag')).toEqual(['frag']);
  });

  it('is no tag inside a wiki-link, its heading or its label', () => {
    expect(
      extractInlineTags('[[Note#Heading]] [[#Heading]] [[Note #Head]] [[Note|alias #al]] ![[Img #x.png]]'),
    ).toEqual([]);
    expect(extractInlineTags('[[unclosed #one\nnext #two')).toEqual(['one', 'two']);
  });

  it('is no tag in code or raw HTML, attributes across lines included', () => {
    expect(extractInlineTags('code `#inline` and\n```\n#fenced\n```\n')).toEqual([]);
    expect(extractInlineTags('<a href="#x">a</a> <a\n  title="x #multi">m</a> <span title="a #attr">s</span>')).toEqual(
      [],
    );
    expect(extractInlineTags('<div class="#c"></div> #after')).toEqual(['after']);
  });

  it('needs white space or a line start before it and a letter in it (Obsidian)', () => {
    expect(extractInlineTags('#2024 #2024-회고 #1-epochs #y1984 #_ #- #12/34')).toEqual([
      '2024-회고',
      '1-epochs',
      'y1984',
    ]);
    expect(extractInlineTags('a#mid (#paren) ,#comma `x`#aftercode #ok')).toEqual(['ok']);
    expect(extractInlineTags('## Heading #intag\n\t#tabbed')).toEqual(['intag', 'tabbed']);
  });
});

describe('buildTagTree on the seeds', () => {
  const tree = buildTagTree(SEEDS);

  it('has a parent node per top segment with distinct note counts', () => {
    const service = tree.byKey.get('service')!;
    expect(service.count).toBe(4);
    expect(service.notes).toEqual([]);
    expect(service.children.map((c) => c.key)).toEqual([
      'service/emr',
      'service/glue',
      'service/sagemaker',
      'service/sagemaker-processing',
    ]);
    expect(tree.byKey.get('service/sagemaker')!.count).toBe(3);
    expect(tree.byKey.get('constraint')!.count).toBe(3);
  });

  it('sorts notes newest first', () => {
    expect(tree.byKey.get('service/sagemaker')!.notes).toEqual([
      'sagemaker-notebook-aws-service-account',
      'glue-sagemaker-vpc-integration',
      'streaming-emr-sagemaker-pipeline',
    ]);
    expect(tree.byKey.get('service')!.allNotes[0]).toBe('sagemaker-notebook-aws-service-account');
  });

  it('lists every level for page generation', () => {
    const paths = allTagPaths(tree).map((n) => n.slug);
    expect(paths).toContain('service');
    expect(paths).toContain('service/glue');
    expect(paths).toContain('storage/fsx-lustre');
    expect(paths.length).toBe(tree.byKey.size);
    expect(new Set(paths).size).toBe(paths.length);
    expect(tree.roots.map((r) => r.key)).toEqual([
      'architecture',
      'constraint',
      'deployment',
      'development',
      'infrastructure',
      'integration',
      'service',
      'storage',
      'troubleshooting',
      'usecase',
    ]);
  });
});

describe('buildTagTree edge cases', () => {
  it('supports a tag that is both a leaf and a parent', () => {
    const tree = buildTagTree([
      { slug: 'a', tags: ['aws'] },
      { slug: 'b', tags: ['aws/glue'] },
      { slug: 'c', tags: ['aws', 'aws/glue'] },
    ]);
    const aws = tree.byKey.get('aws')!;
    expect(aws.notes.sort()).toEqual(['a', 'c']);
    expect(aws.count).toBe(3);
    expect(aws.children.map((c) => c.key)).toEqual(['aws/glue']);
    expect(tree.byKey.get('aws/glue')!.count).toBe(2);
  });

  it('sorts Hangul tags before Latin ones and gives Hangul slugs', () => {
    const tree = buildTagTree([{ slug: 'a', tags: ['zeta', '서비스/글루', 'alpha', '가나'] }]);
    expect(tree.roots.map((r) => r.key)).toEqual(['가나', '서비스', 'alpha', 'zeta']);
    expect(tree.byKey.get('서비스/글루')!.slug).toBe('서비스/글루');
  });

  it('merges case and NFD variants and displays the most common spelling', () => {
    const nfd = '서비스'.normalize('NFD');
    const tree = buildTagTree([
      { slug: 'n1', tags: ['AWS/Glue', `${nfd}/x`] },
      { slug: 'n2', tags: ['aws/glue', '서비스/x'] },
      { slug: 'n3', tags: ['aws/Glue', '#AWS'] },
    ]);
    expect(tree.roots.map((r) => r.key)).toEqual(['서비스', 'aws']);
    const aws = tree.byKey.get('aws')!;
    expect(aws.display).toBe('AWS');
    expect(aws.count).toBe(3);
    expect(aws.notes).toEqual(['n3']);
    const glue = tree.byKey.get('aws/glue')!;
    expect(glue.name).toBe('Glue');
    expect(glue.display).toBe('AWS/Glue');
    expect(tree.byKey.get('서비스')!.display).toBe('서비스');
    expect(tree.byKey.get('서비스')!.count).toBe(2);
  });

  it('counts a note once even if it repeats a tag', () => {
    const tree = buildTagTree([{ slug: 'n', tags: ['x', 'X', '#x', 'x/y'] }]);
    expect(tree.byKey.get('x')!.count).toBe(1);
    expect(tree.byKey.get('x')!.notes).toEqual(['n']);
  });
});
