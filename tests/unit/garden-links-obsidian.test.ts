// Obsidian's link forms as real vaults write them: note names with dots, formatted labels,
// `[[x]](y)`, Obsidian's heading matching, block refs, embeds that transclude, media embeds.
import { describe, expect, it } from 'vitest';
import { classifyTarget, headingKey, resolveWikiLink } from '../../src/lib/garden/links.ts';
import { extractBlockIds, extractHeadings } from '../../src/lib/garden/headings.ts';
import { EMBED_MAX_PER_PAGE, embeddedNotes, embedSection, stripBlockIds } from '../../src/lib/garden/embeds.ts';
import { findUnresolvedLinks } from '../../src/lib/garden/unresolved.ts';
import { checkLinks, vaultLinkIndex } from '../../src/lib/vault/check-links.ts';
import { renderNote } from '../../src/markdown/render-note.ts';
import { t } from '../../src/i18n/index.ts';

interface N {
  slug: string;
  title: string;
  file: string;
  body: string;
  aliases?: string[];
  tags?: string[];
}

function vault(notes: N[], attachments: string[] = []) {
  const full = notes.map((n) => ({ aliases: [], tags: [], ...n }));
  const { index } = vaultLinkIndex(full, attachments);
  const render = (slug: string) => {
    const n = full.find((x) => x.slug === slug)!;
    return renderNote(n.body, {
      slug: n.slug,
      file: n.file,
      base: '/',
      links: index,
      tags: n.tags,
      attachmentBytes: (f) => (f.endsWith('.pdf') ? 2_400_000 : null),
      noteSource: (s) => {
        const m = full.find((x) => x.slug === s);
        return m ? { body: m.body, tags: m.tags } : undefined;
      },
    });
  };
  return { notes: full, index, render };
}

const prose = (html: string) => html.replace(/\n/g, '');

describe('link targets with dots', () => {
  const v = vault(
    [
      { slug: 'torch-tensor', title: 'torch.Tensor', file: 'torch.Tensor.md', body: '텐서' },
      { slug: 'nn-module', title: 'nn.Module', file: 'ml/nn.Module.md', body: '모듈' },
      {
        slug: 'a',
        title: 'a',
        file: 'a.md',
        body: '[[torch.Tensor]] [[nn.Module]] [[torch.Tensr]] [[없음.png]] [[data.csv]] [[v1.2]]',
      },
    ],
    ['files/data.csv'],
  );

  it('a name with a dot is a note unless its extension is an attachment type or the file exists', () => {
    expect(classifyTarget(v.index, 'torch.Tensor')).toEqual({ file: false, att: null });
    expect(classifyTarget(v.index, 'nn.Module', 'a.md')).toEqual({ file: false, att: null });
    expect(classifyTarget(v.index, '없음.png')).toEqual({ file: true, att: null });
    expect(classifyTarget(v.index, 'data.csv')).toEqual({ file: true, att: 'files/data.csv' });
    expect(classifyTarget(v.index, 'note.md')).toEqual({ file: false, att: null });
    expect(resolveWikiLink(v.index, 'torch.Tensor')).toEqual({ slug: 'torch-tensor' });
    expect(resolveWikiLink(v.index, 'nn.Module')).toEqual({ slug: 'nn-module' });
  });

  it('garden check reports an unresolved dotted name as a missing note, not a missing attachment', () => {
    const found = findUnresolvedLinks([{ slug: 'a', body: v.notes[2].body }], v.index).map((u) => [u.raw, u.reason]);
    expect(found).toEqual([
      ['[[torch.Tensr]]', 'note'],
      ['[[없음.png]]', 'attachment'],
      ['[[v1.2]]', 'note'],
    ]);
  });

  it('renders them as note links', async () => {
    const html = prose((await v.render('a')).html);
    expect(html).toContain('<a href="/torch-tensor/" class="internal-link" data-slug="torch-tensor">torch.Tensor</a>');
    expect(html).toContain('<a href="/nn-module/" class="internal-link" data-slug="nn-module">nn.Module</a>');
    expect(html).toContain(`<span class="unresolved-link" title="${t.missingNote('torch.Tensr')}">torch.Tensr</span>`);
    expect(html).toContain('<a href="/_attachments/files/data.csv" class="attachment-link">data.csv</a>');
  });
});

