// "Bad notes": every case through assembleVault (and checkLinks for aliases), with the
// exact line `garden check` and the build print for it. The decisions are documented at the top of
// src/lib/vault/assemble.ts and in README.md ("Bad notes").
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { conversionSummary, type VaultFile } from '../../src/lib/notes/note.ts';
import { formatProblem, sortProblems, type Problem } from '../../src/lib/report/problem.ts';
import { assembleVault } from '../../src/lib/vault/assemble.ts';
import { checkLinks } from '../../src/lib/vault/check-links.ts';
import { readVault } from '../../src/vault/read-vault.ts';

const file = (name: string, content: string | Uint8Array): VaultFile => ({
  file: name,
  bytes: typeof content === 'string' ? Buffer.from(content, 'utf8') : content,
  mtime: new Date('2025-09-02T00:00:00Z'),
  birthtime: new Date('2025-09-01T00:00:00Z'),
});

const lines = (problems: Problem[], name: string) =>
  sortProblems(problems.filter((p) => p.file === name)).map(formatProblem);
const GOOD = file('good.md', '---\ntitle: good\ntags: [korean]\n---\n# 좋은 노트\n\n본문.\n');

describe('front matter errors: listed all at once, file:line:col, field, expected, found, hint', () => {
  const r = assembleVault([
    GOOD,
    file('quote.md', '---\ntitle: "oops\ntags: [a]\n---\n# 따옴표\n'),
    file('tab.md', '---\ntitle: tab\ntags:\n\t- a\n---\n# 탭\n'),
    file('unclosed.md', '---\ntitle: x\n\n# 본문\n'),
    file('types.md', '---\ntitle: types\ntags: 42\ncreated: yesterday\naliases: {a: 1}\n---\n# 타입\n'),
    file('flow.md', '---\ntags: [a, b\ncreated: 2025-01-01\n---\n# 목록\n'),
  ]);

  it('an unclosed quote is reported where the quote opens, not where YAML gives up', () => {
    expect(lines(r.problems, 'quote.md')).toEqual([
      'quote.md:2:8: error: title: front matter is not valid YAML: expected a closing " for the value quoted here, found the end of the line (`"oops`) — close the quote on the same line: title: "oops"',
    ]);
  });

  it('tab indentation is reported at the tab', () => {
    expect(lines(r.problems, 'tab.md')).toEqual([
      'tab.md:4:1: error: front matter is not valid YAML: expected spaces for indentation, found a tab — indent YAML with spaces, never tabs',
    ]);
  });

  it('an opening --- that is never closed', () => {
    expect(lines(r.problems, 'unclosed.md')).toEqual([
      'unclosed.md:1:1: error: front matter opened with `---` on line 1 is never closed: expected a closing `---` line, found the end of the file (line 4) — add a `---` line after the last front matter key (if the `---` is a horizontal rule, start the note with a blank line)',
    ]);
  });

  it('wrong types: every bad field of a note, each on its own line', () => {
    expect(lines(r.problems, 'types.md')).toEqual([
      'types.md:3:1: error: tags: expected a list of strings or a single string, found 42 (number) — write `tags: [service/glue]` or one `- tag` per line',
      'types.md:4:1: error: created: expected a date like 2025-08-23 or 2025-08-23T10:30, found "yesterday" — write the date as YYYY-MM-DD',
      'types.md:5:1: error: aliases: expected a list of strings or a single string, found a mapping ({"a":1}) — write `aliases: ["other name"]`',
    ]);
  });

  it('an unclosed [ list is reported where it opens', () => {
    expect(lines(r.problems, 'flow.md')).toEqual([
      'flow.md:2:7: error: tags: front matter is not valid YAML: expected a closing ] for the list opened here, found `[a, b` never closed — close it on the same line: tags: [a, b]',
    ]);
  });

  it('these are the only problems, all errors, and the good note is untouched', () => {
    expect(r.problems.every((p) => p.severity === 'error')).toBe(true);
    expect(r.problems).toHaveLength(7);
    expect(lines(r.problems, 'good.md')).toEqual([]);
    expect(r.notes.find((n) => n.file === 'good.md')).toMatchObject({
      slug: 'good',
      title: '좋은 노트',
      tags: ['korean'],
    });
  });
});

