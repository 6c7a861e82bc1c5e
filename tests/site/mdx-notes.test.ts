// MDX notes in a real build (tests/fixtures/mdx-vault): the garden's components become their HTML,
// links go both ways between .md and .mdx notes, a broken .mdx note is reported with its file line
// and published as plain text, and nothing a note writes runs (ESM, expressions, script).
import { join } from 'node:path';
import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, garden, readHtml, ROOT, type BuildResult } from '../helpers/site.ts';

const VAULT = join(ROOT, 'tests/fixtures/mdx-vault');
const href = (slug: string) => `href="${encodeURI(`/${slug}/`)}"`;
/** The note's own text on its page (the site's header, scripts and connections left out). */
const prose = (html: string) =>
  html.slice(html.indexOf('<div class="prose">'), html.indexOf('<footer class="note-connections"'));
let site: BuildResult;
let log = '';

beforeAll(() => {
  site = buildSite('mdx-notes', { content: VAULT });
  log = site.stdout + site.stderr;
});

describe('a vault with MDX notes', () => {
  it('builds, publishing every note, the broken one included', () => {
    expect(site.status, log.slice(-3000)).toBe(0);
    expect(log).toMatch(/5 notes published/);
    for (const slug of ['mdx-컴포넌트', '일반-노트', '요청-흐름', '깨진-mdx', '안전하지-않은-mdx']) {
      expect(existsSync(join(site.out, slug, 'index.html')), slug).toBe(true);
    }
    // no .mdx file is published as an attachment
    expect(existsSync(join(site.out, '_attachments'))).toBe(false);
  });

  it('<Callout> is an Obsidian callout, <Flow> a drawn figure, <Quiz> a practice card', () => {
    const html = readHtml(site.out, '/mdx-컴포넌트/');
    expect(html).toMatch(/<div class="callout" data-callout="warning" data-callout-kind="warning">/);
    expect(html).toContain('<span class="callout-title-inner">배포 전에 확인</span>');
    expect(html).toMatch(
      /<div class="callout-content">\s*<p>캐시를 비우지 않으면 <strong>이전 버전<\/strong>이 보입니다.<\/p>/,
    );
    const figures = html.match(/<figure class="[^"]*flow[^"]*"[\s\S]*?<\/figure>/g) ?? [];
    expect(figures.length).toBe(2);
    for (const f of figures) expect(f).toContain('<svg');
    expect(figures[0]).toContain('CDN');
    expect(figures[1]).toContain('인증');
    expect(html).toMatch(/<form class="quiz-card"[^>]*data-quiz-id="[^"]+"/);
    expect(html).toContain('정적 사이트의 HTML을 사용자 가까이에서 내주는 것은?');
    expect(html).toMatch(/<details><summary>더 보기<\/summary>/);
  });

  it('links resolve from .md to .mdx (wiki link and file link) and from .mdx to .md; backlinks and tags too', () => {
    const md = readHtml(site.out, '/일반-노트/');
    // the wiki link and the file link `[…](MDX%20컴포넌트.mdx)` both lead to the MDX note
    expect(prose(md).split(`${href('mdx-컴포넌트')} class="internal-link"`).length - 1).toBe(2);
    expect(prose(md)).not.toContain('unresolved-link');
    const mdx = readHtml(site.out, '/mdx-컴포넌트/');
    expect(prose(mdx)).toContain(`${href('요청-흐름')} class="internal-link"`);
    expect(prose(mdx)).not.toContain('unresolved-link');
    // backlinks: the MDX note lists the Markdown note linking to it, the Markdown note the MDX one
    const backlinks = (html: string) =>
      html.slice(
        html.indexOf('<section class="backlinks"'),
        html.indexOf('</section>', html.indexOf('<section class="backlinks"')),
      );
    expect(backlinks(mdx)).toContain(href('일반-노트'));
    expect(backlinks(readHtml(site.out, '/요청-흐름/'))).toContain(href('mdx-컴포넌트'));
    expect(existsSync(join(site.out, 'tags', '인라인태그', 'index.html'))).toBe(true);
  });

  it('search finds the MDX note by the text inside its callout', () => {
    const r = garden(['search', '이전 버전', '--dist', site.out]);
    expect(r.status, r.stderr).toBe(0);
    expect((JSON.parse(r.stdout) as Array<{ url: string }>)[0]?.url).toBe(encodeURI('/mdx-컴포넌트/'));
  });

  it('the <Quiz> question is in the /quiz/ index', () => {
    const index = readHtml(site.out, '/quiz/index.json');
    expect(index).toContain('정적 사이트의 HTML을 사용자 가까이에서 내주는 것은?');
  });

  it('a broken MDX note: reported once with its file line, published as plain text with the notice', () => {
    const lines = log.split('\n').filter((l) => l.includes('깨진 MDX.mdx'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /깨진 MDX\.mdx:8:1: warning: expected MDX \(Markdown with JSX tags\), found a syntax error: Expected a closing tag for `<Callout>`; the note is published as plain text/,
    );
    const html = readHtml(site.out, '/깨진-mdx/');
    expect(html).toContain('render-fallback-notice');
    expect(html).toContain('닫는 태그가 없습니다.');
  });

  it('nothing a note writes runs: ESM left out, expressions as text, script and handlers removed', () => {
    const html = readHtml(site.out, '/안전하지-않은-mdx/');
    const main = prose(html);
    expect(main).not.toMatch(/<script|onclick|javascript:|readFileSync|passwd/i);
    expect(main).toContain('{secret}');
    expect(main).toContain('안쪽 글은 남습니다');
    // a note's own <pre> is sanitized, not held as the garden's highlighted code
    expect(main).toContain('코드가 아닌 글');
  });

  it('garden check lists the same problems with file:line:col and exits 0 (warnings only)', () => {
    const r = garden(['check', VAULT]);
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^깨진 MDX\.mdx:8:1: warning: expected MDX/m);
    expect(r.stdout).toMatch(/^안전하지 않은 MDX\.mdx:6:1: warning: expected Markdown, found an `import` statement/m);
    expect(r.stdout).toMatch(/^안전하지 않은 MDX\.mdx:10:4: warning: expected text, found the expression \{secret\}/m);
    expect(r.stdout).toMatch(
      /^안전하지 않은 MDX\.mdx:12:1: warning: removed when published \(HTML in notes never runs script or restyles the site\): <script>/m,
    );
    expect(r.stdout).toMatch(/^안전하지 않은 MDX\.mdx:16:1: warning: expected one of the garden's components/m);
    expect(r.stdout).not.toMatch(/^MDX 컴포넌트\.mdx/m);
    expect(r.stdout).toMatch(
      /^안전하지 않은 MDX\.mdx:18:6: warning: expected no event handler, found `onClick`; it is left out/m,
    );
    expect(r.stdout).toMatch(
      /^안전하지 않은 MDX\.mdx:18:33: warning: removed when published \(HTML in notes never runs script or restyles the site\): <script>/m,
    );
    expect(r.stdout).not.toContain('data-garden-note-html');
  });
});
