// "Bad notes", end to end: `garden check` and the real Astro build (two builds) on one
// fixture vault with every warning case and one with every error case. The decisions are in
// README.md ("Bad notes") and at the top of src/lib/vault/assemble.ts.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, garden, readHtml, writeVault, ROOT, type BuildResult } from '../helpers/site.ts';

const LINE = /^(.+?):(\d+):(\d+): (warning|error): (.*)$/;
const NFD_NAME = '맥 노트.md'.normalize('NFD');

// "# 한국어 노트\n" in CP949 (EUC-KR), as Windows Notepad saves "ANSI" on a Korean system.
const CP949 = Buffer.from([0x23, 0x20, 0xc7, 0xd1, 0xb1, 0xb9, 0xbe, 0xee, 0x20, 0xb3, 0xeb, 0xc6, 0xae, 0x0a]);
const korean = (label: string) => `# 한국어 노트 ${label}\n\n본문입니다.\n`;
const PROSE =
  '한국어 문장이 길게 이어집니다. 큰 노트는 나눠서 쓰는 편이 좋습니다. AWS Glue 와 SageMaker 를 함께 씁니다.\n\n';

describe('a vault with every warning case: checked, built, every note published', () => {
  const vault = writeVault('bad-warnings', {
    'good.md': '---\ntitle: good\ntags: [korean]\n---\n# 좋은 노트\n\n[[한글 노트]]와 [[file with spaces]]로 간다.\n',
    'empty.md': '',
    'blank.md': '  \n\t\n',
    'binary.md': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]),
    'big.md': `# 큰 노트\n\n${PROSE.repeat(Math.ceil((5 * 1024 * 1024) / Buffer.byteLength(PROSE)))}`,
    'list.md': `# 긴 목록\n\n${Array.from({ length: 20_000 }, (_, i) => `- 항목 ${i + 1}`).join('\n')}\n`,
    'same-1.md': '---\ntitle: same-slug\n---\n# 첫째 같은 이름\n',
    'same-2.md': '---\ntitle: same-slug\n---\n# 둘째 같은 이름\n',
    'alias-1.md': '---\ntitle: alias-one\naliases: [공통 별칭]\n---\n# 별칭 하나\n',
    'alias-2.md': '---\ntitle: alias-two\naliases: [공통 별칭]\n---\n# 별칭 둘\n',
    'alias-3.md': '---\ntitle: alias-three\naliases: [good]\n---\n# 별칭 셋\n',
    'tagged.md': '---\ntitle: tagged\ntags: ["my tag", Capital, "#lead", 한국어]\n---\n# 태그 노트\n',
    'fence.md': '# 닫히지 않은 펜스\n\n본문\n\n```python\nprint("열린 채")\n',
    'clipped.md': [
      '# 웹에서 클리핑',
      '',
      '<script>alert("x")</script>',
      '<p>그림 <img src="x.png" onerror="alert(1)"></p>',
      '<a href="javascript:alert(2)" onclick="alert(3)">링크 글자</a>',
      '<iframe src="https://example.com"></iframe>',
      '',
      '본문은 남는다.',
      '',
    ].join('\n'),
    'anchor.md': '# 앵커\n\n[없는 곳](#nowhere)으로 간다.\n',
    'file with spaces.md': '# 띄어쓰기 파일\n',
    '한글 노트.md': '# 한글 파일 이름\n',
    [NFD_NAME]: '# 맥에서 쓴 노트\n',
    'Case.md': '# 대문자 파일\n',
    'case.md': '# 소문자 파일\n',
    'bom.md': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(korean('bom'))]),
    'utf16.md': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(korean('utf16'), 'utf16le')]),
    'cp949.md': CP949,
    'crlf.md': `---\r\ntitle: crlf\r\ntags: [윈도우]\r\n---\r\n${korean('crlf').replace(/\n/g, '\r\n')}`,
    'mojibake.md': readFileSync(join(ROOT, 'content/002_907fe075da9f7913.md')),
  });
  let check: ReturnType<typeof garden>;
  let json: {
    errors: number;
    warnings: number;
    stats: Record<string, number>;
    problems: Array<{ kind: string; severity: string; file: string }>;
  };
  let site: BuildResult;
  let checkMs = 0;
  beforeAll(() => {
    const t0 = performance.now();
    check = garden(['check', vault]);
    checkMs = performance.now() - t0;
    json = JSON.parse(garden(['check', vault, '--json']).stdout) as typeof json;
    site = buildSite('bad-warnings', { content: vault });
  });

  it('garden check exits 0 and prints every warning as path:line:col: warning: …', () => {
    expect(check.status, check.stderr).toBe(0);
    const out = check.stdout.trimEnd().split('\n');
    for (const l of out) expect(l, l).toMatch(LINE);
    expect(out.every((l) => LINE.exec(l)![4] === 'warning')).toBe(true);
    const expected: Array<[string, string]> = [
      [
        'binary.md:1:1',
        'expected a text note, found binary data (16 bytes, contains NUL bytes); the file is skipped, not published',
      ],
      ['empty.md:1:1', 'expected some text, found an empty file; it is published with its file name as title'],
      ['blank.md:1:1', 'expected some text, found only whitespace; it is published with its file name as title'],
      ['big.md:1:1', 'expected a note under 2 MB and 10,000 lines, found 5.0 MB in '],
      ['list.md:1:1', 'expected a note under 2 MB and 10,000 lines, found 0.3 MB in 20,002 lines'],
      [
        'same-2.md:2:1',
        'title: expected a URL of its own, found /same-slug/ already used by same-1.md; same-2.md is published at /same-slug-2/',
      ],
      ['tagged.md:3:9', 'tags: tag "my tag" is normalized to "my-tag" (spaces)'],
      ['tagged.md:3:18', 'tags: tag "Capital" is normalized to "capital" (uppercase)'],
      ['tagged.md:3:28', 'tags: tag "#lead" is normalized to "lead" (leading #)'],
      ['fence.md:5:1', 'expected a closing ``` line for the code fence opened here, found the end of the note'],
      [
        'clipped.md:3:1',
        'removed when published (HTML in notes never runs script or restyles the site): <script> and its content',
      ],
      [
        'clipped.md:4:7',
        'removed when published (HTML in notes never runs script or restyles the site): onerror="alert(1)" on <img>',
      ],
      [
        'clipped.md:5:1',
        'removed when published (HTML in notes never runs script or restyles the site): onclick="alert(3)" on <a>',
      ],
      [
        'clipped.md:5:1',
        'removed when published (HTML in notes never runs script or restyles the site): href="javascript:alert(2)" on <a>',
      ],
      [
        'clipped.md:6:1',
        'removed when published (HTML in notes never runs script or restyles the site): <iframe> from "https://example.com" (only YouTube and Vimeo videos are embedded)',
      ],
      ['case.md:1:1', 'file name differs from Case.md only in case'],
      [
        'case.md:1:1',
        'expected a URL of its own, found /case/ already used by Case.md; case.md is published at /case-2/',
      ],
      ['cp949.md:1:1', 'expected UTF-8, found CP949/EUC-KR'],
      ['mojibake.md:1:1', 'text was broken by a '],
    ];
    for (const [where, message] of expected) {
      expect(
        out.some((l) => l.startsWith(`${where}: warning: ${message}`)),
        `${where}: warning: ${message}`,
      ).toBe(true);
    }
    // Aliases (src/lib/vault/check-links.ts): each message names both files.
    const alias = (file: string) => out.filter((l) => l.startsWith(`${file}:`) && l.includes(': warning: aliases: '));
    for (const l of [...alias('alias-1.md'), ...alias('alias-2.md')]) expect(l).toMatch(/alias-1\.md.*alias-2\.md/);
    expect(alias('alias-1.md').length + alias('alias-2.md').length).toBeGreaterThanOrEqual(2);
    expect(alias('alias-3.md').some((l) => l.includes('good.md'))).toBe(true);
    // Not problems: Hangul, spaces and NFD file names, BOMs, UTF-16 with BOM, CRLF.
    for (const quiet of [
      '한글 노트.md',
      'file with spaces.md',
      '맥 노트.md',
      NFD_NAME,
      'bom.md',
      'utf16.md',
      'crlf.md',
    ]) {
      expect(
        out.filter((l) => l.startsWith(`${quiet}:`)),
        quiet,
      ).toEqual([]);
    }
    expect(check.stderr).toMatch(
      new RegExp(
        `^${json.stats.published} notes published, 1 decoded from CP949, 1 repaired, 0 drafts, 1 skipped, all rendered; 0 errors, ${out.length} warnings$`,
        'm',
      ),
    );
  });

  it('garden check renders a 5 MB note and a 20,000-item list without a blow-up', () => {
    // The whole CLI run, Node start-up and rendering every note included: about 18 s on a loaded
    // 2-core machine. Each note also has the render budget; this bound only catches super-linear work.
    expect(checkMs).toBeLessThan(120_000);
  });

  it('--json parses and agrees with the text output', () => {
    expect(json.errors).toBe(0);
    expect(json.warnings).toBe(check.stdout.trimEnd().split('\n').length);
    expect(json.stats).toMatchObject({
      files: 25,
      published: 24,
      skipped: 1,
      decoded: { CP949: 1 },
      repaired: 1,
      drafts: 0,
    });
    expect(json.problems.every((p) => p.severity === 'warning')).toBe(true);
  });

  it('the build succeeds and publishes every note but the binary file, at NFC URLs', () => {
    expect(site.status, site.stderr + site.stdout.slice(-3000)).toBe(0);
    const pages = [
      'good',
      'empty',
      'blank',
      'big',
      'list',
      'same-slug',
      'same-slug-2',
      'alias-one',
      'alias-two',
      'alias-three',
      'tagged',
      'fence',
      'clipped',
      'file-with-spaces',
      'anchor',
      '한글-노트',
      '맥-노트',
      'case',
      'case-2',
      'bom',
      'utf16',
      'cp949',
      'crlf',
      'sagemaker-notebook-aws-service-account',
    ];
    for (const p of pages) expect(existsSync(join(site.out, p, 'index.html')), p).toBe(true);
    expect(existsSync(join(site.out, 'binary/index.html'))).toBe(false);
    const dirs = readdirSync(site.out);
    expect(dirs).toContain('맥-노트'.normalize('NFC'));
    expect(dirs.filter((d) => d !== d.normalize('NFC'))).toEqual([]);
    // Links between them resolve to the NFC URL.
    expect(readHtml(site.out, '/good/')).toMatch(/href="\/(%ED%95%9C%EA%B8%80-%EB%85%B8%ED%8A%B8|한글-노트)\/"/);
  });

  it('every encoding decodes to the same Korean title', () => {
    for (const slug of ['bom', 'utf16', 'crlf']) {
      expect(readHtml(site.out, `/${slug}/`), slug).toContain(`>한국어 노트 ${slug}</h1>`);
    }
    expect(readHtml(site.out, '/cp949/')).toContain('>한국어 노트</h1>');
    expect(readHtml(site.out, '/맥-노트/')).toContain('>맥에서 쓴 노트</h1>');
  });

  it('large notes are published whole', () => {
    expect(readHtml(site.out, '/list/')).toContain('<li>항목 20000</li>');
    expect(readFileSync(join(site.out, 'big/index.html')).length).toBeGreaterThan(5 * 1024 * 1024);
  });

  it('clipped HTML is sanitized: no script, iframe, on* handler or javascript: URL; the text stays', () => {
    const html = readHtml(site.out, '/clipped/');
    // The note's own HTML only (the page around it has the site's own scripts).
    const start = html.indexOf('<div class="prose">');
    expect(start).toBeGreaterThan(0);
    const article = html.slice(start, html.indexOf('</div>', start));
    expect(article).toContain('본문은 남는다.');
    expect(article).toContain('>링크 글자</a>');
    expect(article).not.toMatch(/<script|<iframe|javascript:|\son[a-z]+\s*=/i);
  });

  it('the build ends with the report: published, repaired, skipped, warnings by kind, as check counts them', () => {
    const out = site.stdout + site.stderr;
    const m =
      /(\d+) notes published \(\d+ rendered, \d+ from cache\), 1 decoded from CP949, (\d+) repaired, (\d+) drafts, (\d+) skipped; (\d+) warnings \(([^)]*)\)/.exec(
        out,
      );
    expect(m, out.slice(-3000)).not.toBeNull();
    const [, published, repaired, , skipped, warnings, kinds] = m!;
    expect({
      published: Number(published),
      repaired: Number(repaired),
      skipped: Number(skipped),
      warnings: Number(warnings),
    }).toEqual({
      published: json.stats.published,
      repaired: 1,
      skipped: 1,
      warnings: json.warnings,
    });
    const byKind: Record<string, number> = {};
    for (const p of json.problems) byKind[p.kind] = (byKind[p.kind] ?? 0) + 1;
    expect(
      Object.fromEntries(
        kinds
          .split(', ')
          .map((k) => k.split(': '))
          .map(([k, n]) => [k, Number(n)]),
      ),
    ).toEqual(byKind);
    for (const kind of [
      'binary-file',
      'empty-note',
      'large-note',
      'slug-collision',
      'file-name-case',
      'tag-normalized',
      'unclosed-fence',
      'unsafe-html',
      'encoding',
      'mojibake-repaired',
      'alias-collision',
    ]) {
      expect(byKind[kind], kind).toBeGreaterThan(0);
    }
    // Each warning is also printed by the build, in the same format.
    expect(out).toMatch(/binary\.md:1:1: warning: expected a text note/);
  });
});

