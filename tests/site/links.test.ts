// A garden you can walk through. Two builds (no base path and
// /garden/) of the five seeds plus a fixture vault with every link form; a crawler
// follows every href/src of every page and finds every target.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, copyVault, garden, readHtml, ROOT, writeVault, type BuildResult } from '../helpers/site.ts';
import { crawl } from '../helpers/crawl.ts';
import { writeFileSync, mkdirSync } from 'node:fs';
import { loadVault } from '../../src/vault/load-vault.ts';
import { allTagPaths, buildTagTree } from '../../src/lib/garden/tags.ts';
import { aliasSlug } from '../../src/lib/garden/slug.ts';

const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);

const FIXTURE: Record<string, string | Uint8Array> = {
  'fixture/글루 노트.md': `---
title: 글루 노트
modified: 2025-09-02
tags: [서비스/글루]
aliases: ["글루 개발 엔드포인트", "Glue 개발 노트"]
---
# 글루 노트

## 핵심 포인트

스트림은 [[stream-note]]에 있다. 레이블은 [[stream-note|스트림 설명]]이다.
제목으로 [[stream-note#설명]], 같은 노트의 [[#핵심 포인트]], 별칭으로 [[EMR]], 파일 이름으로 [[stream]].
일반 링크 [스트림](stream.md#설명)과 [씨앗](../000_ecde0a6713dd0052.md)도 된다.

![[stream-note]]

![[diagram.png]]

![다이어그램](img/diagram.png)

없는 노트는 [[없는 노트]]이고 #인라인/태그 도 있다.

\`[[코드 안]] #코드태그\`

\`\`\`
[[펜스 안]] #펜스태그
\`\`\`
`,
  'fixture/stream.md': `---
title: stream-note
modified: 2025-09-01
tags: [서비스, 서비스/스트림]
---
# 스트림 노트

## 설명

씨앗 노트 [[glue-sagemaker-vpc-integration]]와 [[글루 개발 엔드포인트]]를 본다.
`,
  'fixture/img/diagram.png': PNG,
  'obsidian/torch.Tensor.md': `# torch.Tensor

## Step 1: 만들기

텐서를 만든다. 이 문장이 블록이다. ^make-tensor

## 두  칸  제목

- 항목 하나
- 항목 둘 ^item-two

\`\`\`mermaid
graph TD
  A --> B
\`\`\`
`,
  'obsidian/embeds.md': `---
title: 포함 모음
---
점 이름 [[torch.Tensor]], [[nn.Module]], 서식 레이블 [[torch.Tensor#Step 1: 만들기|\`Tensor()\`]], [[torch.Tensor|**굵은 텐서**]],
[[2단계 인증]](2FA), 두 칸 제목 [[torch.Tensor#두 칸 제목]], 구두점 [[torch.Tensor#step 1 만들기]], 같은 노트 [[#포함 절]],
블록 [[torch.Tensor#^make-tensor|만드는 문장]].

## 포함 절

![[torch.Tensor]]

![[torch.Tensor#Step 1: 만들기]]

![[torch.Tensor#^item-two]]

![[loop]]

![[clip.mp3]]

![[clip.mp4]]

![[doc.pdf]]

![영상](media/clip.mp4)

## 맺음

끝.
`,
  'obsidian/nn.Module.md': 'nn.Module 노트 ![[embeds#^none]]\n',
  'obsidian/2단계 인증.md': '2FA 노트\n',
  'obsidian/loop.md': '루프 노트 ![[embeds]]\n',
  'obsidian/media/clip.mp3': new Uint8Array([0x49, 0x44, 0x33, 3, 0, 0, 0, 0, 0, 0]),
  'obsidian/media/clip.mp4': new Uint8Array([0, 0, 0, 0x18, 0x66, 0x74, 0x79, 0x70, 0x6d, 0x70, 0x34, 0x32]),
  'obsidian/media/doc.pdf': '%PDF-1.4\n%%EOF\n',
};

function makeVault(): string {
  const dir = copyVault('links', join(ROOT, 'content'));
  for (const [file, content] of Object.entries(FIXTURE)) {
    const p = join(dir, file);
    mkdirSync(join(p, '..'), { recursive: true });
    writeFileSync(p, content);
  }
  return dir;
}

