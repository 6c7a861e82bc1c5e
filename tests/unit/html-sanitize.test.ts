import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { renderNote } from '../../src/markdown/render-note.ts';
import { sanitizeNoteTree, videoEmbedUrl } from '../../src/lib/html/sanitize-tree.ts';
import { mayNeedSanitizing, unsafeHtmlFindings } from '../../src/lib/html/note-findings.ts';

const render = async (body: string) => (await renderNote(body, { slug: 't', file: 't.md', base: '/' })).html;
const clean = (html: string) => toHtml(sanitizeNoteTree(fromHtml(html, { fragment: true })).tree);

describe('note HTML is sanitized with an allowlist', () => {
  it.each([
    ['tab entity', '<a href="java&#x09;script:alert(1)">x</a>'],
    ['literal tab', '<a href="java\tscript:alert(1)">x</a>'],
    ['literal newline', '<a href="java\nscript:alert(1)">x</a>'],
    ['literal CR', '<a href="java\rscript:alert(1)">x</a>'],
    ['&Tab;', '<a href="java&Tab;script:alert(1)">x</a>'],
    ['&NewLine;', '<a href="java&NewLine;script:alert(1)">x</a>'],
    ['leading control character', '<a href="&#x01;javascript:alert(1)">x</a>'],
    ['upper case', '<a href="JaVaScRiPt:alert(1)">x</a>'],
    ['vbscript', '<a href="vbscript:msgbox(1)">x</a>'],
    ['data URL', '<a href="data:text/html,<script>alert(1)</script>">x</a>'],
    ['area', '<map><area href="javascript:alert(1)"></map>'],
    ['form action', '<form action="javascript:alert(1)"><button>go</button></form>'],
    ['button formaction', '<button formaction="javascript:alert(1)">x</button>'],
    ['svg xlink:href', '<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>'],
    ['svg animate', '<svg><a><animate attributeName="href" values="javascript:alert(1)"/><text>x</text></a></svg>'],
    ['svg set', '<svg><a><set attributeName="href" to="javascript:alert(1)"/><text>x</text></a></svg>'],
    ['MathML maction', '<math><maction actiontype="statusline" xlink:href="javascript:alert(1)">x</maction></math>'],
  ])('%s: no script URL survives', (_name, html) => {
    const out = clean(html);
    expect(out).not.toMatch(/script:|data:|<svg|<math|<form|formaction|<area|<animate|<set/i);
  });

  it('drops style, event handlers, srcdoc, base, meta and forms; keeps their text', () => {
    const out = clean(
      '<div style="position:fixed;inset:0" onclick="x()">t</div><iframe srcdoc="<script>x</script>"></iframe><base href="//evil"><meta http-equiv="refresh" content="0;url=javascript:x"><form action="https://evil"><input type="password" name="p"></form>',
    );
    // GitHub's rule: an <input> is only ever a disabled checkbox (task lists).
    expect(out).toBe('<div>t</div><input name="user-content-p" disabled type="checkbox">');
  });

  it('keeps what notes need: details, kbd, mark, sub/sup, figure, media with safe URLs, img sizes, table alignment', () => {
    const out = clean(
      '<details open><summary>s</summary><kbd>K</kbd><mark>m</mark><sub>1</sub><sup>2</sup></details><figure><img src="a.png" width="10" height="20" loading="lazy" alt="a"><figcaption>c</figcaption></figure><video src="v.mp4" controls poster="javascript:x"></video><audio src="https://x/a.mp3" controls></audio><table><tr><td align="right">1</td></tr></table>',
    );
    expect(out).toContain(
      '<details open><summary>s</summary><kbd>K</kbd><mark>m</mark><sub>1</sub><sup>2</sup></details>',
    );
    expect(out).toContain('<img src="a.png" width="10" height="20" loading="lazy" alt="a">');
    expect(out).toContain('<video src="v.mp4" controls></video>');
    expect(out).toContain('<audio src="https://x/a.mp3" controls></audio>');
    expect(out).toContain('<td align="right">1</td>');
  });

  it('prefixes note ids (no DOM clobbering) and makes #links follow them', () => {
    expect(clean('<a href="#top">x</a><img name="cookie" src="a.png"><span id="top">t</span>')).toBe(
      '<a href="#user-content-top">x</a><img name="user-content-cookie" src="a.png"><span id="user-content-top">t</span>',
    );
  });

  it('embeds YouTube and Vimeo through their privacy-friendly players, sandboxed; removes other iframes', () => {
    expect(videoEmbedUrl('https://www.youtube.com/watch?v=dQw4w9WgXcQ')).toBe(
      'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ',
    );
    expect(videoEmbedUrl('https://youtu.be/dQw4w9WgXcQ')).toBe('https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ');
    expect(videoEmbedUrl('https://vimeo.com/76979871')).toBe('https://player.vimeo.com/video/76979871');
    expect(videoEmbedUrl('https://youtube.com.evil.com/embed/dQw4w9WgXcQ')).toBeNull();
    expect(videoEmbedUrl('javascript:alert(1)//youtube.com/embed/x')).toBeNull();
    const out = clean(
      '<iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ" onload="x()"></iframe><iframe src="https://evil.example/"></iframe>',
    );
    expect(out).toContain('src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"');
    expect(out).toContain('sandbox="allow-scripts allow-same-origin allow-presentation"');
    expect(out).toContain('loading="lazy"');
    expect(out).toContain('referrerpolicy="strict-origin-when-cross-origin"');
    expect(out).not.toContain('evil');
    expect(out).not.toContain('onload');
  });

  it('reports what it removed, at the line and column of the note', () => {
    const tree = fromHtml('<p>ok</p>\n<a href="javascript:x" onclick="y()">a</a><script>z</script>', {
      fragment: true,
    });
    const { findings } = sanitizeNoteTree(tree);
    expect(findings.map((f) => `${f.line}:${f.column} ${f.what}`)).toEqual([
      '2:1 href="javascript:x" on <a>',
      '2:1 onclick="y()" on <a>',
      '2:43 <script> and its content',
    ]);
  });
});

