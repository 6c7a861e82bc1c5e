// GARDEN_LOCALE=en: a fixture vault of English notes, one Korean note and one recovered from
// mojibake, built in English. The site's own text (menus, labels, notices, the 404, search, quiz,
// tag, alias and graph pages, redirects) has no Hangul; only the notes' content may. Korean search
// normalization still works on the Korean note.
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, garden, listFiles, readHtml, writeVault, ROOT, type BuildResult } from '../helpers/site.ts';
import { koreanInitial } from '../../src/lib/garden/collate.ts';

const HANGUL = /[\u1100-\u11ff\u3131-\u318e\uac00-\ud7a3]/;

/** Tags and aliases the fixture gives its notes (content, shown on list pages). */
const KOREAN_TAGS = ['한국어'];
const KOREAN_ALIASES = ['한글 별칭'];

describe('an English site (GARDEN_LOCALE=en) from a vault with Korean notes', () => {
  const vault = writeVault('locale-en', {
    'guide.md': [
      '---',
      'title: Getting started',
      'tags: [guide, setup]',
      'aliases: [Start here]',
      '---',
      '# Getting started',
      '',
      'Read [[한국어 노트]] next, or [[Missing page]], or [[#No such heading]].[^1]',
      '',
      '## First steps',
      '',
      '> [!tip]',
      '> Keep notes short.',
      '',
      '- [?] an open question',
      '- [x] done',
      '',
      '```',
      'Collect --> Clean --> Store',
      '```',
      '',
      '[^1]: A footnote.',
      '',
    ].join('\n'),
    'later.md': '---\ntitle: Later\ntags: [guide]\n---\n# Later\n\nSee [[guide]].\n',
    '한국어 노트.md': [
      '---',
      `tags: [${KOREAN_TAGS.join(', ')}]`,
      `aliases: [${KOREAN_ALIASES.join(', ')}]`,
      '---',
      '# 한국어 노트',
      '',
      '한국어 본문입니다. 쿠버네티스 파드를 정리합니다.',
      '',
      '## 둘째 절',
      '',
      '검색은 한국어 조사를 떼고 찾습니다.',
      '',
    ].join('\n'),
    'mojibake.md': readFileSync(join(ROOT, 'content/002_907fe075da9f7913.md')),
  });
  let site: BuildResult;
  let pages: string[];
  beforeAll(() => {
    site = buildSite('locale-en', { content: vault, env: { GARDEN_LOCALE: 'en' } });
    pages = site.status === 0 ? listFiles(site.out).filter((f) => f.endsWith('.html')) : [];
  });

  it('builds', () => {
    expect(site.status, site.stderr + site.stdout).toBe(0);
  });

  it('writes English into <html lang>, og:locale, the RSS feed and the search index', () => {
    const home = readHtml(site.out, '/');
    expect(home).toMatch(/<html lang="en"/);
    expect(home).toContain('<meta property="og:locale" content="en_US"');
    expect(readFileSync(join(site.out, 'rss.xml'), 'utf8')).toContain('<language>en-us</language>');
    const entry = JSON.parse(readFileSync(join(site.out, 'pagefind/pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, unknown>;
    };
    expect(Object.keys(entry.languages)).toEqual(['en']);
  });

  it('marks the title and text of a Korean note as Korean, and of no English note', () => {
    for (const path of ['/한국어-노트/', '/sagemaker-notebook-aws-service-account/']) {
      const html = readHtml(site.out, path);
      expect(html, path).toMatch(/<h1 lang="ko"[^>]*>/);
      expect(html, path).toMatch(/<div class="prose" lang="ko"/);
      // the labels around them are the site's English
      expect(html, path).not.toMatch(/<article[^>]* lang=/);
    }
    const guide = readHtml(site.out, '/guide/');
    expect(guide).toMatch(/<div class="prose">/);
    expect(guide).not.toMatch(/<h1 lang=/);
  });

  it('shows the UI, dates and notices in English', () => {
    const guide = readHtml(site.out, '/guide/');
    expect(guide).toContain('Reading time');
    expect(guide).toMatch(/<time datetime="\d{4}-\d{2}-\d{2}"[^>]*>[A-Z][a-z]+ \d{1,2}, \d{4}</);
    expect(guide).toMatch(/id="user-content-footnote-label"[^>]*>Footnotes</);
    expect(guide).toContain('Link to section &#x22;First steps&#x22;');
    expect(guide).toContain('Missing note: Missing page');
    expect(guide).toMatch(/class="callout-title-inner">Tip</);
    expect(readHtml(site.out, '/sagemaker-notebook-aws-service-account/')).toContain(
      'This note was recovered from broken encoding',
    );
    expect(readHtml(site.out, '/404.html')).toContain('Page not found');
  });

  it('has no Hangul outside the notes’ content on any page', () => {
    expect(pages.length).toBeGreaterThan(8);
    // Content: each note's title (its <h1>), tags and aliases, and their first letters (the alias index's groups).
    const notePages = pages
      .map((f) => ({
        f,
        h1: /<h1(?: lang="ko")? data-pagefind-meta="title">([^<]*)<\/h1>/.exec(readFileSync(f, 'utf8'))?.[1],
      }))
      .filter((p) => p.h1);
    const titles = notePages.map((p) => p.h1!);
    expect(titles).toContain('한국어 노트');
    // A note's slug comes from its file name or title: content too (`data-slug="한국어-노트"`).
    const slugs = notePages.map((p) => relative(site.out, p.f).replace(/\/index\.html$/, ''));
    const content = [...titles, ...slugs, ...KOREAN_TAGS, ...KOREAN_ALIASES]
      .filter((s) => HANGUL.test(s))
      .sort((a, b) => b.length - a.length);
    const initials = content.map(koreanInitial);
    let koreanNoteBodies = 0;
    for (const file of pages) {
      let html = readFileSync(file, 'utf8');
      const body = /<div class="prose"[^>]*>[\s\S]*?<footer class="note-connections"/.exec(html);
      if (body && HANGUL.test(body[0])) koreanNoteBodies++;
      html = html
        .replace(/<div class="prose"[^>]*>[\s\S]*?<footer class="note-connections"/, '')
        .replace(/<nav class="toc"[\s\S]*?<\/nav>/, '')
        .replace(/<title>[^<]*<\/title>/, '')
        .replace(/<meta (?:name="description"|property="og:(?:title|description)") content="[^"]*"[^>]*>/g, '');
      // (the graphs shorten a long title: `SageMaker 노트북 인스턴스 - AW…`)
      for (const s of content) {
        html = html.split(s).join('');
        for (let k = s.length - 1; k >= 4; k--) html = html.split(`${s.slice(0, k)}…`).join('');
      }
      for (const i of initials) html = html.split(`initial-${i}"`).join('"').split(`>${i}<`).join('><');
      const hit = HANGUL.exec(html);
      expect(
        hit ? html.slice(Math.max(0, hit.index - 120), hit.index + 40) : null,
        relative(site.out, file),
      ).toBeNull();
    }
    // The Korean and the recovered note were scanned and exempted as content, not skipped.
    expect(koreanNoteBodies).toBeGreaterThanOrEqual(2);
  });

  it('bundles the English strings for browser scripts, and not the Korean ones', () => {
    const js = listFiles(join(site.out, '_astro'))
      .filter((f) => f.endsWith('.js'))
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    for (const english of ['Check answer', 'Search notes', 'How well did you remember?']) expect(js).toContain(english);
    for (const korean of ['정답 확인', '노트 검색', '얼마나 잘 기억했나요?']) expect(js).not.toContain(korean);
  });

  it('still searches Korean text with Korean normalization (particles, initials)', () => {
    const search = (q: string) => {
      const r = garden(['search', q, '--dist', site.out], { GARDEN_LOCALE: 'en' });
      expect(r.status, r.stderr).toBe(0);
      return (JSON.parse(r.stdout) as Array<{ url: string }>).map((x) => decodeURIComponent(x.url));
    };
    expect(search('쿠버네티스를')[0]).toMatch(/한국어-노트/);
    expect(search('ㅋㅂㄴㅌㅅ')[0]).toMatch(/한국어-노트/);
    expect(search('한글 별칭')[0]).toMatch(/한국어-노트/);
    expect(search('started')[0]).toMatch(/\/guide\//);
  });
});
