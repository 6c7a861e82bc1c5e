import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite, garden, readHtml, writeVault, ROOT, type BuildResult } from '../helpers/site.ts';

const SEED_TITLES: Record<string, string> = {
  'glue-sagemaker-vpc-integration': 'VPC 환경에서 AWS Glue와 SageMaker 통합을 위한 Development Endpoint 활용',
  'aws-glue-개발-엔드포인트가-sagemaker-노트북과-함께-작동하는-방식-aws-glue':
    'AWS Glue 개발 엔드포인트가 SageMaker 노트북과 함께 작동하는 방식 - AWS Glue',
  'streaming-emr-sagemaker-pipeline': '실시간 스트리밍 데이터를 위한 EMR + SageMaker ML 파이프라인',
  'sagemaker-preprocessing-distributed-storage': 'SageMaker Processing을 위한 분산 데이터 전처리 스토리지 솔루션',
};

describe('the seed vault builds into a Korean-first site', () => {
  let site: BuildResult;
  beforeAll(() => {
    site = buildSite('seeds');
  });

  it('builds without error', () => {
    expect(site.status, site.stderr + site.stdout).toBe(0);
  });

  it('gives every note a page whose <h1> and <title> are its Korean title', () => {
    for (const [slug, title] of Object.entries(SEED_TITLES)) {
      const html = readHtml(site.out, `/${slug}/`);
      expect(html).toMatch(new RegExp(`<h1[^>]*>${title.replace(/[+.()]/g, '\\$&')}</h1>`));
      expect(html).toContain(`<title>${title.replace(/&/g, '&amp;')} · `);
      expect(html).toContain('<html lang="ko"');
    }
    // The note named by a machine id is published under its title; its file-name URL redirects there.
    const old = readHtml(site.out, '/001-89b60256bcfde2a5/');
    expect(old).toContain('http-equiv="refresh" content="0; url=/aws-glue-%EA%B0%9C%EB%B0%9C-');
    expect(old).toContain('noindex');
    // The mojibake note still has a page.
    expect(existsSync(join(site.out, 'sagemaker-notebook-aws-service-account/index.html'))).toBe(true);
  });

  it('shows dates in Korean, reading time, tags as links, aliases and a table of contents', () => {
    const html = readHtml(site.out, '/glue-sagemaker-vpc-integration/');
    expect(html).toContain('2025년 8월 23일');
    expect(html).toMatch(/\d+분/);
    expect(html).toMatch(/<a class="tag" href="\/tags\/service\/glue\/"[^>]*>service\/glue<\/a>/);
    expect(html).toContain('glue-dev-endpoint');
    expect(html).toMatch(/<nav class="toc"[\s\S]*href="#[^"]+"/);
    expect(html).toMatch(/<h2 id="[^"]+">[\s\S]*?<a class="heading-anchor"/);
  });

  it('has a home page listing notes newest first, the tag tree with counts and a search box', () => {
    const html = readHtml(site.out, '/');
    const order = [
      'sagemaker-notebook-aws-service-account',
      'glue-sagemaker-vpc-integration',
      'streaming-emr-sagemaker-pipeline',
      'sagemaker-preprocessing-distributed-storage',
    ].map((s) => html.indexOf(`href="/${s}/"`));
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(html).toMatch(/href="\/tags\/service\/"[^>]*>service<\/a>\s*<span class="count"[^>]*>4<\/span>/);
    expect(html).toContain('data-search-open');
  });

  it('publishes a 404 page, sitemap and an RSS feed with Korean titles', () => {
    expect(readHtml(site.out, '/404.html')).toContain('페이지를 찾을 수 없습니다');
    expect(readFileSync(join(site.out, 'sitemap-index.xml'), 'utf8')).toContain('sitemap-0.xml');
    const rss = readFileSync(join(site.out, 'rss.xml'), 'utf8');
    expect(rss).toContain('<title>실시간 스트리밍 데이터를 위한 EMR + SageMaker ML 파이프라인</title>');
    expect(rss).toMatch(/<pubDate>\w{3}, \d{2} \w{3} 2025/);
    expect(rss).toContain('<language>ko-kr</language>');
  });

  it('indexes note pages with Pagefind', () => {
    expect(existsSync(join(site.out, 'pagefind/pagefind.js'))).toBe(true);
    const r = garden(['search', '노트북을', '--dist', site.out]);
    expect(r.status, r.stderr).toBe(0);
    const hits = JSON.parse(r.stdout) as Array<{ url: string }>;
    expect(hits.map((h) => h.url)).toContain('/glue-sagemaker-vpc-integration/');
  });
});

