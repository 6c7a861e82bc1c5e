// MDX notes: the JSX → Markdown lowering (src/lib/mdx/lower.ts), its positions, the check
// (src/lib/vault/check-mdx.ts through assembleVault) and the page (renderNote).
import { describe, expect, it } from 'vitest';
import type { Root } from 'mdast';
import { lowerMdx } from '../../src/lib/mdx/lower.ts';
import { parseMdx } from '../../src/lib/mdx/parse.ts';
import { renderNote } from '../../src/markdown/render-note.ts';
import { assembleVault } from '../../src/lib/vault/assemble.ts';
import { formatProblem, sortProblems } from '../../src/lib/report/problem.ts';
import type { VaultFile } from '../../src/lib/notes/note.ts';
import { isMdxNote, isNoteFile } from '../../src/lib/notes/note-file.ts';
import { renderQuizCard } from '../../src/lib/quiz/card.ts';
import { questionId } from '../../src/lib/quiz/quiz-id.ts';
import { parseQuiz } from '../../src/lib/quiz/parse-quiz.ts';
import { listAttachments } from '../../src/integrations/attachments.ts';
import { noteQuizSections } from '../../src/lib/mdx/quizzes.ts';
import { mdxFlowDiagrams } from '../../src/lib/mdx/flows.ts';
import { vaultLinkIndex } from '../../src/lib/vault/check-links.ts';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const lowered = (text: string) => {
  const parsed = parseMdx(text);
  if (!parsed.ok) throw new Error(`does not parse: ${parsed.error.reason}`);
  const findings = lowerMdx(parsed.tree, parsed.text);
  return { tree: parsed.tree, findings };
};
const types = (tree: Root) => tree.children.map((c) => c.type);
const render = async (body: string, file = 'n.mdx') =>
  renderNote(body, { slug: 'n', file, base: '/', bodyStartLine: 1 });
const vf = (name: string, content: string): VaultFile => ({
  file: name,
  bytes: new TextEncoder().encode(content),
  mtime: new Date(0),
  birthtime: new Date(0),
});

const QUIZ = [
  '**Question:** 서울의 지하철 노선 중 가장 먼저 개통한 것은?',
  '',
  '- A) 1호선',
  '- B) 2호선',
  '- C) 3호선',
  '',
  '**정답: A**',
].join('\n');

describe('which files are notes', () => {
  it('.md, .markdown and .mdx are notes (any case); other files are attachments', () => {
    for (const f of ['a.md', 'b/c.MDX', 'd.markdown', 'e.Md']) expect(isNoteFile(f)).toBe(true);
    for (const f of ['a.mdxx', 'b.png', 'c.md.txt', 'mdx']) expect(isNoteFile(f)).toBe(false);
    expect(isMdxNote('x/y.mdx')).toBe(true);
    expect(isMdxNote('x/y.md')).toBe(false);
  });

  it('the attachment publisher does not publish an .mdx note as a file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mdx-att-'));
    writeFileSync(join(dir, 'a.mdx'), '# A\n');
    writeFileSync(join(dir, 'b.png'), '');
    expect(listAttachments(dir)).toEqual(['b.png']);
  });
});

