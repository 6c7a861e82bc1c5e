// Obsidian syntax through the garden's real Markdown pipeline (renderNote), and comments and
// Excalidraw drawings through assembleVault.
import { describe, it, expect } from 'vitest';
import { renderNote } from '../../src/markdown/render-note.ts';
import { assembleVault } from '../../src/lib/vault/assemble.ts';
import type { VaultFile } from '../../src/lib/notes/note.ts';
import { CALLOUT_ALIASES } from '../../src/lib/obsidian/callouts.ts';
import { ko } from '../../src/i18n/ko.ts';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import remarkMath from 'remark-math';
import { escapeProseDollars } from '../../src/lib/obsidian/math-dollars.ts';
import { remarkObsidianMath, rehypeObsidianMath } from '../../src/markdown/obsidian-math.ts';
import { rehypeCallouts } from '../../src/markdown/rehype-callouts.ts';
import { rehypeBlockIds } from '../../src/markdown/rehype-block-ids.ts';
import { rehypeHighlights } from '../../src/markdown/rehype-highlights.ts';
import { rehypeTaskStates } from '../../src/markdown/rehype-task-states.ts';

const render = async (md: string) => (await renderNote(md, { slug: 'test', file: 'test.md', base: '/' })).html;
const vf = (name: string, content: string): VaultFile => ({
  file: name,
  bytes: new TextEncoder().encode(content),
  mtime: new Date(0),
  birthtime: new Date(0),
});

describe('callouts', () => {
  it('a callout with its default title and content; the marker is gone', async () => {
    const html = await render('> [!note]\n> 본문 **굵게**\n');
    expect(html).toMatch(
      /^<div class="callout" data-callout="note" data-callout-kind="note"><div class="callout-title">/,
    );
    expect(html).toContain(`<span class="callout-title-inner">${ko.callouts.note}</span>`);
    expect(html).toContain('<div class="callout-content"><p>본문 <strong>굵게</strong></p>');
    expect(html).not.toContain('[!note]');
    expect(html).not.toContain('<blockquote');
  });

  it('fold `-` is a closed <details>, `+` an open one; custom title with Markdown', async () => {
    const closed = await render('> [!faq]- 접히는 **제목**\n> 답\n');
    expect(closed).toMatch(
      /<details class="callout callout-foldable" data-callout="faq" data-callout-kind="question" data-callout-fold="-"><summary class="callout-title">/,
    );
    expect(closed).toContain('<span class="callout-title-inner">접히는 <strong>제목</strong></span></summary>');
    expect(closed).not.toMatch(/<details[^>]* open/);
    const open = await render('> [!tip]+ 열린 제목\n> 내용\n');
    expect(open).toMatch(
      /<details class="callout callout-foldable" data-callout="tip" data-callout-kind="tip" data-callout-fold="\+" open>/,
    );
  });

  it('every documented type and alias, in any case; unknown types are notes titled by their name', async () => {
    for (const [alias, kind] of Object.entries(CALLOUT_ALIASES)) {
      const html = await render(`> [!${alias.toUpperCase()}]\n> x\n`);
      expect(html, alias).toContain(`data-callout="${alias}" data-callout-kind="${kind}"`);
      expect(html, alias).toContain(`<span class="callout-title-inner">${ko.callouts[kind]}</span>`);
    }
    const odd = await render('> [!Recipe] \n> 재료\n');
    expect(odd).toContain('data-callout="recipe" data-callout-kind="note"');
    expect(odd).toContain('<span class="callout-title-inner">Recipe</span>');
  });

  it('nests, keeps metadata, allows a title-only callout; a quote that merely mentions [!note] stays a quote', async () => {
    const html = await render('> [!question] 중첩?\n> > [!todo] 네\n> > > [!example] 더 깊이\n> > > 끝\n');
    expect(html.match(/class="callout"/g)).toHaveLength(3);
    expect(html).toMatch(
      /data-callout="question"[\s\S]*data-callout="todo"[\s\S]*data-callout="example"[\s\S]*<p>끝<\/p>/,
    );
    const meta = await render('> [!info|wide] 제목만\n');
    expect(meta).toContain('data-callout-metadata="wide"');
    expect(meta).not.toContain('callout-content');
    expect(await render('> 인용에 [!note] 라고 씀\n')).toMatch(/^<blockquote>/);
    expect(await render('> [!note]x\n')).toMatch(/^<blockquote>/);
  });

  it('a title with wiki links (their plugin splits the text) is still a callout title', async () => {
    const html = await render('> [!abstract] **Further reading**: [[Manage sites]], [[Customize your site]]\n');
    expect(html).toMatch(
      /^<div class="callout" data-callout="abstract" data-callout-kind="abstract">[\s\S]*<span class="callout-title-inner"><strong>Further reading<\/strong>: /,
    );
  });

  it('the content keeps lists, code and paragraphs', async () => {
    const html = await render('> [!warning] 조심\n> 첫 줄\n>\n> - 항목\n>\n> ```js\n> let a = 1;\n> ```\n');
    expect(html).toMatch(
      /<div class="callout-content"><p>첫 줄<\/p>\s*<ul>\s*<li>항목<\/li>\s*<\/ul>\s*<pre class="astro-code/,
    );
  });
});