describe('other YAML mistakes get a located, specific message', () => {
  const one = (yaml: string) => lines(assembleVault([file('n.md', `---\n${yaml}\n---\n# n\n`)]).problems, 'n.md');
  it('a second ": " in a value, text after a closing quote, a duplicate key, an indented key', () => {
    expect(one('title: AWS: Glue')).toEqual([
      'n.md:2:11: error: title: front matter is not valid YAML: expected one `key: value` per line, found `title: AWS: Glue` (a second `: ` in the value) — quote a value that contains `: `, e.g. `title: "a: b"`',
    ]);
    expect(one('description: "Glue" 노트')).toEqual([
      'n.md:2:21: error: description: front matter is not valid YAML: expected the value to end with its closing ", found more text after it (`노트`) — quote the whole value: description: "Glue 노트"',
    ]);
    expect(one('title: a\ntitle: b')).toEqual([
      'n.md:3:1: error: title: front matter is not valid YAML: expected each key once, found `title: b` a second time — remove or rename one of the two keys',
    ]);
    expect(one('title: a\n  tags: [x]')).toEqual([
      'n.md:3:3: error: front matter is not valid YAML: expected `tags:` at the start of the line, found it indented by 2 spaces under a key that already has a value — remove the indentation, or leave the key above without a value to nest under it',
    ]);
  });
});

