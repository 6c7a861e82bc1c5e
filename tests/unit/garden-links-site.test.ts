// Pure parts of the site's link features: headings for the link index, URLs, previews, graphs, vault link checks.
import { describe, expect, it } from 'vitest';
import { extractHeadings, headingPlainText } from '../../src/lib/garden/headings.ts';
import { attachmentUrl, noteUrl, resolveRelativePath, tagUrl } from '../../src/lib/garden/urls.ts';
import { excerptOf, previewChunkCount, previewChunkOf } from '../../src/lib/garden/preview.ts';
import {
  forceLayout,
  gardenGraph,
  graphSvg,
  localGraph,
  undirected,
  type GraphSource,
} from '../../src/lib/garden/graph.ts';
import { checkLinks, linkSignature, vaultLinkIndex } from '../../src/lib/vault/check-links.ts';
import { resolveWikiLink } from '../../src/lib/garden/links.ts';

describe('extractHeadings', () => {
  it('gives the renderer ids, drops the page title, skips code', () => {
    const body =
      '# 제목\n\n## 🎯 핵심 포인트\n\n```\n## 코드 안\n```\n\n### **굵게** `코드` [링크](x.md)\n## 핵심 포인트\n## 핵심 포인트 ##';
    expect(extractHeadings(body)).toEqual([
      { depth: 2, text: '🎯 핵심 포인트', id: '-핵심-포인트' },
      { depth: 3, text: '굵게 코드 링크', id: '굵게-코드-링크' },
      { depth: 2, text: '핵심 포인트', id: '핵심-포인트' },
      { depth: 2, text: '핵심 포인트', id: '핵심-포인트-1' },
    ]);
  });
  it('keeps a first h2 (only an h1 first heading is the title)', () => {
    expect(extractHeadings('## A\n# B').map((h) => h.id)).toEqual(['a', 'b']);
  });
  it('reads wiki-link labels as the rendered text', () => {
    expect(headingPlainText('[[note|라벨]] 과 [[a#b]]')).toBe('라벨 과 a › b');
  });
});

describe('urls', () => {
  it('encodes segments and keeps the base path', () => {
    expect(noteUrl('/garden/', 'aws/글루', '핵심')).toBe('/garden/aws/%EA%B8%80%EB%A3%A8/#%ED%95%B5%EC%8B%AC');
    expect(noteUrl('/', 'a')).toBe('/a/');
    expect(tagUrl('/g', '서비스/글루')).toBe('/g/tags/%EC%84%9C%EB%B9%84%EC%8A%A4/%EA%B8%80%EB%A3%A8/');
    expect(attachmentUrl('/', 'img/a b.png')).toBe('/_attachments/img/a%20b.png');
  });
  it('resolves relative paths inside the vault only', () => {
    expect(resolveRelativePath('aws/note.md', '../img/a.png')).toBe('img/a.png');
    expect(resolveRelativePath('aws/note.md', 'a.png')).toBe('aws/a.png');
    expect(resolveRelativePath('note.md', '../a.png')).toBeNull();
  });
});

describe('previews', () => {
  it('chunks by a stable slug hash', () => {
    expect(previewChunkCount(0)).toBe(1);
    expect(previewChunkCount(10_000)).toBe(50);
    const counts = new Array<number>(50).fill(0);
    for (let i = 0; i < 10_000; i++) counts[previewChunkOf(`note-${i}`, 50)]++;
    expect(Math.max(...counts)).toBeLessThan(300); // no huge chunk
    expect(previewChunkOf('글루', 7)).toBe(previewChunkOf('글루', 7));
  });
  it('excerpts plain text without headings, code or link syntax', () => {
    const md = '# 제목\n\n본문은 [[note|라벨]]과 [링크](x.md), **굵게**.\n\n```\ncode\n```\n- 항목';
    expect(excerptOf(md)).toBe('본문은 라벨과 링크, 굵게. 항목');
    expect(excerptOf('원문: <https://example.com/a>\n\n본문 첫 문장[^1].\n\n[^1]: 각주 설명.')).toBe('본문 첫 문장.');
    expect(excerptOf('비율: 3:1 이다.')).toBe('비율: 3:1 이다.');
    // a sentence that introduces a list is the note's own words, not a label left without its link
    expect(excerptOf('이 글은 세 가지를 다룬다:\n\n- 하나')).toBe('이 글은 세 가지를 다룬다: 하나');
    expect(excerptOf('그림: ![[diagram.png]]\n\n설명')).toBe('설명');
    const long = excerptOf('가나다 '.repeat(100), 50);
    expect(long.length).toBeLessThanOrEqual(51);
    expect(long.endsWith('…')).toBe(true);
  });
});