describe('math', () => {
  it('inline and block math become MathML, with no KaTeX HTML', async () => {
    const html = await render('인라인 $x_i$ 수식.\n\n$$\n\\sum_{i=1}^n i\n$$\n');
    expect(html).toMatch(
      /<span class="katex math math-inline" data-pagefind-ignore=""><math xmlns="http:\/\/www.w3.org\/1998\/Math\/MathML"><semantics><mrow><msub><mi>x<\/mi><mi>i<\/mi><\/msub>/,
    );
    expect(html).toMatch(/<div class="katex math math-display" data-pagefind-ignore=""><math [^>]*display="block">/);
    expect(html).not.toContain('katex-html');
    expect(html).not.toContain('$');
  });

  it('prices are prose: $5 and $10', async () => {
    const html = await render('사과는 $5 and 배는 $10이다.\n');
    expect(html).toBe('<p>사과는 $5 and 배는 $10이다.</p>');
    expect(await render('$ x$ 와 $x $')).toBe('<p>$ x$ 와 $x $</p>');
  });

  it('a TeX error shows its source and does not throw', async () => {
    const html = await render('잘못된 $\\frac{1$ 수식\n');
    expect(html).toMatch(/<span class="katex-error math math-inline"[^>]*>\\frac\{1<\/span>/);
  });

  it('$$ on the formula’s own lines (as the Obsidian help writes it) is one display formula', async () => {
    const html = await render('$$\\begin{vmatrix}a & b\\\\\nc & d\n\\end{vmatrix}=ad-bc$$\n\n다음 문단\n');
    expect(html).toMatch(
      /^<div class="katex math math-display"[^>]*><math[^>]*display="block"><semantics><mrow><mrow><mo fence="true" stretchy="true">∣<\/mo><mtable/,
    );
    expect(html).toContain('<p>다음 문단</p>');
    expect(html).not.toContain('katex-error');
  });

  it('$$…$$ written on one line is display math: alone as a block, between words as a block-shown span', async () => {
    for (const md of ['$$E=1$$\n', '$$ E = 1 $$\n', '> $$E=1$$\n']) {
      const html = await render(md);
      expect(html, md).toMatch(
        /<div class="katex math math-display"[^>]*><math[^>]*display="block"><semantics><mrow><mi>E<\/mi><mo>=<\/mo><mn>1<\/mn>/,
      );
      expect(html, md).not.toMatch(/^E=1|<p>\$\$/);
    }
    const inline = await render('넓이는 $$ \\pi r^2 $$ 이다\n');
    expect(inline).toMatch(
      /^<p>넓이는 <span class="katex math math-display"[^>]*><math[^>]*display="block"><semantics><mrow><mi>π<\/mi>/,
    );
    expect(inline).toContain('</span> 이다</p>');
    expect(inline).not.toContain('<div');
    // a single `$` pair stays inline
    expect(await render('값 $x$ 끝\n')).toContain('math-inline');
  });

  it('dollars in code stay code', async () => {
    expect(await render('`$x$` 그리고\n\n```sh\necho $HOME $PATH\n```\n')).not.toContain('<math');
  });
});

describe('highlights', () => {
  it('==text== is a mark, also next to Hangul and around emphasis; not in code', async () => {
    expect(await render('==강조==는 좋다')).toBe('<p><mark class="highlight">강조</mark>는 좋다</p>');
    expect(await render('==**굵게** 강조== 끝')).toBe(
      '<p><mark class="highlight"><strong>굵게</strong> 강조</mark> 끝</p>',
    );
    expect(await render('`==code==` 와 a == b 와 ===')).toBe('<p><code>==code==</code> 와 a == b 와 ===</p>');
    expect(await render('```\n==x==\n```')).not.toContain('<mark');
    expect(await render('==열림만')).toBe('<p>==열림만</p>');
  });
});

describe('block ids', () => {
  it('a paragraph or list item ending in ^id gets id="^id" and the marker disappears', async () => {
    expect(await render('문단 끝 ^para-1\n')).toBe('<p id="^para-1">문단 끝</p>');
    const list = await render('- 항목 ^item-1\n  - 하위\n- 둘\n');
    expect(list).toMatch(/<li id="\^item-1">항목\s*<ul>/);
    expect(list).not.toContain('^item-1<');
    expect(await render('- 느슨한 항목 ^loose\n\n- 둘\n')).toMatch(/<li id="\^loose">\s*<p>느슨한 항목<\/p>/);
  });

  it('^id alone after a table or quote names that block', async () => {
    const html = await render('| a | b |\n|---|---|\n| 1 | 2 |\n\n^tbl\n\n> 인용\n\n^q\n');
    expect(html).toMatch(/<table id="\^tbl">/);
    expect(html).toMatch(/<blockquote id="\^q">/);
    expect(html).not.toMatch(/>\s*\^(tbl|q)\s*</);
  });

  it('not in code, not mid-sentence', async () => {
    expect(await render('`code ^x`')).toBe('<p><code>code ^x</code></p>');
    expect(await render('2^10 은 1024')).toBe('<p>2^10 은 1024</p>');
  });
});

describe('task states', () => {
  it('[?] [-] [/] [>] [!] keep their character; [ ] and [x] stay checkboxes', async () => {
    const html = await render('- [ ] 할 일\n- [x] 완료\n- [?] 질문\n- [-] 취소\n- [/] 진행\n- [>] 미룸\n- [!] 중요\n');
    expect(html).toMatch(/<ul class="contains-task-list">/);
    expect(html).toMatch(
      /<li class="task-list-item task-open" data-task=" "><input type="checkbox" disabled> 할 일<\/li>/,
    );
    expect(html).toMatch(
      /<li class="task-list-item task-done" data-task="x"><input type="checkbox" checked disabled> 완료<\/li>/,
    );
    expect(html).toContain(
      '<li class="task-list-item task-question" data-task="?"><span class="task-state task-question" role="img" aria-label="질문" title="질문">?</span> 질문</li>',
    );
    expect(html).toContain('<li class="task-list-item task-cancelled" data-task="-">');
    for (const c of ['/', '>', '!']) expect(html).toContain(`data-task="${c}"`);
    expect(html).not.toMatch(/\[[?\-/>!]\]/);
  });
});

describe('comments and drawings when the vault is read', () => {
  it('comments are gone from the body, the title, tags and reading time; lines stay', () => {
    const r = assembleVault([
      vf('c.md', '---\ntags: [a]\n---\n# 제목 %%비밀%%\n\n보이는 글 %%숨김 #secret%%\n%%\n여러 줄\n비밀\n%%\n끝\n'),
    ]);
    const n = r.notes[0];
    expect(n.body).not.toMatch(/비밀|숨김|%%/);
    expect(n.title).toBe('제목');
    expect(n.tags).toEqual(['a']);
    expect(n.body.split('\n')).toHaveLength(9);
    expect(n.body.split('\n')[7]).toBe('끝');
  });

  it('a drawing with an export shows the image; without one it is skipped with a warning', () => {
    const drawing =
      '---\nexcalidraw-plugin: parsed\n---\n==⚠  Switch to EXCALIDRAW VIEW ⚠==\n\n# Text Elements\n상자\n%%\n# Drawing\n```compressed-json\nN4Ig\n```\n%%\n';
    const r = assembleVault([
      vf('d/Plan.excalidraw.md', drawing),
      vf('d/Plan.excalidraw.svg', '<svg/>'),
      vf('Lost.md', drawing),
    ]);
    expect(r.notes.map((n) => n.file)).toEqual(['d/Plan.excalidraw.md']);
    expect(r.notes[0].body).toBe('# Plan\n\n![[d/Plan.excalidraw.svg|Plan]]\n');
    expect(r.notes[0].title).toBe('Plan');
    expect(r.stats.skipped).toBe(1);
    const p = r.problems.find((x) => x.kind === 'excalidraw')!;
    expect(p).toMatchObject({ file: 'Lost.md', severity: 'warning', line: 1 });
    expect(p.message).toContain('skipped');
  });
});

describe('pathological lines stay fast through the Obsidian stages', () => {
  // Comment stripping, dollar escaping, remark-math and the Obsidian rehype plugins, on the same
  // unified processor renderNote uses (the garden's other plugins have their own linear-time tests).
  it('thousands of =, $, %, [!, ^, ` and > do not blow up', async () => {
    const processor = await createMarkdownProcessor({
      gfm: true,
      remarkPlugins: [remarkMath, remarkObsidianMath],
      rehypePlugins: [rehypeObsidianMath, rehypeCallouts, rehypeBlockIds, rehypeHighlights, rehypeTaskStates],
    });
    const lines = [
      '='.repeat(20_000),
      '= ='.repeat(5_000),
      '=='.repeat(10_000) + 'x',
      '==a '.repeat(5_000),
      '$'.repeat(20_000),
      '$ '.repeat(10_000),
      '$a'.repeat(1_000),
      '> [!note]'.repeat(2_000),
      ' ^a'.repeat(10_000),
      '^'.repeat(20_000),
      '`$'.repeat(2_000),
      '- [?] '.repeat(5_000),
      '%'.repeat(20_000),
      '%%'.repeat(10_000),
      '> '.repeat(60) + '[!tip]',
      '> [!tip]\n'.repeat(3_000),
    ];
    for (const line of lines) {
      const t = performance.now();
      const r = assembleVault([vf('p.md', `# p\n\n${line}\n\n${line}\n`)]);
      await processor.render(escapeProseDollars(r.notes[0].body));
      expect(performance.now() - t, line.slice(0, 12)).toBeLessThan(15_000); // ~0.1-1.5 s each, unloaded
    }
  }, 300_000);
});

describe('same-page anchors', () => {
  const full = (md: string) => renderNote(md, { slug: '노트', file: '노트.md', base: '/g/' });

  it('a #link to a place the note lacks goes to the note top, marked as [[#missing]] is, and is recorded', async () => {
    const out = await full('## 있는 제목\n\n[없는 곳](#appendix) 과 [[#없는 제목]]\n');
    expect(out.html).toContain(
      `<a href="/g/%EB%85%B8%ED%8A%B8/" class="missing-heading" title="${ko.missingHeadingLink('appendix')}">없는 곳</a>`,
    );
    expect(out.html).not.toContain('href="#appendix"');
    // the wiki-link was already resolved to the top by its own plugin: recorded once, by check's static pass
    expect(out.facts.missingAnchors).toEqual([{ anchor: 'appendix', text: '없는 곳' }]);
  });

  it('ids the page has are kept: headings, heading text written as Obsidian does, footnotes, raw HTML ids, block ids', async () => {
    const md =
      '## 있는 제목\n\n[가기](#있는-제목) [글로](#있는%20제목) 주석[^1] <a id="cpt5"></a>[장](#cpt5) [블록](#^blk)\n\n문단 ^blk\n\n[^1]: 각주\n';
    const out = await full(md);
    expect(out.facts.missingAnchors).toBeUndefined();
    expect(out.html).toContain(`<a href="#${encodeURIComponent('있는-제목')}">가기</a>`);
    expect(out.html).toContain('<a href="#있는-제목">글로</a>');
    expect(out.html).toContain('<a href="#user-content-cpt5">장</a>');
    expect(out.html).not.toContain('missing-heading');
  });

  it('an embedded note’s own broken #link is marked on the host page but not recorded for it', async () => {
    const links = (await import('../../src/lib/vault/check-links.ts')).vaultLinkIndex(
      [
        { slug: 'a', title: 'A', aliases: [], file: 'a.md', body: '![[b]]\n' },
        { slug: 'b', title: 'B', aliases: [], file: 'b.md', body: '[x](#nowhere)\n' },
      ],
      [],
    ).index;
    const out = await renderNote('![[b]]\n', {
      slug: 'a',
      file: 'a.md',
      base: '/',
      links,
      noteSource: (s) => (s === 'b' ? { body: '[x](#nowhere)\n', tags: [] } : undefined),
    });
    expect(out.html).toContain('class="missing-heading"');
    expect(out.facts.missingAnchors).toBeUndefined();
  });
});

describe('table of contents', () => {
  it('headings written as raw HTML keep their ids but stay out of the headings list, as out of Obsidian’s outline', async () => {
    const out = await renderNote('## 마크다운 제목\n\n<h2>HTML 제목</h2>\n\n둘째 줄\n===\n\n> ## 인용 속 제목\n', {
      slug: 't',
      file: 't.md',
      base: '/',
    });
    expect(out.html).toContain('<h2 id="html-제목">HTML 제목');
    expect(out.headings.map((h) => h.text.replace(/#$/, ''))).toEqual(['마크다운 제목', '둘째 줄', '인용 속 제목']);
  });
});

describe('block ids on their own line', () => {
  it('`^id` alone on the first line of a paragraph names the block before it; a heading keeps its id', async () => {
    const html = await render('## 처리 장치\n^cpu1\n본문이 이어짐 ^par2\n\n| a |\n| - |\n| 1 |\n\n^tbl3\n');
    expect(html).toMatch(/<h2 id="처리-장치"><span id="\^cpu1"><\/span>처리 장치/);
    expect(html).toMatch(/<p id="\^par2">본문이 이어짐<\/p>/);
    expect(html).toMatch(/<table id="\^tbl3">/);
    expect(html).not.toContain('^cpu1\n');
    expect(html).not.toMatch(/>\s*\^(cpu1|par2|tbl3)/);
  });
});

describe('image size in a Markdown image', () => {
  it('`![alt|WxH](url)` and `![alt|W](url)` size web and vault images; the alt text loses the size', async () => {
    expect(await render('![엥겔바트|100x145](https://example.org/e.jpg)\n')).toBe(
      '<p><img src="https://example.org/e.jpg" alt="엥겔바트" width="100" height="145"></p>',
    );
    expect(await render('![엥겔바트|100](https://example.org/e.jpg)\n')).toBe(
      '<p><img src="https://example.org/e.jpg" alt="엥겔바트" width="100"></p>',
    );
    // a `|` that is not a size is alt text
    expect(await render('![a|b](https://example.org/e.jpg)\n')).toContain('alt="a|b"');
    const links = (await import('../../src/lib/vault/check-links.ts')).vaultLinkIndex(
      [{ slug: 't', title: 'T', aliases: [], file: 't.md', body: '' }],
      ['pic.png'],
    ).index;
    const vault = await renderNote('![그림|200](pic.png)\n', {
      slug: 't',
      file: 't.md',
      base: '/',
      links,
      attachmentSize: () => ({ width: 400, height: 300 }),
    });
    expect(vault.html).toMatch(
      /<img src="\/_attachments\/pic\.png" alt="그림" loading="lazy" decoding="async" width="200" height="150">/,
    );
  });
});

describe('inline footnotes', () => {
  it('`^[text]` is a numbered footnote listed with the others; its formatting and links go with it', async () => {
    const html = await render(
      '앞 문장[^a] 그리고 인라인.^[안의 **굵은** 말과 [링크](https://example.org) [괄호]] 끝\n\n[^a]: 보통 각주\n',
    );
    expect(html).not.toContain('^[');
    expect(html).toMatch(
      /인라인\.<sup><a href="#user-content-fn-inline-1" id="user-content-fnref-inline-1" data-footnote-ref[^>]*>2<\/a><\/sup> 끝/,
    );
    expect(html).toMatch(
      /<li id="user-content-fn-inline-1">\s*<p>안의 <strong>굵은<\/strong> 말과 <a href="https:\/\/example.org">링크<\/a> \[괄호\] <a href="#user-content-fnref-inline-1"/,
    );
    expect(html).toMatch(/<li id="user-content-fn-a">[\s\S]*<li id="user-content-fn-inline-1">/);
  });

  it('an unclosed ^[ and one in code stay text; thousands of them stay linear', async () => {
    expect(await render('값 ^[닫히지 않음\n')).toContain('값 ^[닫히지 않음');
    expect(await render('`^[코드]`\n')).toContain('<code>^[코드]</code>');
    const t = performance.now();
    // an unclosed run is read once; the footnotes themselves cost what as many [^n] footnotes cost
    await render(`${'^['.repeat(20_000)}\n\n${'^[a] '.repeat(500)}\n`);
    expect(performance.now() - t).toBeLessThan(30_000);
  }, 60_000);
});

describe('wiki-links around raw HTML', () => {
  it('[[#<font …>Heading</font>|<font …>label</font>]] links to the coloured heading, labelled with its text', async () => {
    const body =
      '## <font color="#ffc000">룩업 테이블</font>\n\n- [[#<font color="#ffc000">룩업 테이블</font>|<font color="#ffc000">표 보기</font>]]\n';
    const links = (await import('../../src/lib/vault/check-links.ts')).vaultLinkIndex(
      [{ slug: 't', title: 'T', aliases: [], file: 't.md', body }],
      [],
    ).index;
    const out = await renderNote(body, { slug: 't', file: 't.md', base: '/', links });
    expect(out.html).toContain('<h2 id="룩업-테이블">룩업 테이블');
    expect(out.html).toMatch(
      new RegExp(`<a href="/t/#${encodeURIComponent('룩업-테이블')}" class="internal-link" data-slug="t">표 보기</a>`),
    );
    expect(out.html).not.toContain('[[');
    expect(out.html).not.toContain('missing-heading');
  });
});

describe('code block languages', () => {
  it('highlights a language written in capitals, and shows an unknown one as plain code without a console warning', async () => {
    const warnings: unknown[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args);
    try {
      const html = await render(
        '```Python\nprint(1)\n```\n\n```gradle\napply plugin\n```\n\n```javscript\nlet x\n```\n',
      );
      expect(html.match(/data-language="[^"]+"/g)).toEqual([
        'data-language="python"',
        'data-language="plaintext"',
        'data-language="plaintext"',
      ]);
      // print is a Python keyword: highlighted, so in a span of its own
      expect(html).toMatch(/<span[^>]*>print<\/span>/);
      expect(html).toContain('apply plugin');
      expect(warnings).toEqual([]);
    } finally {
      console.warn = warn;
    }
  });
});