describe('links, tags and aliases across the built garden', () => {
  let vault: string;
  let root: BuildResult;
  let based: BuildResult;

  beforeAll(() => {
    // vitest puts Vite's BASE_URL=/ into process.env; a child `astro build` would take it for the base path
    delete process.env.BASE_URL;
    vault = makeVault();
    root = buildSite('links-root', { content: vault });
    based = buildSite('links-base', { content: vault, base: '/garden/' });
  });

  it('builds with and without a base path', () => {
    expect(root.status, root.stderr + root.stdout).toBe(0);
    expect(based.status, based.stderr + based.stdout).toBe(0);
  });

  it('has no broken internal link, image or fragment (no base path)', () => {
    const r = crawl(root.out, '/');
    expect(r.pages).toBeGreaterThan(40);
    expect(r.checked).toBeGreaterThan(500);
    expect(r.broken).toEqual([]);
  });

  it('has no broken internal link, image or fragment under /garden/', () => {
    const r = crawl(based.out, '/garden/');
    expect(r.checked).toBeGreaterThan(500);
    expect(r.broken).toEqual([]);
    // every internal URL carries the base path
    const page = readHtml(based.out, 'fixture/글루-노트/');
    expect(page).toContain('href="/garden/stream-note/"');
    expect(page).toContain('src="/garden/_attachments/fixture/img/diagram.png"');
  });

  it('the crawler notices a missing target', () => {
    const page = join(root.out, 'stream-note/index.html');
    const html = readFileSync(page, 'utf8');
    writeFileSync(page, html.replace('</main>', '<a href="../nowhere/">x</a><a href="#nope">y</a></main>'));
    try {
      const r = crawl(root.out, '/');
      expect(r.broken).toEqual(['/stream-note/ → ../nowhere/', '/stream-note/ → #nope (no id "nope")']);
    } finally {
      writeFileSync(page, html);
    }
  });

  it('gives every tag level and every alias of the seeds a page', () => {
    const seeds = loadVault(join(ROOT, 'content'));
    const tags = allTagPaths(buildTagTree(seeds.notes.map((n) => ({ slug: n.slug, tags: n.tags }))));
    expect(tags.length).toBeGreaterThan(20);
    for (const out of [root.out, based.out]) {
      for (const t of tags) expect(existsSync(join(out, 'tags', t.slug, 'index.html')), `/tags/${t.slug}/`).toBe(true);
      for (const n of seeds.notes) {
        for (const a of n.aliases) {
          const page = readHtml(out, `${aliasSlug(a)}/`);
          expect(page, a).toContain('name="robots" content="noindex"');
          expect(page).toMatch(/<link rel="canonical" href="[^"]+">/);
          expect(page).toMatch(/http-equiv="refresh" content="0; url=[^"]+"/);
          expect(page).toContain(`>바로 이동: ${n.title}</a>`);
        }
      }
    }
    for (const p of [
      'tags/service/',
      'tags/service/glue/',
      'tags/service/sagemaker/',
      'glue-dev-endpoint/',
      'emr/',
      'posix-storage/',
    ]) {
      expect(existsSync(join(root.out, p, 'index.html')), p).toBe(true);
    }
  });

  it('renders every wiki-link form, embeds, attachments and inline tags', () => {
    const html = readHtml(root.out, 'fixture/글루-노트/');
    const prose = html.slice(html.indexOf('class="prose"'), html.indexOf('<footer class="note-connections"'));
    expect(prose).toContain('<a href="/stream-note/" class="internal-link" data-slug="stream-note">stream-note</a>');
    expect(prose).toContain('data-slug="stream-note">스트림 설명</a>');
    expect(prose).toContain('href="/stream-note/#%EC%84%A4%EB%AA%85"');
    expect(prose).toContain(
      'href="/fixture/%EA%B8%80%EB%A3%A8-%EB%85%B8%ED%8A%B8/#%ED%95%B5%EC%8B%AC-%ED%8F%AC%EC%9D%B8%ED%8A%B8"',
    );
    expect(prose).toContain('href="/streaming-emr-sagemaker-pipeline/" class="internal-link"'); // [[EMR]], an alias
    expect(prose).toContain('href="/glue-sagemaker-vpc-integration/" class="internal-link"'); // ordinary ../000_….md link
    expect(prose).toMatch(
      /<figure class="note-embed embed" data-embed="stream-note"><figcaption class="note-embed-label"><a href="\/stream-note\/"[^>]*>스트림 노트<\/a><\/figcaption><div class="note-embed-body"><p class="embed-heading embed-h2" role="heading" aria-level="2">설명<\/p>/,
    );
    expect(prose.match(/<img src="\/_attachments\/fixture\/img\/diagram.png"/g)?.length).toBe(2);
    expect(prose).toContain('<span class="unresolved-link" title="없는 노트: 없는 노트">없는 노트</span>');
    expect(prose).not.toMatch(/href="[^"]*%EC%97%86%EB%8A%94/); // no 404 link to 없는 노트
    expect(prose).toContain(
      '<a href="/tags/%EC%9D%B8%EB%9D%BC%EC%9D%B8/%ED%83%9C%EA%B7%B8/" class="tag inline-tag">#인라인/태그</a>',
    );
    expect(prose).toContain('<code>[[코드 안]] #코드태그</code>');
    expect(prose).toContain('[[펜스 안]] #펜스태그');
    expect(existsSync(join(root.out, '_attachments/fixture/img/diagram.png'))).toBe(true);
  });

  it('renders Obsidian links, embeds and media as Obsidian shows them', () => {
    const html = readHtml(root.out, 'obsidian/embeds/');
    const prose = html
      .slice(html.indexOf('class="prose"'), html.indexOf('<footer class="note-connections"'))
      .replace(/\n/g, '');
    expect(html).toContain('<h1 data-pagefind-meta="title">포함 모음</h1>');
    expect(prose).toContain(
      '<a href="/obsidian/torch-tensor/" class="internal-link" data-slug="obsidian/torch-tensor">torch.Tensor</a>',
    );
    expect(prose).toContain('data-slug="obsidian/nn-module">nn.Module</a>');
    expect(prose).toContain(
      '<a href="/obsidian/torch-tensor/#step-1-만들기" class="internal-link" data-slug="obsidian/torch-tensor"><code>Tensor()</code></a>'.replace(
        '만들기',
        encodeURIComponent('만들기'),
      ),
    );
    expect(prose).toContain('data-slug="obsidian/torch-tensor"><strong>굵은 텐서</strong></a>');
    expect(prose).toContain('>2단계 인증</a>(2FA)');
    expect(prose).not.toContain('href="2FA"');
    expect(prose).toContain(`href="/obsidian/torch-tensor/#${encodeURIComponent('두--칸--제목')}"`);
    expect(prose).toContain(
      '<a href="/obsidian/torch-tensor/#%5Emake-tensor" class="internal-link" data-slug="obsidian/torch-tensor">만드는 문장</a>',
    );
    expect(readHtml(root.out, 'obsidian/torch-tensor/')).toContain('id="^make-tensor"'); // the crawler checks it too
    expect(prose).toMatch(
      /<figcaption class="note-embed-label"><a href="\/obsidian\/torch-tensor\/#%5Eitem-two"[^>]*>torch\.Tensor<\/a>/,
    );
    expect(prose).not.toContain('unresolved-link');
    expect(prose).not.toContain('missing-heading');
    // three frames of torch.Tensor (whole, section, block) and the loop note, whose embed of this note is a link
    expect(prose.match(/<figure class="note-embed embed" data-embed="obsidian\/torch-tensor">/g)?.length).toBe(3);
    expect(prose).toContain('<div class="note-embed-body"><p>텐서를 만든다. 이 문장이 블록이다.</p>');
    expect(prose).toContain('<div class="note-embed-body"><ul><li>항목 둘</li></ul></div>');
    expect(prose).toMatch(
      /<figure class="note-embed embed" data-embed="obsidian\/loop">.*?루프 노트 <span class="note-embed note-embed-notice" role="note">/,
    );
    expect(prose).not.toContain('^make-tensor');
    expect(prose).toContain(
      '<audio class="embed-audio" controls preload="metadata" src="/_attachments/obsidian/media/clip.mp3">',
    );
    expect(
      prose.match(
        /<video class="embed-video" controls preload="metadata" src="\/_attachments\/obsidian\/media\/clip.mp4"/g,
      )?.length,
    ).toBe(2);
    expect(prose).toMatch(
      /<a href="\/_attachments\/obsidian\/media\/doc.pdf" class="pdf-embed attachment-link" type="application\/pdf"><span class="pdf-embed-action">PDF 열기<\/span><span class="pdf-embed-name">doc.pdf<\/span><span class="pdf-embed-size">15 B<\/span><\/a>/,
    );
    // the table of contents has the host's own heading only
    const toc = html.slice(html.indexOf('class="toc'), html.indexOf('</nav>', html.indexOf('class="toc')));
    expect(toc).toContain('포함 절');
    expect(toc).toContain('맺음');
    expect(toc).not.toContain('Step 1');
    expect(existsSync(join(root.out, '_attachments/obsidian/media/clip.mp4'))).toBe(true);
  });

  it('garden check reports a missing block as the page shows it', () => {
    const r = garden(['check', vault]);
    expect(r.stdout).toContain(
      'obsidian/nn.Module.md:1:14: warning: ![[embeds#^none]]: note "embeds" has no block "^none"; it links to the top of the note, marked "‘^none’ 제목이 없어 노트 처음으로 연결합니다"',
    );
    expect(r.stdout).not.toContain('torch.Tensor"');
  });

  it('has tag pages for Hangul, leaf+parent and inline tags, and Hangul alias URLs', () => {
    for (const p of [
      'tags/서비스/',
      'tags/서비스/글루/',
      'tags/서비스/스트림/',
      'tags/인라인/',
      'tags/인라인/태그/',
      '글루-개발-엔드포인트/',
      'glue-개발-노트/',
    ]) {
      expect(existsSync(join(root.out, p, 'index.html')), p).toBe(true);
    }
    const parent = readHtml(root.out, 'tags/서비스/');
    expect(parent).toContain('stream-note'); // a note tagged with the parent itself
    expect(parent).toContain('href="/tags/%EC%84%9C%EB%B9%84%EC%8A%A4/%EA%B8%80%EB%A3%A8/"'); // link to the subtag
    const redirect = readHtml(based.out, '글루-개발-엔드포인트/');
    expect(redirect).toContain('content="0; url=/garden/fixture/%EA%B8%80%EB%A3%A8-%EB%85%B8%ED%8A%B8/"');
    const glossary = readHtml(root.out, 'aliases/');
    expect(glossary).toContain('글루 개발 엔드포인트');
    expect(glossary).toContain('id="initial-ㄱ"');
  });

  it('shows backlinks with their sentence, related notes and a neighbourhood graph, outside the search index', () => {
    const html = readHtml(root.out, 'stream-note/');
    const footer = html.slice(html.indexOf('<footer class="note-connections"'));
    expect(footer).toContain('data-pagefind-ignore="all"');
    expect(footer).toMatch(
      /data-slug="fixture\/글루-노트">글루 노트<\/a><p class="backlink-context">스트림은 stream-note에 있다\.<\/p>/,
    );
    expect(footer).toContain('class="related"');
    expect(footer).toMatch(/<template><svg class="graph-svg"[^>]*role="group"/);
    expect(footer).toContain('class="graph-node graph-center" data-slug="stream-note" aria-current="page"');
    const seed = readHtml(root.out, 'glue-sagemaker-vpc-integration/');
    expect(seed).toContain('data-slug="stream-note">스트림 노트</a>'); // backlink into a seed
  });

  it('publishes link previews in small chunks and a capped garden graph page', () => {
    const chunks = readdirSync(join(root.out, 'graph/previews'));
    expect(chunks).toEqual(['0.json']);
    const previews = JSON.parse(readFileSync(join(root.out, 'graph/previews/0.json'), 'utf8')) as Record<
      string,
      string[]
    >;
    expect(previews['stream-note']).toEqual([
      '스트림 노트',
      '씨앗 노트 glue-sagemaker-vpc-integration와 글루 개발 엔드포인트를 본다.',
    ]);
    const graph = readHtml(root.out, 'graph/');
    expect(graph.match(/<a href="[^"]+" class="graph-node"/g)?.length).toBe(12); // every note: 5 seeds, 2 + 5 fixtures
    expect(graph).toContain('class="graph-edge graph-edge-link"');
  });

  it('garden check lists the unresolved link at file:line:col', () => {
    const r = garden(['check', vault]);
    expect(r.stdout).toContain('fixture/글루 노트.md:21:8: warning: [[없는 노트]]: no note is called "없는 노트"');
  });
});