describe('JSX → Markdown nodes', () => {
  it('<Callout> becomes a blockquote whose first line is the Obsidian callout head', () => {
    const { tree, findings } = lowered(
      '<Callout type="warning" title="조심" fold="closed">\n본문 **굵게**\n</Callout>\n',
    );
    expect(findings).toEqual([]);
    const q = tree.children[0];
    expect(q.type).toBe('blockquote');
    const [head, body] = (q as { children: Root['children'] }).children;
    expect(head).toMatchObject({ type: 'paragraph', children: [{ type: 'text', value: '[!warning]- 조심' }] });
    expect(body.type).toBe('paragraph');
  });

  it('<Flow> becomes a flow code block, from a prop, a literal template or its children as written', () => {
    for (const src of [
      '<Flow diagram="A --> B --> C" />\n',
      '<Flow diagram={`A --> B --> C`} />\n',
      '<Flow>\nA --> B --> C\n</Flow>\n',
      '<Flow>\n```\nA --> B --> C\n```\n</Flow>\n',
    ]) {
      const { tree, findings } = lowered(src);
      expect(findings, src).toEqual([]);
      expect(tree.children[0], src).toMatchObject({ type: 'code', lang: 'flow', value: 'A --> B --> C' });
    }
  });

  it('<Quiz> becomes the node the hook gives for the parsed question', () => {
    const parsed = parseMdx(`<Quiz>\n${QUIZ}\n</Quiz>\n`);
    if (!parsed.ok) throw new Error('parse');
    const seen: string[] = [];
    const findings = lowerMdx(parsed.tree, parsed.text, {
      quiz: (q) => (seen.push(q.question), { type: 'html', value: 'CARD' }),
    });
    expect(findings).toEqual([]);
    expect(seen).toEqual(['서울의 지하철 노선 중 가장 먼저 개통한 것은?']);
    expect(parsed.tree.children).toMatchObject([{ type: 'html', value: 'CARD' }]);
  });

  it('lowercase elements become hast elements with their attributes (for the sanitizer to check)', () => {
    const { tree } = lowered('<div class="box" data-x="1">\n*안쪽*\n</div>\n\n문단 <kbd>Ctrl</kbd> 끝\n');
    expect(tree.children[0]).toMatchObject({
      type: 'gardenHtmlBlock',
      data: { hName: 'div', hProperties: { className: ['box'], dataX: '1' } },
    });
    const para = tree.children[1] as { children: Array<{ type: string; data?: { hName?: string } }> };
    expect(para.children.map((c) => c.data?.hName ?? c.type)).toEqual(['text', 'kbd', 'text']);
  });

  it('import/export are left out, expressions shown as text, comments dropped; each reported where it is', () => {
    const { tree, findings } = lowered(
      'import X from "y"\n\n첫 {1 + 1} 둘\n\n{/* 주석 */}\n\n<Foo bar="1">\n안쪽\n</Foo>\n',
    );
    expect(types(tree)).toEqual(['paragraph', 'paragraph']);
    expect(JSON.stringify(tree.children[0])).toContain('{1 + 1}');
    expect(findings.map((f) => `${f.line}:${f.column} ${f.kind}`)).toEqual([
      '1:1 mdx-unsupported',
      '3:3 mdx-unsupported',
      '7:1 mdx-component',
    ]);
    expect(findings[2].message).toContain('<Foo>');
  });

  it('attribute values must be literal: an expression is left out and reported at the attribute', () => {
    const { tree, findings } = lowered(
      '<Callout type={kind} title="t">\nx\n</Callout>\n\n<a href="#x" {...rest} onClick={() => go()}>y</a>\n',
    );
    expect(findings.map((f) => `${f.line}:${f.column}`)).toEqual(['1:10', '5:14', '5:24']);
    expect(
      (tree.children[0] as { children: Array<{ children: Array<{ value: string }> }> }).children[0].children[0].value,
    ).toBe('[!note] t');
  });

  it('a component inside a paragraph is reported and its content kept', () => {
    const { findings } = lowered('앞 <Callout>안</Callout> 뒤\n');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ line: 1, column: 3, kind: 'mdx-component' });
  });

  it('a <Flow> that is no diagram and a <Quiz> that is no question are reported, shown as text', () => {
    const { findings, tree } = lowered(
      '<Flow>\n그냥 문장입니다\n</Flow>\n\n<Quiz>\n질문만 있고 보기가 없음\n</Quiz>\n',
    );
    expect(findings.map((f) => `${f.line} ${f.kind}`)).toEqual(['1 mdx-component', '6 mdx-component']);
    expect(types(tree)).toEqual(['code', 'paragraph']);
  });
});