describe('the garden’s own output survives the sanitizer', () => {
  it('Shiki code, flow figures, footnotes and heading anchors', async () => {
    const html = await render(
      '## 소개\n\n본문[^1] [위로](#소개)\n\n```ts\nconst x = 1;\n```\n\n```\nA --> B --> C\n```\n\n[^1]: 각주\n',
    );
    expect(html).toContain('<pre class="astro-code');
    expect(html).toContain('style="--shiki-light');
    expect(html).toMatch(/<figure class="flow-figure"[^>]*>.*<svg/s);
    expect(html).toContain('<h2 id="소개">');
    expect(html).toContain('href="#소개"');
    const refs = [...html.matchAll(/href="#(user-content-fn[^"]*)"/g)].map((m) => m[1]);
    expect(refs.length).toBe(2);
    for (const id of refs) expect(html).toContain(`id="${id}"`);
  });

  it('quiz cards (a form of inputs no note may write) are kept', async () => {
    const html = await render(readFileSync('tests/fixtures/quiz/002-repaired.md', 'utf8'));
    expect(html).toContain('class="quiz-card__input" type="radio"');
  });

  it('a note cannot forge the placeholder the garden’s parts wait in', async () => {
    const html = await render(
      '<div data-garden-hold="00000000-0000-0000-0000-000000000000:0">forged</div>\n\n```ts\nx\n```\n',
    );
    expect(html).not.toContain('data-garden-hold');
    expect(html).toContain('astro-code');
  });
});

describe('garden check parses only notes the sanitizer could change', () => {
  it.each([
    ['[a](b.md) [c](https://x.com/a:b) [d](mailto:me@x.com) [e](#h) [f](/a/b:c)', false],
    ['[a](javascript:x)', true],
    ['[a](obsidian://open)', true],
    ['[a](java&#x09;script:x)', true],
    ['[a]: vbscript:x', true],
    ['[a](<javascript:x>)', true],
    ['x <b>y</b>', true],
  ])('%s → %s', (body, expected) => {
    expect(mayNeedSanitizing(body)).toBe(expected);
    if (!expected) expect(unsafeHtmlFindings(body).findings).toEqual([]);
  });
  it('a kept video iframe is not reported for the attributes it is rewritten without', () => {
    const r = unsafeHtmlFindings(
      '<iframe src="https://player.vimeo.com/video/123" frameborder="0" allow="autoplay"></iframe>',
    );
    expect(r.findings).toEqual([]);
  });
});