describe('Markdown links to notes without .md, as Obsidian writes them', () => {
  const v = vault([
    { slug: 'three-laws', title: 'Three laws', file: 'Projects/Three laws.md', body: '## First law\n' },
    { slug: 'torch-tensor', title: 'torch.Tensor', file: 'torch.Tensor.md', body: '텐서' },
    {
      slug: 'm',
      title: 'm',
      file: 'm.md',
      body: '[a](Projects/Three%20laws#First%20law) [b](torch.Tensor) [c](Three%20laws.md) [d](nothing) [e](missing.png)\n\n![](Projects/Three%20laws.md#First%20law)',
    },
  ]);

  it('resolve to the note, and garden check agrees', async () => {
    const html = prose((await v.render('m')).html);
    expect(html).toContain('<a href="/three-laws/#first-law" class="internal-link" data-slug="three-laws">a</a>');
    expect(html).toContain('<a href="/torch-tensor/" class="internal-link" data-slug="torch-tensor">b</a>');
    expect(html).toContain('<a href="/three-laws/" class="internal-link" data-slug="three-laws">c</a>');
    // not a note, not a file: unresolved, as Obsidian shows a link to a note that does not exist
    expect(html).toContain(`title="${t.missingNote('nothing')}">d</span>`);
    expect(html).toContain(`title="${t.missingAttachment('missing.png')}">e</span>`);
    expect(checkLinks(v.notes, [], v.index).map((p) => p.message.split(':')[0])).toEqual([
      '[d](nothing)',
      '[e](missing.png)',
    ]);
    // `![](Note.md#heading)` embeds that section, as `![[Note#heading]]`
    expect(html).toContain(
      '<figure class="note-embed embed" data-embed="three-laws"><figcaption class="note-embed-label"><a href="/three-laws/#first-law"',
    );
  });
});

describe('labels with code or formatting, and [[x]](y)', () => {
  const v = vault([
    { slug: '함수', title: '함수', file: '함수.md', body: '## hasTag\n\n설명' },
    { slug: 'note', title: 'Note', file: 'Note.md', body: '노트' },
    { slug: '2단계-인증', title: '2단계 인증', file: '2단계 인증.md', body: '인증' },
    {
      slug: 'a',
      title: 'a',
      file: 'a.md',
      body: '[[함수#hasTag|`hasTag`]] 와 [[Note|**bold** 글]] 와 [[Note|*기울임*]] 그리고 [[2단계 인증]](2FA) 및 ![[Note]](x) 끝 [[없는|`코드`]]',
    },
  ]);

  it('keeps the formatting in the link and resolves the target', async () => {
    const html = prose((await v.render('a')).html);
    expect(html).toContain(
      '<a href="/%ED%95%A8%EC%88%98/#hastag" class="internal-link" data-slug="함수"><code>hasTag</code></a> 와 ',
    );
    expect(html).toContain('<a href="/note/" class="internal-link" data-slug="note"><strong>bold</strong> 글</a>');
    expect(html).toContain('<a href="/note/" class="internal-link" data-slug="note"><em>기울임</em></a>');
    expect(html).toContain(`<span class="unresolved-link" title="${t.missingNote('없는')}">코드</span>`);
    expect(html).not.toContain('[[');
  });

  it('[[2단계 인증]](2FA) is the wiki-link followed by the text (2FA)', async () => {
    const html = prose((await v.render('a')).html);
    expect(html).not.toContain('href="2FA"');
    expect(html).not.toContain('href="x"');
    expect(html).toContain('data-slug="2단계-인증">2단계 인증</a>(2FA) 및');
  });
});