describe('syntax errors: line and column of the note as written', () => {
  it('an unclosed tag is reported at the tag', () => {
    const p = parseMdx('첫 줄\n\n<Callout>\n본문\n');
    expect(p.ok).toBe(false);
    if (!p.ok) expect(p.error).toMatchObject({ line: 3, column: 1 });
  });

  it('a column after an escaped `$` is the column as written', () => {
    // `$5` is no math for Obsidian: it is escaped before parsing (one more character)
    const p = parseMdx('가격 $5 그리고 <Foo a=>\n');
    expect(p.ok).toBe(false);
    if (!p.ok) expect(p.error).toMatchObject({ line: 1, column: '가격 $5 그리고 <Foo a='.length + 1 });
  });
});

describe('garden check on MDX notes (assembleVault)', () => {
  const r = assembleVault([
    vf('good.md', '# 좋은 노트\n\n[[mdx 노트]]로 가는 링크.\n'),
    vf(
      'mdx 노트.mdx',
      '---\ntitle: MDX 노트\ntags: [mdx]\n---\n# MDX 노트\n\n<Callout type="tip">\n팁 #인라인\n</Callout>\n\n<script>alert(1)</script>\n',
    ),
    vf('broken.mdx', '---\ntitle: 깨진 노트\n---\n본문\n\n<Callout>\n닫히지 않음\n'),
  ]);

  it('an .mdx file is a note, with the same title, tags and summary rules', () => {
    const n = r.notes.find((x) => x.file === 'mdx 노트.mdx')!;
    expect(n).toBeDefined();
    expect(n.title).toBe('MDX 노트');
    expect(n.tags).toEqual(['mdx', '인라인']);
    expect(n.summary).toBe('팁 #인라인');
    expect(r.attachments).toEqual([]);
  });

  it('a broken note is reported with file:line:col and still published; the others are not affected', () => {
    const lines = sortProblems(r.problems).map(formatProblem);
    expect(lines.filter((l) => l.startsWith('broken.mdx'))).toEqual([
      expect.stringMatching(
        /^broken\.mdx:6:1: warning: expected MDX \(Markdown with JSX tags\), found a syntax error: Expected a closing tag for `<Callout>`; the note is published as plain text — /,
      ),
    ]);
    expect(r.notes.map((n) => n.file).sort()).toEqual(['broken.mdx', 'good.md', 'mdx 노트.mdx']);
  });

  it('HTML the sanitizer removes from an MDX note is reported at its line (file lines, front matter included)', () => {
    const lines = r.problems.filter((p) => p.file === 'mdx 노트.mdx').map(formatProblem);
    expect(lines).toEqual([
      expect.stringMatching(
        /^mdx 노트\.mdx:11:1: warning: removed when published \(HTML in notes never runs script or restyles the site\): <script>/,
      ),
    ]);
  });
});