describe('warnings: the note is published (binary files are skipped and counted), the problem reported', () => {
  const big = `# 큰 노트\n\n${'한국어 문장이 길게 이어집니다. AWS Glue 와 SageMaker 를 함께 씁니다.\n\n'.repeat(60_000)}`;
  const list = `# 목록\n\n${Array.from({ length: 20_000 }, (_, i) => `- 항목 ${i + 1}`).join('\n')}\n`;
  const r = assembleVault([
    GOOD,
    file('empty.md', ''),
    file('blank.md', '  \n\t\n  '),
    file('only-fm.md', '---\ntitle: only-fm\n---\n'),
    file(
      'binary.md',
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]),
    ),
    file('big.md', big),
    file('list.md', list),
    file('same-1.md', '---\ntitle: same-slug\n---\n# 첫째\n'),
    file('same-2.md', '---\ntitle: same-slug\n---\n# 둘째\n'),
    file('Case.md', '# 대문자 파일\n'),
    file('case.md', '# 소문자 파일\n'),
    file('tagged.md', '---\ntags: ["my tag", Capital, "#lead", 한국어]\n---\n# 태그\n'),
    file('tag-block.md', '---\ntags:\n  - AWS/Glue\n  - 2024\n---\n# 태그 목록\n'),
    file('fence.md', '# 펜스\n\n본문\n\n```python\nprint(1)\n'),
    file(
      'clipped.md',
      '# 클리핑\n\n<script>alert(1)</script>\n<p>글 <img src="x.png" onerror="alert(2)"></p>\n<a href="javascript:alert(3)">링크</a>\n<iframe src="https://example.com"></iframe>\n\n`<script>` 와\n\n```html\n<script>code</script>\n```\n',
    ),
  ]);

  it('empty and whitespace-only files, and front matter with no body', () => {
    expect([
      ...lines(r.problems, 'empty.md'),
      ...lines(r.problems, 'blank.md'),
      ...lines(r.problems, 'only-fm.md'),
    ]).toEqual([
      'empty.md:1:1: warning: expected some text, found an empty file; it is published with its file name as title — write something or delete the file',
      'blank.md:1:1: warning: expected some text, found only whitespace; it is published with its file name as title — write something or delete the file',
      'only-fm.md:4:1: warning: expected text after the front matter, found none; the page shows only the title — write something below the closing `---`',
    ]);
    expect(r.notes.find((n) => n.file === 'empty.md')?.title).toBe('empty');
    expect(r.notes.find((n) => n.file === 'blank.md')?.title).toBe('blank');
  });

  it('a binary file named .md is skipped and counted, never silently', () => {
    expect(lines(r.problems, 'binary.md')).toEqual([
      'binary.md:1:1: warning: expected a text note, found binary data (16 bytes, contains NUL bytes); the file is skipped, not published — rename it without the .md extension to publish it as an attachment',
    ]);
    expect(r.notes.some((n) => n.file === 'binary.md')).toBe(false);
    expect(r.stats.skipped).toBe(1);
  });

  it('a 5 MB note and a 20,000-item list are published with a warning', () => {
    const mb = (Buffer.byteLength(big) / 1048576).toFixed(1);
    expect(Number(mb)).toBeGreaterThanOrEqual(5);
    expect(lines(r.problems, 'big.md')).toEqual([
      `big.md:1:1: warning: expected a note under 2 MB and 10,000 lines, found ${mb} MB in 120,002 lines; it is published, but its page is slow to build and to open — split it into several notes linked with [[wiki links]]`,
    ]);
    expect(lines(r.problems, 'list.md')).toEqual([
      'list.md:1:1: warning: expected a note under 2 MB and 10,000 lines, found 0.3 MB in 20,002 lines; it is published, but its page is slow to build and to open — split it into several notes linked with [[wiki links]]',
    ]);
    expect(r.notes.find((n) => n.file === 'list.md')?.body.endsWith('- 항목 20000\n')).toBe(true);
  });

  it('two notes with one slug: both published, the later gets -2, the message names both files', () => {
    expect(lines(r.problems, 'same-2.md')).toEqual([
      'same-2.md:2:1: warning: title: expected a URL of its own, found /same-slug/ already used by same-1.md; same-2.md is published at /same-slug-2/ — give same-1.md or same-2.md another front matter title (or file name)',
    ]);
    expect(
      r.notes
        .filter((n) => n.file.startsWith('same-'))
        .map((n) => n.slug)
        .sort(),
    ).toEqual(['same-slug', 'same-slug-2']);
  });

  it('two file names that differ only in case: both published, both files named', () => {
    expect(lines(r.problems, 'case.md')).toEqual([
      'case.md:1:1: warning: file name differs from Case.md only in case: both are published, but the two files clash when the vault is copied to macOS or Windows — rename case.md or Case.md',
      'case.md:1:1: warning: expected a URL of its own, found /case/ already used by Case.md; case.md is published at /case-2/ — give Case.md or case.md another front matter title (or file name)',
    ]);
    expect(lines(r.problems, 'Case.md')).toEqual([]);
  });

  it('tags with spaces, capitals, a leading # are normalized and reported at the tag; Hangul stays', () => {
    expect(lines(r.problems, 'tagged.md')).toEqual([
      'tagged.md:2:9: warning: tags: tag "my tag" is normalized to "my-tag" (spaces) — write tags in lowercase, with `-` for spaces and no leading `#` in front matter',
      'tagged.md:2:18: warning: tags: tag "Capital" is normalized to "capital" (uppercase) — write tags in lowercase, with `-` for spaces and no leading `#` in front matter',
      'tagged.md:2:28: warning: tags: tag "#lead" is normalized to "lead" (leading #) — write tags in lowercase, with `-` for spaces and no leading `#` in front matter',
    ]);
    expect(r.notes.find((n) => n.file === 'tagged.md')?.tags).toEqual(['my-tag', 'Capital', 'lead', '한국어']);
    expect(lines(r.problems, 'tag-block.md')).toEqual([
      'tag-block.md:3:5: warning: tags: tag "AWS/Glue" is normalized to "aws/glue" (uppercase) — write tags in lowercase, with `-` for spaces and no leading `#` in front matter',
      'tag-block.md:4:5: warning: tags: expected a tag with a letter, found "2024"; it is ignored — tags need at least one letter, e.g. `#aws` or `#2024-회고`',
    ]);
  });

  it('an unclosed code fence is reported at its opening line', () => {
    expect(lines(r.problems, 'fence.md')).toEqual([
      'fence.md:5:1: warning: expected a closing ``` line for the code fence opened here, found the end of the note: everything after it is shown as code — add a ``` line where the code ends',
    ]);
  });

  it('raw HTML that cannot run on the site is reported where it is; HTML inside code is not', () => {
    const hint = ' — write it in Markdown, or put the HTML in a ``` code block to show it as code';
    expect(lines(r.problems, 'clipped.md')).toEqual([
      `clipped.md:3:1: warning: removed when published (HTML in notes never runs script or restyles the site): <script> and its content${hint}`,
      `clipped.md:4:6: warning: removed when published (HTML in notes never runs script or restyles the site): onerror="alert(2)" on <img>${hint}`,
      `clipped.md:5:1: warning: removed when published (HTML in notes never runs script or restyles the site): href="javascript:alert(3)" on <a>${hint}`,
      `clipped.md:6:1: warning: removed when published (HTML in notes never runs script or restyles the site): <iframe> from "https://example.com" (only YouTube and Vimeo videos are embedded)${hint}`,
    ]);
  });

  it('a clipped page full of handlers gets 20 lines and one summary, not thousands', () => {
    const page = assembleVault([file('page.md', `# 페이지\n\n${'<a href="#" onclick="track()">x</a>\n'.repeat(500)}`)]);
    const html = page.problems.filter((p) => p.kind === 'unsafe-html');
    expect(html).toHaveLength(21);
    expect(formatProblem(html[20])).toBe(
      'page.md:23:1: warning: 480 more unsafe HTML elements or attributes from here on are removed when published — this looks like a clipped web page: keep its text, drop its HTML',
    );
  });

  it('every note but the binary file is published; every problem is a warning with line and column', () => {
    expect(r.notes).toHaveLength(14);
    expect(r.stats).toMatchObject({ files: 15, published: 14, skipped: 1, drafts: 0 });
    expect(r.problems.every((p) => p.severity === 'warning' && p.line! >= 1 && p.column! >= 1)).toBe(true);
    expect(lines(r.problems, 'good.md')).toEqual([]);
  });
});