describe('pages copied from the last build', () => {
  it('copies a page only when nothing it shows changed: a changed sentence reaches the page it links to', () => {
    delete process.env.BASE_URL;
    const dir = writeVault('pages-cache', {
      'a.md': '---\ntitle: 에이 노트\n---\n[[b]]를 본다.\n',
      'b.md': '---\ntitle: 비 노트\n---\n비 본문\n',
      'c.md': '---\ntitle: 씨 노트\n---\n씨 본문\n',
    });
    const restored = (r: BuildResult) =>
      // Astro colours its log when CI is set: the colour codes are removed before matching
      [...stripVTControlCharacters(r.stdout + r.stderr).matchAll(/\/([a-z]+)\/index\.html \(restored\)/g)]
        .map((m) => m[1])
        .sort();
    // the search index in two parts: [a, b] and [c]
    const env = { GARDEN_SEARCH_PART_NOTES: '2' };
    const first = buildSite('pages-cache', { content: dir, env });
    expect(first.status, first.stderr).toBe(0);
    expect(readHtml(first.out, 'b/')).toContain('를 본다');
    const again = buildSite('pages-cache', { content: dir, env });
    expect(again.status, again.stderr).toBe(0);
    expect(restored(again)).toEqual(['a', 'b', 'c']);
    expect(readHtml(again.out, 'b/')).toBe(readHtml(first.out, 'b/'));
    writeFileSync(join(dir, 'a.md'), '---\ntitle: 에이 노트\n---\n[[b]]를 자세히 본다.\n');
    const third = buildSite('pages-cache', { content: dir, env });
    expect(third.status, third.stderr).toBe(0);
    // the part of the search index that holds c is copied from the last build, the other made again
    expect(third.stdout + third.stderr).toMatch(
      /indexed 3 notes in 2 parts \(1 unchanged, copied from the last build\)/,
    );
    const search = (q: string) =>
      (JSON.parse(garden(['search', q, '--dist', third.out]).stdout) as Array<{ url: string }>).map((h) => h.url);
    expect(search('자세히')).toEqual(['/a/']);
    expect(search('씨')).toEqual(['/c/']);
    // a is rendered for its text, b for the sentence its backlink shows; c shows neither
    expect(restored(third)).toEqual(['c']);
    expect(readHtml(third.out, 'b/')).toContain('를 자세히 본다');
    expect(readHtml(third.out, 'c/')).toBe(readHtml(first.out, 'c/'));
  });
});