describe('the page of an MDX note (renderNote)', () => {
  it('<Callout> is drawn as an Obsidian callout', async () => {
    const { html } = await render('<Callout type="warning" title="조심하세요">\n내용 **굵게**\n</Callout>\n');
    expect(html).toContain('<div class="callout" data-callout="warning" data-callout-kind="warning">');
    expect(html).toContain('<span class="callout-title-inner">조심하세요</span>');
    expect(html).toMatch(/<div class="callout-content">\s*<p>내용 <strong>굵게<\/strong><\/p>/);
  });

  it('<Flow> is drawn by the same converter as a flow fence', async () => {
    const fence = (await render('```\nA --> B --> C\n```\n', 'n.md')).html;
    const mdx = (await render('<Flow diagram="A --> B --> C" />\n')).html;
    expect(mdx).toContain('<svg');
    const shape = (h: string) => h.replace(/data-garden-hold="[^"]*"/g, '').replace(/id="[^"]*"/g, '');
    expect(shape(mdx)).toBe(shape(fence));
  });

  it('<Quiz> is the same card as the Markdown question section', async () => {
    const { html } = await render(`<Quiz>\n${QUIZ}\n</Quiz>\n`);
    const quiz = parseQuiz(QUIZ).quiz!;
    const id = questionId(quiz);
    expect(html).toContain(`id="${id}"`);
    const card = renderQuizCard(quiz, { id, htmlId: id });
    expect(html).toContain(card.slice(0, 80));
    const md = (await render(`## 연습 문제\n\n${QUIZ}\n`, 'n.md')).html;
    expect(html).toContain(md.slice(md.indexOf('<form'), md.indexOf('<form') + 200));
  });

  it('a Markdown question section in an MDX note is a card too; both share one quiz id count', async () => {
    const { html } = await render(`## 연습 문제\n\n${QUIZ}\n\n## 또\n\n<Quiz>\n${QUIZ}\n</Quiz>\n`);
    const id = questionId(parseQuiz(QUIZ).quiz!);
    expect(html).toContain(`<form class="quiz-card" id="${id}" data-quiz-id="${id}"`);
    expect(html).toContain(`<form class="quiz-card" id="${id}-2" data-quiz-id="${id}"`);
  });

  it('no script runs: <script>, on* handlers and javascript: URLs are removed by the note sanitizer', async () => {
    const { html } = await render(
      '<script>alert(1)</script>\n\n<a href="javascript:alert(1)" onclick="alert(2)">x</a>\n\n<img src="x" onerror="alert(3)" />\n',
    );
    expect(html).not.toMatch(/<script|onclick|onerror|javascript:/i);
  });

  it("a note's own <pre> is sanitized like any note HTML, never held as the garden's code", async () => {
    const { html } = await render(
      '<pre onclick="alert(1)" style="color:red"><b>굵게</b><script>alert(2)</script><code class="x">c</code></pre>\n\n```js\nlet a = 1;\n```\n',
    );
    expect(html).not.toMatch(/<script|onclick|color:red|dataGardenNoteHtml|data-garden-note-html/i);
    expect(html).toContain('<b>굵게</b>');
    // the fenced block is still Shiki's (held and put back with its colours)
    expect(html).toMatch(/<pre class="astro-code[^"]*"[^>]*style="/);
  });

  it('expressions are shown as text, never evaluated', async () => {
    const { html } = await render('값은 {globalThis.process.exit(1)} 입니다\n');
    expect(html).toContain('{globalThis.process.exit(1)}');
  });

  it('a note that is not valid MDX is published as plain text with a notice and the problem', async () => {
    const out = await renderNote('본문\n\n<Callout>\n닫히지 않음\n', {
      slug: 'b',
      file: 'b.mdx',
      base: '/',
      bodyStartLine: 4,
    });
    expect(out.html).toContain('render-fallback');
    expect(out.problem && formatProblem(out.problem)).toMatch(/^b\.mdx:6:1: warning: expected MDX/);
  });

  it('a .md note is never read as MDX', async () => {
    const { html, problem } = await render('a <Callout> {x}\n', 'n.md');
    expect(problem).toBeUndefined();
    expect(html).toContain('{x}');
  });
});

describe('what the /quiz/ index and the CLI read from an MDX note', () => {
  const body = `## 연습 문제\n\n${QUIZ}\n\n## 다음\n\n<Quiz>\n${QUIZ.replace('1호선', '4호선')}\n</Quiz>\n\n<Flow diagram="가 --> 나" />\n`;

  it('question sections and <Quiz> components, in document order, with body lines', () => {
    const sections = noteQuizSections(body, 'n.mdx');
    expect(sections.map((s) => [s.startLine, s.quiz?.options[0]!.text])).toEqual([
      [1, '1호선'],
      [13, '4호선'],
    ]);
    // the same body in a .md note: `<Quiz>` is no component there
    expect(noteQuizSections(body, 'n.md')).toHaveLength(1);
  });

  it('<Flow> diagrams with their lines', () => {
    expect(mdxFlowDiagrams(body).map((f) => [f.startLine, f.graph.nodes.map((n) => n.label)])).toEqual([
      [23, ['가', '나']],
    ]);
  });

  it('a line of block HTML is not wrapped in a paragraph; inline HTML stays in its paragraph', () => {
    const { tree } = lowered('<details>\n<summary>요약</summary>\n\n본문 <b>굵게</b>\n</details>\n');
    const details = tree.children[0] as unknown as { children: Array<{ type: string; data?: { hName?: string } }> };
    expect(details.children.map((c) => c.data?.hName ?? c.type)).toEqual(['summary', 'paragraph']);
  });
});