describe("headings: the renderer's ids and Obsidian's matching", () => {
  const body =
    '# 제목\n\n## Step 1: Install\n\n## A  B\n\n## **굵은**  제목\n\n## 같은\n\n## 같은\n\n## `code` 와 [[x|링크]]\n\n문단 ^para-1\n\n- 항목 ^item2\n';
  const v = vault([
    { slug: 'h', title: '제목', file: 'h.md', body },
    {
      slug: 'a',
      title: 'a',
      file: 'a.md',
      body: '[[h#step 1 install]] [[h#Step 1 - Install]] [[h#a b]] [[h#굵은 제목]] [[h#^para-1]] [[h#^nope]] [[#Self  Heading]]\n\n## self heading\n',
    },
  ]);

  it('extractHeadings gives exactly the ids the page has, double spaces included', async () => {
    const html = (await v.render('h')).html;
    const rendered = [...html.matchAll(/<h[2-6] id="([^"]+)"/g)].map((m) => m[1]);
    expect(extractHeadings(body).map((h) => h.id)).toEqual(rendered);
    expect(rendered).toContain('a--b');
  });

  it('only an h1 that opens the note is the page title; a later h1 stays on the page', async () => {
    for (const b of ['소개 문장\n\n# 큰 제목\n\n## 작은 제목', '<!-- 주석 -->\n\n# 제목\n\n# 둘째 h1\n\n## 절']) {
      const out = await renderNote(b, { slug: 'x', file: 'x.md', base: '/' });
      const rendered = [...out.html.matchAll(/<h[1-6] id="([^"]+)"/g)].map((m) => m[1]);
      expect(extractHeadings(b).map((h) => h.id)).toEqual(rendered);
    }
    expect(extractHeadings('소개 문장\n\n# 큰 제목').map((h) => h.text)).toEqual(['큰 제목']);
  });

  it('matches case-insensitively, with runs of spaces and punctuation ignored', () => {
    expect(headingKey('Step 1: Install')).toBe('step 1 install');
    expect(headingKey('  A \t B  ')).toBe('a b');
    expect(headingKey('Why? (Really!)')).toBe('why really');
    expect(resolveWikiLink(v.index, 'h#step 1 install')).toEqual({ slug: 'h', anchor: 'step-1-install' });
    expect(resolveWikiLink(v.index, 'h#STEP 1: INSTALL')).toEqual({ slug: 'h', anchor: 'step-1-install' });
    expect(resolveWikiLink(v.index, 'h#Step 1 - Install')).toEqual({ slug: 'h', missingHeading: 'Step 1 - Install' });
    expect(resolveWikiLink(v.index, 'h#a b')).toEqual({ slug: 'h', anchor: 'a--b' });
    expect(resolveWikiLink(v.index, 'h#굵은 제목')).toEqual({ slug: 'h', anchor: '굵은--제목' });
    expect(resolveWikiLink(v.index, 'h#같은')).toEqual({ slug: 'h', anchor: '같은' });
    expect(resolveWikiLink(v.index, '#SELF heading', 'a')).toEqual({ slug: 'a', anchor: 'self-heading' });
  });

  it('block refs resolve to the anchor ^id when the note has that block', async () => {
    expect(extractBlockIds(body)).toEqual(['para-1', 'item2']);
    expect(
      extractBlockIds('```\nx ^in-code\n```\n`^a` text\nend ^ok\n![[a.png]]^img\ne^x\n## 제목 ^not-on-headings'),
    ).toEqual(['ok', 'img']);
    expect(resolveWikiLink(v.index, 'h#^para-1')).toEqual({ slug: 'h', anchor: '^para-1' });
    expect(resolveWikiLink(v.index, 'h#^nope')).toEqual({ slug: 'h', missingHeading: '^nope' });
    const html = prose((await v.render('a')).html);
    expect(html).toContain('href="/h/#%5Epara-1"');
    expect(html).toContain('href="/h/#step-1-install"');
    expect(html).toContain('href="/a/#self-heading"');
  });

  it('a missing heading: the page and garden check say the same thing', async () => {
    const html = prose((await v.render('a')).html);
    const notice = t.missingHeadingLink('Step 1 - Install');
    expect(html).toContain(
      `<a href="/h/" class="internal-link missing-heading" data-slug="h" title="${notice}">h › Step 1 - Install</a>`,
    );
    const problems = checkLinks(v.notes, [], v.index).filter((p) => p.kind === 'unresolved-link' && p.file === 'a.md');
    const heading = problems.find((p) => p.message.startsWith('[[h#Step 1 - Install]]'))!;
    expect(heading.message).toBe(
      `[[h#Step 1 - Install]]: note "h" has no heading "Step 1 - Install"; it links to the top of the note, marked "${notice}"`,
    );
    expect(heading.message).not.toContain('unresolved text');
    const block = problems.find((p) => p.message.startsWith('[[h#^nope]]'))!;
    expect(block.message).toContain('has no block "^nope"');
    expect(problems).toHaveLength(2);
  });
});