describe('aliases (vault-wide, src/lib/vault/check-links.ts): each message names both files', () => {
  const r = assembleVault([
    file('alias-1.md', '---\ntitle: alias-one\naliases: [공통 별칭]\n---\n# 하나\n'),
    file('alias-2.md', '---\ntitle: alias-two\naliases: [공통 별칭]\n---\n# 둘\n'),
    file('alias-3.md', '---\ntitle: alias-three\naliases: [alias-one]\n---\n# 셋\n'),
  ]);
  const problems = checkLinks(r.notes, r.attachments).filter((p) => p.kind === 'alias-collision');

  it('the same alias on two notes', () => {
    const same = problems.filter((p) => p.message.includes('공통'));
    expect(same.map((p) => p.file).sort()).toEqual(['alias-1.md', 'alias-2.md']);
    for (const p of same) expect(p.message).toMatch(/alias-1\.md[\s\S]*alias-2\.md/);
  });

  it("an alias equal to another note's slug", () => {
    const slug = problems.filter((p) => p.message.includes('/alias-one/'));
    expect(slug.length).toBeGreaterThan(0);
    for (const p of slug) expect(p.message).toMatch(/alias-1\.md[\s\S]*alias-3\.md|alias-3\.md[\s\S]*alias-1\.md/);
  });
});

describe('decoding: bytes to NFC text with LF, whatever the encoding; guesses are reported', () => {
  const text = '# 한국어 노트\n\n본문\n';
  const utf16 = (s: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')]);
  // "# 한국어 노트\n\n본문 없음\n" in CP949 (EUC-KR): Windows Notepad's "ANSI" on a Korean system.
  const cp949 = Buffer.from([0x23, 0x20, 0xc7, 0xd1, 0xb1, 0xb9, 0xbe, 0xee, 0x20, 0xb3, 0xeb, 0xc6, 0xae, 0x0a]);
  const r = assembleVault([
    file('utf8.md', text),
    file('bom.md', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`---\ntitle: bom\n---\n${text}`)])),
    file('utf16.md', utf16(text)),
    file('crlf.md', `---\r\ntitle: crlf\r\ntags: [윈도우]\r\n---\r\n${text.replace(/\n/g, '\r\n')}`),
    file('nfd.md', text.normalize('NFD')),
    file('cp949.md', cp949),
    file('no-fm.md', text),
    file('empty-fm.md', `---\n---\n${text}`),
  ]);

  it('every note reads as the same Korean text', () => {
    for (const n of r.notes) expect(n.title, n.file).toBe('한국어 노트');
    expect(r.notes.find((n) => n.file === 'crlf.md')).toMatchObject({
      slug: 'crlf',
      tags: ['윈도우'],
      bodyStartLine: 5,
    });
    expect(r.notes.find((n) => n.file === 'bom.md')?.slug).toBe('bom');
    expect(r.notes.find((n) => n.file === 'nfd.md')?.body).toBe(text);
  });

  it('only the CP949 guess is a warning; BOMs, UTF-16 with BOM, CRLF, NFD and missing or empty front matter are not problems', () => {
    expect(sortProblems(r.problems).map(formatProblem)).toEqual([
      'cp949.md:1:1: warning: expected UTF-8, found CP949/EUC-KR (not valid UTF-8; decoded as CP949/EUC-KR); the decoded text is published — save the file as UTF-8',
    ]);
  });

  it('counts the guessed decoding apart from repairs: UTF-16 with a BOM is not a guess', () => {
    expect(r.stats).toMatchObject({ decoded: { CP949: 1 }, repaired: 0 });
    expect(conversionSummary(r.stats)).toBe('1 decoded from CP949, 0 repaired');
  });
});

