import { describe, expect, it } from 'vitest';
import { assembleVault } from '../../src/lib/vault/assemble.ts';
import { vaultLinkIndex } from '../../src/lib/vault/check-links.ts';
import { renderedProblems } from '../../src/lib/vault/check-rendered.ts';
import { renderNote } from '../../src/markdown/render-note.ts';
import type { VaultFile } from '../../src/lib/notes/note.ts';

const file = (path: string, text: string): VaultFile => ({
  file: path,
  bytes: new TextEncoder().encode(text),
  mtime: new Date('2025-09-02T00:00:00Z'),
  birthtime: new Date('2025-09-01T00:00:00Z'),
});

/** Assembles the vault with unsafe HTML left to the render, renders every note, reports as the build does. */
async function buildWarnings(files: VaultFile[]) {
  const vault = assembleVault(files, { htmlAfterRender: true });
  const { index } = vaultLinkIndex(vault.notes, vault.attachments);
  const bySlug = new Map(vault.notes.map((n) => [n.slug, n]));
  const out = [];
  for (const note of vault.notes) {
    const r = await renderNote(note.body, {
      slug: note.slug,
      file: note.file,
      bodyStartLine: note.bodyStartLine,
      base: '/',
      links: index,
      tags: note.tags,
      noteSource: (s) => bySlug.get(s),
    });
    out.push({
      note: note.file,
      html: r.html,
      facts: r.facts,
      problems: renderedProblems(note, r.facts, { htmlAfterRender: true }),
    });
  }
  return { vault, out };
}

describe('unsafe HTML reported from the render, not from a second parse', () => {
  it('reports what the page sanitizer removed at the file line, as the parse of the check did', async () => {
    const body = '---\ntitle: 클리핑\n---\n# 클리핑\n\n문단\n\n<img src=x onerror="alert(1)">\n\n<script>x</script>\n';
    const { vault, out } = await buildWarnings([file('clip.md', body)]);
    // the assembled vault holds no unsafe-html problem: it is left to the render
    expect(vault.problems.filter((p) => p.kind === 'unsafe-html')).toEqual([]);
    expect(out[0].facts.unsafeHtml?.length).toBe(2);
    expect(out[0].problems.map((p) => [p.kind, p.line, p.column, p.message])).toEqual([
      [
        'unsafe-html',
        8,
        1,
        'removed when published (HTML in notes never runs script or restyles the site): onerror="alert(1)" on <img>',
      ],
      [
        'unsafe-html',
        10,
        1,
        'removed when published (HTML in notes never runs script or restyles the site): <script> and its content',
      ],
    ]);
    // the same list as the check's own parse of the note
    const parsed = assembleVault([file('clip.md', body)]).problems.filter((p) => p.kind === 'unsafe-html');
    expect(out[0].problems).toEqual(parsed);
  });

  it('parses the note itself when a practice card moved its lines, and still finds the right line', async () => {
    const quiz = ['## 연습 문제', '', '**문제:** 무엇?', '', '- A) 하나', '- B) 둘', '', '**정답: B)**', ''];
    const body = ['# 노트', '', ...quiz, '## 기타', '', '<b onclick="x()">굵게</b>', ''].join('\n');
    const { out } = await buildWarnings([file('q.md', body)]);
    expect(out[0].facts.unsafeHtml).toBeUndefined();
    expect(out[0].problems.map((p) => [p.kind, p.line])).toEqual([['unsafe-html', 14]]);
  });

  it('does not report an embedded note’s HTML on the note that embeds it (the embedded note reports it)', async () => {
    const { out } = await buildWarnings([
      file('host.md', '# 호스트\n\n<b>굵게</b> 쓴 문단\n\n![[clip]]\n'),
      file('clip.md', '# clip\n\n<img src=x onerror="alert(1)">\n'),
    ]);
    const host = out.find((o) => o.note === 'host.md')!;
    const clip = out.find((o) => o.note === 'clip.md')!;
    expect(host.problems).toEqual([]);
    expect(clip.problems.map((p) => [p.file, p.line])).toEqual([['clip.md', 3]]);
  });
});

describe('pictures written as HTML', () => {
  it('load from the published attachment, and a path to no file is reported where the note writes it', async () => {
    const body =
      '# 그림\n\n<img src="../images/pic.png" alt="있음">\n\n문단\n\n<img src="../images/nope.png" alt="없음">\n';
    const png = new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10]);
    const { out } = await buildWarnings([file('notes/a.md', body), { ...file('images/pic.png', ''), bytes: png }]);
    const a = out.find((o) => o.note === 'notes/a.md')!;
    expect(a.html).toContain('<img src="/_attachments/images/pic.png" alt="있음">');
    expect(a.html).toContain('<img src="../images/nope.png" alt="없음">');
    expect(a.facts.missingHtmlMedia).toEqual([{ src: '../images/nope.png', line: 7, column: 1 }]);
    expect(a.problems.map((p) => [p.kind, p.line, p.column])).toEqual([['unresolved-link', 7, 1]]);
  });

  it('are placed at their element, repeat by repeat, when a practice card moved the lines', async () => {
    const quiz = ['## 연습 문제', '', '**문제:** 무엇?', '', '- A) 하나', '- B) 둘', '', '**정답: B)**', ''];
    const body = [
      '# 노트',
      '',
      ...quiz,
      '## 그림',
      '',
      '`<img src="gone.png">` 는 코드',
      '',
      '앞 <img src="gone.png"> 뒤',
      '',
      '<video src="gone.png"></video>',
      '',
    ].join('\n');
    const { out } = await buildWarnings([file('q.md', body)]);
    expect(out[0].facts.missingHtmlMedia).toEqual([{ src: 'gone.png' }, { src: 'gone.png' }]);
    expect(out[0].problems.map((p) => [p.kind, p.line, p.column])).toEqual([
      ['unresolved-link', 16, 3],
      ['unresolved-link', 18, 1],
    ]);
  });

  it('are listed one by one up to the cap, the rest counted in one line at the first of them', async () => {
    const body = Array.from({ length: 25 }, (_, i) => `<img src="gone-${i}.png">\n`).join('\n');
    const { out } = await buildWarnings([file('many.md', body)]);
    const problems = out[0].problems;
    expect(problems).toHaveLength(21);
    expect([problems[20].line, problems[20].message]).toEqual([
      41,
      '5 more pictures or players written as HTML from here on name no file of the vault',
    ]);
  });
});

describe('the HTML a note writes itself', () => {
  it('is reported even inside a div that borrows the embed frame’s class', async () => {
    const body = '# 노트\n\n<div class="note-embed-body"><img src=x onerror="alert(1)"></div>\n';
    const { out } = await buildWarnings([file('fake.md', body)]);
    expect(out[0].html).not.toContain('onerror');
    expect(out[0].problems.map((p) => [p.kind, p.line])).toEqual([['unsafe-html', 3]]);
  });
});