describe('embedSection', () => {
  const body = [
    'intro ^top',
    '',
    '## Alpha',
    'alpha text',
    '### Sub',
    'sub text',
    '## Beta: two',
    'beta text',
    '```',
    '## not a heading',
    'x ^not-a-block',
    '```',
    '',
    'first line',
    'second line ^para',
    '',
    '- one',
    '- two ^item',
    '  more of two',
    '- three',
    '',
    '> quoted',
    '> still',
    '',
    '^quote',
    '',
  ].join('\n');

  it('a heading: its lines up to the next heading of the same or a higher level, matched like links', () => {
    expect(embedSection(body, 'Alpha')).toBe('alpha text\n### Sub\nsub text');
    expect(embedSection(body, 'beta two')).toContain('beta text\n```\n## not a heading');
    expect(embedSection(body, 'Gamma')).toBeNull();
    expect(embedSection(body, 'not a heading')).toBeNull();
  });

  it('a block: the paragraph, list item or structured block it ends', () => {
    expect(embedSection(body, '^para')).toBe('first line\nsecond line');
    expect(embedSection(body, '^item')).toBe('- two\n  more of two');
    expect(embedSection(body, '^quote')).toBe('> quoted\n> still');
    expect(embedSection(body, '^top')).toBe('intro');
    expect(embedSection(body, '^not-a-block')).toBeNull();
  });

  it('a whole note without its block-id markers; code is left alone', () => {
    expect(stripBlockIds('a ^x\n\n^y\n`b ^z`\n```\nc ^w\n```')).toBe('a\n\n`b ^z`\n```\nc ^w\n```');
    expect(embedSection('![[a.png]]^img\n\nnext', '^img')).toBe('![[a.png]]');
    expect(embedSection('text ^id\nmore', undefined)).toBe('text\nmore');
  });

  it('is linear on pathological lines', () => {
    const started = performance.now();
    const line = '^'.repeat(50_000) + ' ^' + 'a-'.repeat(50_000);
    embedSection(`${line}\n${'#'.repeat(50_000)}\n${' ^x'.repeat(30_000)}`, '^x');
    extractBlockIds(`${line}\n${'- '.repeat(50_000)}^b`);
    expect(performance.now() - started).toBeLessThan(3000);
  });
});