describe('graphs', () => {
  const src: GraphSource = {
    links: undirected(
      new Map([
        ['a', ['b']],
        ['b', ['c']],
      ]),
    ),
    related: new Map([
      ['a', [{ slug: 'd' }]],
      ['d', [{ slug: 'a' }]],
    ]),
    title: (s) => `<${s}>`,
    href: (s) => `/${s}/`,
  };
  it('builds the neighbourhood: links first, then related', () => {
    const g = localGraph('a', src);
    expect(g.nodes.map((n) => [n.slug, n.kind])).toEqual([
      ['a', 'center'],
      ['b', 'note'],
      ['d', 'note'],
    ]);
    expect(g.edges).toEqual([
      { a: 0, b: 1, kind: 'link' },
      { a: 0, b: 2, kind: 'tag' },
    ]);
  });
  it('caps the garden graph by degree', () => {
    const g = gardenGraph(['a', 'b', 'c', 'd', 'e'], src, 3);
    expect(g.total).toBe(5);
    expect(g.nodes.map((n) => n.slug)).toEqual(['a', 'b', 'c']);
  });
  it('lays out deterministically inside the box, and escapes the SVG', () => {
    const g = localGraph('a', src);
    const p1 = forceLayout(3, g.edges, { width: 200, height: 100, pinFirst: true });
    expect(forceLayout(3, g.edges, { width: 200, height: 100, pinFirst: true })).toEqual(p1);
    expect(p1[0]).toEqual({ x: 100, y: 50 });
    for (const p of p1) expect(p.x >= 0 && p.x <= 200 && p.y >= 0 && p.y <= 100).toBe(true);
    const svg = graphSvg(g, p1, { width: 200, height: 100, label: 'g' });
    expect(svg).toContain('<title>&lt;a&gt;</title>');
    expect(svg.match(/<a href=/g)?.length).toBe(3);
    expect(svg).toContain('aria-current="page"');
  });
});

describe('checkLinks', () => {
  const notes = [
    {
      slug: 'a',
      title: 'A',
      aliases: ['같은'],
      file: 'x/a.md',
      body: '## 제목\n\n[[b#없는 제목]] [[없음]] ![[없는.png]] [x](nope.md) [[b]]',
      bodyStartLine: 5,
    },
    {
      slug: 'b',
      title: 'B',
      aliases: ['같은', 'tags'],
      file: 'b.md',
      body: '[[A#제목]] ![[img.png]]',
      bodyStartLine: 1,
    },
    { slug: 'c', title: 'B', aliases: [], file: 'y/c.md', body: '', bodyStartLine: 1 },
  ];
  it('reports unresolved links at file:line:col, collisions and ambiguous names as warnings', () => {
    const problems = checkLinks(notes, ['img.png']);
    const lines = problems.map((p) => `${p.file}:${p.line ?? ''}:${p.column ?? ''} ${p.kind} ${p.severity}`);
    expect(lines).toEqual([
      'x/a.md:7:1 unresolved-link warning',
      'x/a.md:7:13 unresolved-link warning',
      'x/a.md:7:20 unresolved-link warning',
      'x/a.md:7:32 unresolved-link warning',
      'b.md:: alias-collision warning',
      'b.md:: alias-collision warning',
      'x/a.md:: alias-collision warning',
      'b.md:: ambiguous-name warning',
      'b.md:: ambiguous-name warning',
    ]);
    expect(problems.filter((p) => p.kind === 'ambiguous-name').map((p) => p.message.slice(0, 12))).toEqual([
      '[[b]] could ',
      '[[같은]] could',
    ]);
    expect(problems[0].message).toContain('has no heading "없는 제목"');
  });
  it('changes the signature when a heading elsewhere changes', () => {
    const one = vaultLinkIndex(notes, []);
    const two = vaultLinkIndex([{ ...notes[0], body: '## 다른 제목' }, notes[1], notes[2]], []);
    expect(linkSignature(one.inputs, [])).not.toBe(linkSignature(two.inputs, []));
    expect(resolveWikiLink(one.index, 'A#제목')).toEqual({ slug: 'a', anchor: '제목' });
  });
});
