// Obsidian Flavored Markdown end to end: a fixture vault with every feature the renderer handles
// (comments, callouts, math, highlights, block ids, task states, Excalidraw drawings), built by
// the real Astro build (Pagefind included), checked in the built pages, the previews JSON, the
// RSS feed and the Pagefind index itself.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, garden, listFiles, readHtml, writeVault, type BuildResult } from '../helpers/site.ts';
import { OBSIDIAN_VAULT, SECRETS } from '../fixtures/obsidian-vault.ts';

describe('Obsidian syntax: built pages, previews, RSS and the search index', () => {
  const vault = writeVault('obsidian-syntax', OBSIDIAN_VAULT);
  let site: BuildResult;
  let page: string;
  let check: ReturnType<typeof garden>;
  beforeAll(() => {
    site = buildSite('obsidian-syntax', { content: vault });
    check = garden(['check', vault]);
    page = site.status === 0 ? readHtml(site.out, '/오브시디언-문법/') : '';
  });

  const article = () => page.slice(page.indexOf('<article'), page.indexOf('</article>'));
  const visibleText = (html: string) => html.replace(/<annotation[\s\S]*?<\/annotation>/g, '').replace(/<[^>]+>/g, ' ');

  it('builds; the drawing without an export is skipped and reported, never silently', () => {
    expect(site.status, site.stderr + site.stdout).toBe(0);
    const all = site.stdout + site.stderr;
    expect(all).toMatch(
      /drawings\/잃어버린 그림\.excalidraw\.md:1:1: warning: expected an exported image of this Excalidraw drawing/,
    );
    expect(all).toMatch(/\d+ notes published .*1 skipped; \d+ warnings \(.*excalidraw: 1/);
    expect(check.stdout).toContain('drawings/잃어버린 그림.excalidraw.md:1:1: warning: expected an exported image');
  });

  it('callouts: types, fold markers, custom and default titles, nesting, unknown types', () => {
    const a = article();
    expect(a).toContain(
      '<div class="callout" data-callout="note" data-callout-kind="note"><div class="callout-title"><span class="callout-icon" aria-hidden="true"></span><span class="callout-title-inner">노트</span></div>',
    );
    expect(a).toMatch(
      /<details class="callout callout-foldable" data-callout="faq" data-callout-kind="question" data-callout-fold="-"><summary class="callout-title">[\s\S]*?접히는 <strong>질문<\/strong> 제목/,
    );
    expect(a).toMatch(
      /<details class="callout callout-foldable" data-callout="todo" data-callout-kind="todo" data-callout-fold="\+" open><summary/,
    );
    expect(a).toMatch(
      /data-callout="warning" data-callout-kind="warning"[\s\S]*?대문자 종류[\s\S]*?<p>주석 뒤에도 콜아웃이 이어진다.<\/p>/,
    );
    expect(a).toContain('data-callout="recipe" data-callout-kind="note"');
    expect(a).not.toMatch(/\[!(note|faq|todo|warning|recipe)\]/i);
    expect(a).not.toContain('<blockquote');
  });

  it('math is MathML (no KaTeX stylesheet or script), prices stay prose, a TeX error shows its source', () => {
    const a = article();
    expect(a).toMatch(
      /<span class="katex math math-inline" data-pagefind-ignore=""><math xmlns="http:\/\/www.w3.org\/1998\/Math\/MathML">/,
    );
    expect(a.match(/<div class="katex math math-display"/g)).toHaveLength(2);
    expect(a).toContain('가격 $5 and $10 은 다르다.');
    expect(a).toMatch(/class="katex-error math math-inline"[^>]*>\\frac\{1</);
    expect(page).not.toMatch(/katex(\.min)?\.css|katex(\.min)?\.js|KaTeX_/);
    for (const f of listFiles(site.out).filter((f) => f.endsWith('.css')))
      expect(readFileSync(f, 'utf8')).not.toContain('KaTeX_');
  });

  it('highlights, block ids and task states', () => {
    const a = article();
    expect(a).toContain('<mark class="highlight">강조</mark>는 여기.');
    expect(a).toContain('<code>코드 안의 ==표시==</code>');
    expect(a).toMatch(/<p id="\^intro-id">첫 문단에는/);
    expect(a).toMatch(/<li id="\^list-id">목록 항목<\/li>/);
    expect(a).toMatch(/<table id="\^table-id">/);
    expect(visibleText(a)).not.toMatch(/\^(intro-id|list-id|table-id)/);
    expect(a).toContain(
      '<li class="task-list-item task-question" data-task="?"><span class="task-state task-question" role="img" aria-label="질문" title="질문">?</span> 물어볼 일</li>',
    );
    expect(a).toContain('data-task="-"');
    expect(a).toContain('data-task="/"');
    expect(a).toMatch(/data-task="x"><input type="checkbox" checked disabled>/);
  });

  it('an Excalidraw drawing is published as its exported image, not as its data', () => {
    const html = readHtml(site.out, '/drawings/설계도-excalidraw/');
    expect(html).toMatch(/<h1[^>]*>설계도<\/h1>/);
    expect(html).toMatch(
      /<img[^>]+src="[^"]*%EC%84%A4%EA%B3%84%EB%8F%84\.excalidraw\.svg"|<img[^>]+src="[^"]*설계도\.excalidraw\.svg"/,
    );
    expect(html).not.toMatch(/compressed-json|N4KAkARALgn|Switch to EXCALIDRAW|그림속글자/);
    expect(listFiles(site.out).some((f) => f.includes('잃어버린'))).toBe(false);
  });

  it('no comment text and no %% anywhere in the built site: pages, previews JSON, RSS, search index', () => {
    const texts = listFiles(site.out).filter((f) => /\.(html|json|xml|txt)$/.test(f));
    expect(texts.some((f) => /previews\/\d+\.json$/.test(f))).toBe(true);
    for (const f of texts) {
      const s = readFileSync(f, 'utf8');
      for (const secret of SECRETS) expect(s, `${f}: ${secret}`).not.toContain(secret);
      expect(s.includes('%%'), f).toBe(false);
      if (f.includes('previews')) expect(s, f).not.toMatch(/\^intro-id|\[!note\]|\[\?\]/);
    }
    // The Pagefind fragments (gzip) are what search shows: no comment, no TeX annotation, no block id.
    const fragments = listFiles(site.out).filter((f) => f.endsWith('.pf_fragment'));
    expect(fragments.length).toBeGreaterThan(0);
    // (Pagefind lists elements with an id as anchors, `"id":"^intro-id"`: a link target, not text.)
    const indexed = fragments
      .map((f) =>
        gunzipSync(readFileSync(f))
          .toString('utf8')
          .replace(/"id":"[^"]*"/g, ''),
      )
      .join('\n');
    expect(indexed).toContain('첫 문단에는 보이는 글과');
    for (const secret of SECRETS) expect(indexed).not.toContain(secret);
    expect(indexed).not.toMatch(/%%|\\frac|x_i|\^intro-id|annotation/);
  });
});