describe('embeds between Markdown and MDX notes', () => {
  // a.md is no valid MDX (an HTML comment, a brace): it must be read as Markdown inside an MDX page
  const r = assembleVault([
    vf('a.md', '# A\n\n<!-- 주석 -->\n\n본문 A {x}\n'),
    vf('b.mdx', '# B\n\n![[a]]\n\n<Callout type="tip">\n팁 본문\n</Callout>\n'),
    vf('c.md', '# C\n\n![[b]]\n'),
  ]);
  const { index } = vaultLinkIndex(r.notes, r.attachments);
  const source = (slug: string) => {
    const n = r.notes.find((x) => x.slug === slug);
    return n && { body: n.body, tags: n.tags };
  };
  const page = (file: string) => {
    const n = r.notes.find((x) => x.file === file)!;
    return renderNote(n.body, { slug: n.slug, file: n.file, base: '/', links: index, noteSource: source });
  };

  it('a Markdown note embedded in an MDX note is read as Markdown', async () => {
    const out = await page('b.mdx');
    expect(out.problem).toBeUndefined();
    expect(out.html).toContain('<div class="note-embed-body"><p>본문 A {x}</p></div>');
    expect(out.html).toContain('data-callout="tip"');
  });

  it('an MDX note embedded in a Markdown note shows its components (and its own embed)', async () => {
    const out = await page('c.md');
    const body = out.html.slice(out.html.indexOf('data-embed="b"'));
    expect(body).toContain('data-embed="a"');
    expect(body).toMatch(/<div class="callout" data-callout="tip"[^>]*>[\s\S]*팁 본문/);
    expect(body).not.toContain('&#x3C;Callout');
  });
});

describe('deeply nested elements', () => {
  it('past 32 levels the deeper elements are shown as text, reported once; the note is published', () => {
    const deep = `${'<span>'.repeat(40)}안쪽${'</span>'.repeat(40)}\n`;
    const r = assembleVault([vf('d.mdx', deep)]);
    expect(r.notes).toHaveLength(1);
    expect(r.problems.filter((p) => p.kind === 'deep-nesting').map(formatProblem)).toEqual([
      expect.stringMatching(
        /^d\.mdx:1:193: warning: expected HTML elements and components nested at most 32 deep, found more; the deeper levels are shown as text/,
      ),
    ]);
  });

  it('tags nested thousands deep are not parsed (the MDX parser is quadratic in depth): plain text, at once', async () => {
    const deep = `앞\n\n${'<div>'.repeat(20_000)}x${'</div>'.repeat(20_000)}\n`;
    const t0 = performance.now();
    const r = assembleVault([vf('deep.mdx', deep)]);
    const out = await renderNote(r.notes[0].body, { slug: 'deep', file: 'deep.mdx', base: '/', bodyStartLine: 1 });
    expect(performance.now() - t0, 'guards against a blow-up only').toBeLessThan(10_000);
    expect(r.problems.map(formatProblem)).toContainEqual(
      expect.stringMatching(
        /^deep\.mdx:3:1281: warning: expected MDX \(Markdown with JSX tags\), found a syntax error: tags nested more than 256 deep/,
      ),
    );
    expect(out.html).toContain('render-fallback');
  });

  it('fenced code does not count toward the depth', () => {
    const p = parseMdx(`\`\`\`html\n${'<div>'.repeat(300)}\n\`\`\`\n\n<b>굵게</b>\n`);
    expect(p.ok).toBe(true);
  });
});