describe('conversionSummary', () => {
  it('names each encoding and counts repairs apart', () => {
    expect(conversionSummary({ decoded: {}, repaired: 0 })).toBe('0 decoded, 0 repaired');
    expect(conversionSummary({ decoded: { CP949: 1 }, repaired: 1 })).toBe('1 decoded from CP949, 1 repaired');
    expect(conversionSummary({ decoded: { 'UTF-16LE': 1, CP949: 2 }, repaired: 3 })).toBe(
      '3 decoded (2 from CP949, 1 from UTF-16LE), 3 repaired',
    );
  });
});

describe('readVault: file names are NFC; names differing only in case or normalization are both read', () => {
  const dir = mkdtempSync(join(tmpdir(), 'garden-names-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  mkdirSync(join(dir, '폴더'.normalize('NFD')));
  writeFileSync(join(dir, '폴더'.normalize('NFD'), '맥 노트.md'.normalize('NFD')), '# 맥에서 쓴 노트\n');
  writeFileSync(join(dir, 'Note.md'), '# 대문자\n');
  writeFileSync(join(dir, 'note.md'), '# 소문자\n');
  writeFileSync(join(dir, '같은 이름.md'), '# NFC\n');
  writeFileSync(join(dir, '같은 이름.md'.normalize('NFD')), '# NFD\n');
  writeFileSync(join(dir, 'with spaces.md'), '# 띄어쓰기\n');
  const files = readVault(dir);
  const r = assembleVault(files);

  it('gives NFD Hangul paths as NFC, and keeps every file', () => {
    expect(files.map((f) => f.file)).toContain('폴더/맥 노트.md');
    expect(files.map((f) => f.file).filter((f) => f.normalize('NFC') === '같은 이름.md')).toHaveLength(2);
    expect(r.notes.map((n) => n.slug).sort()).toEqual([
      'note',
      'note-2',
      'with-spaces',
      '같은-이름',
      '같은-이름-2',
      '폴더/맥-노트',
    ]);
    // The NFC file keeps the plain URL; the NFD copy gets -2.
    expect(r.notes.find((n) => n.slug === '같은-이름')?.file).toBe('같은 이름.md');
    for (const n of r.notes) expect(n.slug, n.file).toBe(n.slug.normalize('NFC'));
  });

  it('reports the case pair and the NFC/NFD pair, naming both files', () => {
    const names = r.problems.filter((p) => p.kind === 'file-name-case').map(formatProblem);
    expect(names).toEqual([
      'note.md:1:1: warning: file name differs from Note.md only in case: both are published, but the two files clash when the vault is copied to macOS or Windows — rename note.md or Note.md',
      `${'같은 이름.md'.normalize('NFD')}:1:1: warning: file name is 같은 이름.md written in NFD (decomposed Hangul, as macOS writes names) and 같은 이름.md also exists in NFC: both are published, but the two files are one on macOS — keep one of the two files (this one is the NFD copy)`,
    ]);
  });
});

describe('speed: big notes do not make the check slow', () => {
  it('assembles and link-checks a 5 MB note, a 20,000-item list and a 1 MB line of `<` without super-linear blow-up', () => {
    // About 1.7 s unloaded; a quadratic step on 5 MB would take hours, so the bound only catches that.
    const big = `# 큰 노트\n\n${'## 소제목\n\nAWS Glue 는 **SageMaker** 와 `코드`, [[list]], #태그 를 씁니다. <b>굵게</b>\n\n'.repeat(52_000)}`;
    const list = `# 목록\n\n${Array.from({ length: 20_000 }, (_, i) => `- 항목 ${i} [[big]] <i onclick="x">`).join('\n')}\n`;
    const lt = `---\ntitle: lt\n---\n# 꺾쇠\n\n${'a <b '.repeat(200_000)}\n`;
    const t0 = performance.now();
    const r = assembleVault([file('big.md', big), file('list.md', list), file('lt.md', lt)]);
    checkLinks(r.notes, r.attachments);
    const ms = performance.now() - t0;
    expect(Buffer.byteLength(big)).toBeGreaterThan(5 * 1024 * 1024);
    expect(r.notes).toHaveLength(3);
    expect(ms).toBeLessThan(30_000);
  });
});