describe('embeds transclude', () => {
  const v = vault(
    [
      {
        slug: 'host',
        title: '호스트',
        file: 'host.md',
        body: '## 호스트 절\n\n앞 문장\n![[Source]]\n뒤 문장\n\n![[Source#Part  Two]]\n\n- ![[Source#^item]]\n\n![[Source#없는 절]]\n\n![[loop-a]]\n\n![[d1]]\n\n각주[^1]\n\n[^1]: 호스트 각주\n',
      },
      {
        slug: 'source',
        title: 'Source',
        file: 'dir/Source.md',
        tags: ['원천'],
        body: '# Source\n\n본문 [[#Part Two]] 와 #원천 태그[^1]\n\n[^1]: 원천 각주\n\n## Part two\n\n둘째 절 ![[pic.png]]\n\n```mermaid\ngraph TD\nA-->B\n```\n\n## Other\n\n- 하나\n- 둘 ^item\n',
      },
      { slug: 'loop-a', title: 'Loop A', file: 'loop-a.md', body: 'A 본문 ![[loop-b]]' },
      { slug: 'loop-b', title: 'Loop B', file: 'loop-b.md', body: 'B 본문 ![[loop-a]]' },
      { slug: 'd1', title: 'D1', file: 'd1.md', body: 'd1 ![[d2]]' },
      { slug: 'd2', title: 'D2', file: 'd2.md', body: 'd2 ![[d3]]' },
      { slug: 'd3', title: 'D3', file: 'd3.md', body: 'd3 ![[d4]]' },
      { slug: 'd4', title: 'D4', file: 'd4.md', body: 'd4 본문' },
      {
        slug: 'math',
        title: 'Math',
        file: 'math.md',
        body: '값은 $5 and $10 이고 식은 $x_i$ 이다.\n\n$$\nE = mc^2\n$$\n\n> [!tip] 팁\n> 콜아웃 ==강조==\n',
      },
      { slug: 'mhost', title: 'mhost', file: 'mhost.md', body: '![[math]]' },
    ],
    ['dir/pic.png'],
  );

  it('a whole note: its text in a frame captioned with a link, its own links resolved from it', async () => {
    const html = prose((await v.render('host')).html);
    expect(html).toContain(
      '<p>앞 문장</p><figure class="note-embed embed" data-embed="source"><figcaption class="note-embed-label"><a href="/source/" class="internal-link" data-slug="source">Source</a></figcaption><div class="note-embed-body"><p>본문 <a href="/source/#part-two" class="internal-link" data-slug="source">Part Two</a> 와 <a href="/tags/%EC%9B%90%EC%B2%9C/" class="tag inline-tag">#원천</a>',
    );
    expect(html).toContain('</figure><p>뒤 문장</p>');
    expect(html).toContain('<img src="/_attachments/dir/pic.png"');
    expect(html).not.toContain('>Source</p>'); // its `# Source` title is the caption
    expect(html).toMatch(/<div class="note-embed-body">.*<svg[^>]*aria-labelledby="embed\d+-flow-title-/); // later plugins see the embedded text
  });

  it('a heading section and a block (in a list item)', async () => {
    const html = prose((await v.render('host')).html);
    expect(html).toContain(
      '<figcaption class="note-embed-label"><a href="/source/#part-two" class="internal-link" data-slug="source">Source › Part  Two</a></figcaption><div class="note-embed-body"><p>둘째 절',
    );
    expect(html).toMatch(
      /<li><figure class="note-embed embed" data-embed="source"><figcaption[^>]*><a href="\/source\/#%5Eitem" [^>]*>Source<\/a><\/figcaption><div class="note-embed-body"><ul><li>둘<\/li><\/ul><\/div><\/figure><\/li>/,
    );
    expect(html).not.toContain('^item</li>');
    expect(html).toContain(`<span class="note-embed-label">${t.missingHeadingLink('없는 절')}</span>`);
  });

  it('embedded headings stay out of the table of contents and ids do not collide', async () => {
    const out = await v.render('host');
    expect(out.headings.map((h) => h.slug)).toEqual(['호스트-절', 'user-content-footnote-label']);
    expect(out.html).toContain('<p class="embed-heading embed-h2" role="heading" aria-level="2">Part two</p>');
    // the same diagram is embedded twice (whole note, its section): each copy's ids are its own
    const ids = [...out.html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => id.includes('flow-title-')).length).toBe(2);
    for (const m of out.html.matchAll(/aria-labelledby="([^"]+)"/g)) expect(ids).toContain(m[1]);
    for (const m of out.html.matchAll(/url\(#([^)]+)\)/g)) expect(ids).toContain(m[1]);
    expect(out.html).toContain('원천 각주');
    expect(out.html).toContain('호스트 각주');
  });

  it('a loop becomes a link with a notice; nesting stops at depth 3', async () => {
    const html = prose((await v.render('host')).html);
    expect(html).toContain('<p>B 본문 <span class="note-embed note-embed-notice" role="note">');
    expect(html).toContain(`${t.embedLoop('Loop A')}</span><a href="/loop-a/"`);
    expect(html).toContain('<p>d3 <span class="note-embed note-embed-notice" role="note">');
    expect(html).toContain(t.embedTooDeep(3));
    expect(html).not.toContain('d4 본문');
    expect(html).toContain('<p>d3');
  });

  it('expands at most EMBED_MAX_PER_PAGE embeds on a page, however wide the nesting', async () => {
    const w = vault([
      { slug: 'top', title: 'top', file: 'top.md', body: '![[wide]]\n\n'.repeat(40) },
      { slug: 'wide', title: 'wide', file: 'wide.md', body: '![[leaf]]\n\n'.repeat(40) },
      { slug: 'leaf', title: 'leaf', file: 'leaf.md', body: '잎 본문' },
    ]);
    const started = performance.now();
    const html = (await w.render('top')).html;
    expect(html.match(/<figure class="note-embed/g)?.length).toBe(EMBED_MAX_PER_PAGE);
    expect(html).toContain(t.embedTooMany(EMBED_MAX_PER_PAGE));
    expect(performance.now() - started).toBeLessThan(30_000);
  });

  it("embedded text gets the page's Obsidian syntax: math, callouts, highlights", async () => {
    const html = prose((await v.render('mhost')).html);
    expect(html).toContain('$5 and $10');
    expect(html).toMatch(/<span class="katex[^"]*math math-inline"/);
    expect(html).toMatch(/<div class="katex math math-display"/);
    expect(html).toContain('<mark class="highlight">강조</mark>');
    expect(html).toMatch(/class="callout[^"]*"[^>]*data-callout="tip"/);
  });

  it('lists the notes a page embeds, for its render digest', () => {
    expect(embeddedNotes(v.index, 'host', (s) => v.notes.find((n) => n.slug === s)?.body)).toEqual([
      'source',
      'loop-a',
      'd1',
      'loop-b',
      'd2',
      'd3',
    ]);
    expect(embeddedNotes(v.index, 'd4', (s) => v.notes.find((n) => n.slug === s)?.body)).toEqual([]);
    const md = vault([
      { slug: 'x', title: 'x', file: 'x.md', body: '![그림](dir/y.md#절) `![](z.md)`' },
      { slug: 'y', title: 'y', file: 'dir/y.md', body: '## 절' },
      { slug: 'z', title: 'z', file: 'z.md', body: 'z' },
    ]);
    expect(embeddedNotes(md.index, 'x', (s) => md.notes.find((n) => n.slug === s)?.body)).toEqual(['y']);
  });
});

describe('audio, video and PDF embeds', () => {
  const v = vault(
    [
      {
        slug: 'm',
        title: 'm',
        file: 'notes/m.md',
        body: '![[clip.mp3]]\n\n![[clip.mp4]]\n\n![[talk.webm|발표]]\n\n![[doc.pdf]]\n\n![[doc.pdf#page=3]]\n\n![](../media/clip.mov)\n\n![설명](../media/doc.pdf)\n\n![[없는.mp4]]',
      },
    ],
    ['media/clip.mp3', 'media/clip.mp4', 'media/talk.webm', 'media/clip.mov', 'media/doc.pdf'],
  );

  it('become players and a PDF card at the published attachment URLs', async () => {
    const html = prose((await v.render('m')).html);
    expect(html).toContain(
      '<audio class="embed-audio" controls preload="metadata" src="/_attachments/media/clip.mp3"><a href="/_attachments/media/clip.mp3" class="attachment-link">clip.mp3</a></audio>',
    );
    expect(html).toContain(
      '<video class="embed-video" controls preload="metadata" src="/_attachments/media/clip.mp4">',
    );
    expect(html).toContain(
      '<video class="embed-video" controls preload="metadata" src="/_attachments/media/talk.webm" title="발표"><a href="/_attachments/media/talk.webm" class="attachment-link">발표</a></video>',
    );
    expect(html).toContain(
      `<a href="/_attachments/media/doc.pdf" class="pdf-embed attachment-link" type="application/pdf"><span class="pdf-embed-action">${t.pdfOpen}</span><span class="pdf-embed-name">doc.pdf</span><span class="pdf-embed-size">2.3 MB</span></a>`,
    );
    expect(html).toContain('href="/_attachments/media/doc.pdf#page=3"');
    expect(html).toContain(
      '<video class="embed-video" controls preload="metadata" src="/_attachments/media/clip.mov">',
    );
    expect(html).toContain('<span class="pdf-embed-name">설명</span>');
    expect(html).toContain(
      `<span class="unresolved-link" title="${t.missingAttachment('없는.mp4')}">![[없는.mp4]]</span>`,
    );
    expect(html).not.toMatch(/<(iframe|object|embed)\b/);
  });
});

describe('link scanners are linear', () => {
  it('check a vault of pathological lines in well under the bound', () => {
    const lines = ['[](', '![](', '![](a.md', '[[', '[[a|', ' ^a', '![[', '](', '[', '#'].map((u) =>
      u.repeat(Math.floor(200_000 / u.length)),
    );
    const notes = lines.map((body, i) => ({
      slug: `p${i}`,
      title: `p${i}`,
      aliases: [],
      tags: [],
      file: `p${i}.md`,
      body,
    }));
    const started = performance.now();
    const { index } = vaultLinkIndex(notes, []);
    checkLinks(notes, [], index);
    for (const n of notes) embeddedNotes(index, n.slug, () => n.body);
    for (const n of notes) embedSection(n.body, '^a');
    expect(performance.now() - started).toBeLessThan(10_000);
  });
});

describe('an image inside a link', () => {
  const v = vault(
    [
      {
        slug: 'a',
        title: 'A',
        file: 'notes/a.md',
        body: '배지: [![그림](../images/pic.png)](https://example.com) 그리고 [![없음](../images/nope.png)](https://example.com)\n',
      },
    ],
    ['images/pic.png'],
  );
  it('shows the vault image from its published path, the link kept; a missing one is marked', async () => {
    const html = prose((await v.render('a')).html);
    expect(html).toMatch(
      /<a href="https:\/\/example\.com"[^>]*><img src="\/_attachments\/images\/pic\.png" alt="그림"/,
    );
    expect(html).not.toContain('../images/pic.png');
    expect(html).toContain(`title="${t.missingAttachment('../images/nope.png')}"`);
  });
  it('leaves a note path inside a link as written: a link cannot hold the embedded note', async () => {
    const w = vault([
      { slug: 'a', title: 'A', file: 'a.md', body: '[![표지](b.md)](https://example.com)\n' },
      { slug: 'b', title: 'B', file: 'b.md', body: '# B\n\n본문\n' },
    ]);
    const html = prose((await w.render('a')).html);
    expect(html).toMatch(/<a href="https:\/\/example\.com"[^>]*><img src="b\.md" alt="표지"/);
    expect(html).not.toContain('note-embed');
  });
});

describe('a relative link to a folder or a hidden file', () => {
  const notes = [
    {
      slug: 'a',
      title: 'A',
      file: 'notes/a.md',
      body: '[하위](../sub) [하위 슬래시](../sub/) [빈 폴더](../empty) [설정](../.prettierrc) [태그](/tags/)\n',
    },
    { slug: 'readme', title: 'README', file: 'sub/README.md', body: '안내' },
    { slug: 'empty-note', title: 'E', file: 'empty/notes/e.md', body: 'e' },
  ];
  const v = vault(notes);
  it('a folder links to its README note (as GitHub reads it); one without, and a hidden file, are unresolved', async () => {
    const html = prose((await v.render('a')).html);
    expect(html).toContain('<a href="/readme/" class="internal-link" data-slug="readme">하위</a>');
    expect(html).toContain('<a href="/readme/" class="internal-link" data-slug="readme">하위 슬래시</a>');
    expect(html).toContain(`<span class="unresolved-link" title="${t.missingNote('../empty')}">빈 폴더</span>`);
    expect(html).toContain(`<span class="unresolved-link" title="${t.missingNote('../.prettierrc')}">설정</span>`);
    expect(html).toContain('<a href="/tags/">태그</a>'); // the site's own path, left alone
  });
  it('and garden check says so, in the page’s words', () => {
    const found = checkLinks(v.notes, [], v.index).filter((p) => p.kind === 'unresolved-link');
    expect(found.map((p) => p.message)).toEqual([
      '[빈 폴더](../empty): no note or file at "../empty"; it is shown as unresolved text',
      '[설정](../.prettierrc): no note or file at "../.prettierrc"; it is shown as unresolved text',
    ]);
  });
});