describe('the build cache and embeds', () => {
  it('editing an embedded note renders the note that embeds it again, and only those two', () => {
    delete process.env.BASE_URL;
    const files = {
      'host.md': '---\ntitle: 호스트 노트\n---\n![[B 노트]]\n',
      'B 노트.md': 'B 본문 하나\n',
      'other.md': '다른 노트\n',
    };
    const dir = writeVault('links-cache', files);
    const rendered = (r: BuildResult) =>
      /(\d+) notes published \((\d+) rendered/
        .exec(r.stdout + r.stderr)
        ?.slice(1, 3)
        .map(Number);
    const first = buildSite('links-cache', { content: dir });
    expect(first.status, first.stderr).toBe(0);
    expect(readHtml(first.out, 'host/')).toContain('B 본문 하나');
    writeFileSync(join(dir, 'B 노트.md'), 'B 본문 둘\n');
    const second = buildSite('links-cache', { content: dir });
    expect(second.status, second.stderr).toBe(0);
    expect(rendered(second)).toEqual([3, 2]);
    expect(readHtml(second.out, 'host/')).toContain('B 본문 둘');
    // the note taken from the store unchanged is still found by its text (kept beside the store)
    const found = garden(['search', '다른', '--dist', second.out]);
    expect(found.status, found.stderr).toBe(0);
    expect((JSON.parse(found.stdout) as Array<{ url: string }>).map((h) => h.url)).toContain('/other/');
    // the search records changed, so Pagefind indexed again; a build with nothing changed publishes
    // the index kept from that one, byte for byte, without running Pagefind
    const kept = /published the index kept from the last build/;
    expect(second.stdout + second.stderr).not.toMatch(kept);
    const snapshot = (out: string) =>
      Object.fromEntries(
        readdirSync(join(out, 'pagefind'), { recursive: true, withFileTypes: true })
          .filter((e) => e.isFile())
          .map((e) => [
            relative(join(out, 'pagefind'), join(e.parentPath, e.name)),
            readFileSync(join(e.parentPath, e.name)).toString('base64'),
          ]),
      );
    const before = snapshot(second.out);
    const third = buildSite('links-cache', { content: dir });
    expect(third.status, third.stderr).toBe(0);
    expect(third.stdout + third.stderr).toMatch(kept);
    expect(snapshot(third.out)).toEqual(before);
    expect(Object.keys(before).length).toBeGreaterThan(3);
  });
});