describe('a vault with invalid front matter', () => {
  const vault = writeVault('invalid', {
    'good.md': '---\ntitle: good\n---\n# 좋은 노트\n',
    'broken.md': '---\ntitle: broken\ntags: 42\ncreated: yesterday\n---\n# 깨진 노트\n',
  });

  it('fails the build listing both problems by file and line, without a stack trace', () => {
    const r = buildSite('invalid', { content: vault });
    expect(r.status).not.toBe(0);
    const out = r.stdout + r.stderr;
    expect(out).toContain(
      'broken.md:3:1: error: tags: expected a list of strings or a single string, found 42 (number)',
    );
    expect(out).toContain('broken.md:4:1: error: created: expected a date like 2025-08-23');
    expect(out).not.toMatch(/^\s+at .+\(.+:\d+:\d+\)$/m);
  });

  it('fails `garden check` with the same two problems and exit code 1', () => {
    const r = garden(['check', vault]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('broken.md:3:1: error: tags:');
    expect(r.stdout).toContain('broken.md:4:1: error: created:');
    const json = JSON.parse(garden(['check', vault, '--json']).stdout) as { errors: number };
    expect(json.errors).toBe(2);
  });
});

describe('Markdown is rendered fully and safely', () => {
  const vault = writeVault('markdown', {
    'features.md': [
      '---',
      'title: features',
      'created: 2025-01-02',
      'modified: 2025-01-03',
      'tags: [테스트]',
      '---',
      '# 기능 모음 🎉',
      '',
      '## 🎯 표와 목록',
      '',
      '| 서비스 | 용도 |',
      '| --- | --- |',
      '| S3 | 객체 스토리지 |',
      '',
      '- [x] 끝난 일',
      '- [ ] 남은 일',
      '',
      '각주가 있는 문장[^1].',
      '',
      '[^1]: 각주 내용',
      '',
      '```python',
      'def f(x: int) -> int:',
      '    return x',
      '```',
      '',
      '<script>alert("x")</script>',
      '<a href="javascript:alert(1)" onclick="alert(2)">링크</a>',
      '<iframe src="https://example.com"></iframe>',
      '',
      '**Amazon EFS (Elastic File System)**는 굵게 닫힌다.',
    ].join('\n'),
    'clip.md': '클리핑 첫 줄 제목\n\n머리말 없는 노트 본문.\n',
    'draft.md': '---\ndraft: true\n---\n# 초안\n',
  });
  let site: BuildResult;
  beforeAll(() => {
    site = buildSite('markdown', { content: vault });
  });

  it('renders tables, task lists, footnotes, emoji headings and highlighted code in both themes', () => {
    expect(site.status, site.stderr).toBe(0);
    const html = readHtml(site.out, '/features/');
    expect(html).toContain('<table>');
    expect(html).toMatch(/<input[^>]*type="checkbox"[^>]*checked/);
    expect(html).toMatch(/<section[^>]*class="footnotes"/);
    expect(html).toMatch(/<h2 id="-표와-목록">🎯 표와 목록/);
    expect(html).toMatch(/--shiki-light:#[0-9A-Fa-f]{6};--shiki-dark:#[0-9A-Fa-f]{6}/);
    expect(html).toContain('<strong>Amazon EFS (Elastic File System)</strong>는');
  });

  it('never lets a note run script', () => {
    const html = readHtml(site.out, '/features/');
    const prose = html.slice(html.indexOf('<div class="prose">'), html.indexOf('</article>'));
    const noteText = prose.slice(0, prose.search(/<(aside|section|footer)[^>]*class="note-connections/) >>> 0);
    expect(noteText).toContain('>링크</a>');
    expect(noteText).not.toMatch(/<script|<iframe|javascript:|onclick=/i);
  });

  it('publishes a note without front matter and keeps drafts out', () => {
    // no front matter, no leading `#` heading: titled by its file name, as in Obsidian
    expect(readHtml(site.out, '/clip/')).toContain('<h1 data-pagefind-meta="title">clip</h1>');
    expect(existsSync(join(site.out, 'draft/index.html'))).toBe(false);
  });
});

describe('GARDEN_BASE publishes under a base path', () => {
  it('prefixes every internal link and asset with the base', () => {
    const r = buildSite('base', { base: '/garden/' });
    expect(r.status, r.stderr).toBe(0);
    const html = readHtml(r.out, '/');
    const hrefs = [...html.matchAll(/(?:href|src)="(\/[^"]*)"/g)].map((m) => m[1]);
    expect(hrefs.length).toBeGreaterThan(10);
    for (const h of hrefs) expect(h.startsWith('/garden/'), h).toBe(true);
    expect(html).toContain('data-base="/garden/"');
  });
});

it('the project root is where the tests think it is', () => {
  expect(existsSync(join(ROOT, 'astro.config.mjs'))).toBe(true);
});