describe('a vault with every error case: listed all at once, then the build fails', () => {
  const vault = writeVault('bad-errors', {
    'good.md': '---\ntitle: good\n---\n# 좋은 노트\n',
    'empty.md': '',
    'quote.md': '---\ntitle: "oops\ntags: [a]\n---\n# 따옴표\n',
    'tab.md': '---\ntitle: tab\ntags:\n\t- a\n---\n# 탭\n',
    'unclosed.md': '---\ntitle: unclosed\n\n# 본문\n',
    'types.md': '---\ntitle: types\ntags: 42\ncreated: yesterday\naliases: {a: 1}\n---\n# 타입\n',
  });
  const ERRORS = [
    'quote.md:2:8: error: title: front matter is not valid YAML: expected a closing " for the value quoted here, found the end of the line (`"oops`) — close the quote on the same line: title: "oops"',
    'tab.md:4:1: error: front matter is not valid YAML: expected spaces for indentation, found a tab — indent YAML with spaces, never tabs',
    'types.md:3:1: error: tags: expected a list of strings or a single string, found 42 (number) — write `tags: [service/glue]` or one `- tag` per line',
    'types.md:4:1: error: created: expected a date like 2025-08-23 or 2025-08-23T10:30, found "yesterday" — write the date as YYYY-MM-DD',
    'types.md:5:1: error: aliases: expected a list of strings or a single string, found a mapping ({"a":1}) — write `aliases: ["other name"]`',
    'unclosed.md:1:1: error: front matter opened with `---` on line 1 is never closed: expected a closing `---` line, found the end of the file (line 4) — add a `---` line after the last front matter key (if the `---` is a horizontal rule, start the note with a blank line)',
  ];

  it('garden check exits 1 and lists every error (and the warnings) with file:line:col', () => {
    const r = garden(['check', vault]);
    expect(r.status).toBe(1);
    const out = r.stdout.trimEnd().split('\n');
    expect(out.filter((l) => l.includes(': error: '))).toEqual(ERRORS);
    expect(out.some((l) => l.startsWith('empty.md:1:1: warning: '))).toBe(true);
    expect(r.stderr).toContain('; 6 errors, ');
    const json = JSON.parse(garden(['check', vault, '--json']).stdout) as { errors: number };
    expect(json.errors).toBe(6);
  });

  it('the build fails listing every error at once, without a stack trace', () => {
    const r = buildSite('bad-errors', { content: vault });
    expect(r.status).not.toBe(0);
    const out = r.stdout + r.stderr;
    expect(out).toContain('the vault has 6 errors:');
    for (const e of ERRORS) expect(out, e).toContain(e);
    expect(out).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    expect(existsSync(join(r.out, 'good/index.html'))).toBe(false);
  });
});

it("the fixture's NFD file name really is NFD on disk", () => {
  expect(NFD_NAME).not.toBe(NFD_NAME.normalize('NFC'));
  expect(readdirSync(join(ROOT, 'tests/.tmp/vaults/bad-warnings'))).toContain(NFD_NAME);
});
