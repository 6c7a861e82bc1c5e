import { describe, expect, it } from 'vitest';
import { limitNesting, MAX_INDENT, MAX_NESTING } from '../../src/lib/vault/limit-nesting.ts';
import { assembleVault } from '../../src/lib/vault/assemble.ts';
import { parseFrontmatter } from '../../src/lib/frontmatter/validate.ts';
import { boundedJson, describeValue } from '../../src/lib/schema/frontmatter.ts';
import { formatProblem } from '../../src/lib/report/problem.ts';
import { renderNote } from '../../src/markdown/render-note.ts';
import type { VaultFile } from '../../src/lib/notes/note.ts';
import type { Root } from 'mdast';

const enc = new TextEncoder();
const file = (name: string, text: string): VaultFile => ({
  file: name,
  bytes: enc.encode(text),
  mtime: new Date('2025-09-02T00:00:00Z'),
  birthtime: new Date('2025-09-01T00:00:00Z'),
});

export const DEEP = {
  oneLineList: `# 한 줄 목록\n\n${'- '.repeat(5000)}끝\n`,
  quote: `# 인용\n\n${'>'.repeat(5000)} 끝\n`,
  indentedList: `# 들여쓴 목록\n\n${Array.from({ length: 5000 }, (_, i) => `${' '.repeat(2 * i)}- 항목 ${i}`).join('\n')}\n`,
};

const BOMB = `---\ntitle: bomb\ntags:\n  - &a ["x","x","x","x","x","x","x","x","x"]\n  - &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\n  - &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n  - &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n  - &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n  - &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\n  - &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]\n  - [*g,*g,*g,*g,*g,*g,*g,*g,*g]\n---\n# 폭탄\n`;

describe('deep nesting is capped before parsing, in linear time, the text kept', () => {
  it.each(Object.entries(DEEP))('%s', (_name, text) => {
    const t0 = performance.now();
    const r = limitNesting(text);
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(r.lines.length).toBeGreaterThan(0);
    for (const line of r.text.split('\n')) {
      let indent = 0;
      while (line[indent] === ' ') indent++;
      expect(indent).toBeLessThanOrEqual(MAX_INDENT);
    }
    // every word is still there
    expect(r.text.replace(/[\s\\]/g, '').replace(/[->]/g, '')).toBe(text.replace(/[\s]/g, '').replace(/[->]/g, ''));
  });
  it('leaves ordinary notes and fenced code exactly as they are', () => {
    const text = `- a\n  - b\n    - c\n\n> q\n>> qq\n\n\`\`\`\n${' '.repeat(300)}code\n${'- '.repeat(100)}\n\`\`\`\n`;
    expect(limitNesting(text)).toEqual({ text, lines: [], firstDepth: 0 });
  });
  it('the capped notes render, and report deep-nesting where it starts', async () => {
    for (const [name, text] of Object.entries(DEEP)) {
      const r = assembleVault([file(`${name}.md`, text)]);
      expect(r.notes).toHaveLength(1);
      const p = r.problems.find((x) => x.kind === 'deep-nesting');
      // where the capping starts: the line itself for one-line nesting, the 66th level for the indented list
      expect(p, name).toMatchObject({ severity: 'warning', line: name === 'indentedList' ? 3 + 65 : 3 });
      expect(formatProblem(p!)).toMatch(
        new RegExp(`^${name}\\.md:${p!.line}:1: warning: expected lists and quotes nested at most ${MAX_NESTING} deep`),
      );
      const t0 = performance.now();
      const out = await renderNote(r.notes[0].body, { slug: name, file: `${name}.md`, base: '/' });
      expect(performance.now() - t0).toBeLessThan(60_000);
      expect(out.html).toContain('끝'.length && name === 'indentedList' ? '항목 4999' : '끝');
    }
  }, 60_000);
});

describe('front matter is read by the yaml package, with an alias limit', () => {
  it('a billion-laughs bomb in tags is one warning naming the file; the note is skipped, others published', () => {
    const t0 = performance.now();
    const r = assembleVault([file('bomb.md', BOMB), file('ok.md', '# 좋은 노트\n')]);
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(r.notes.map((n) => n.file)).toEqual(['ok.md']);
    const p = r.problems.filter((x) => x.file === 'bomb.md');
    expect(p.map((x) => `${x.kind} ${x.severity} ${x.line}`)).toEqual(['frontmatter-aliases warning 5']);
    expect(formatProblem(p[0])).toMatch(
      /^bomb\.md:5:\d+: warning: expected front matter of plain values, found YAML aliases/,
    );
  });
  it('the same bomb under an unknown key costs nothing either', () => {
    const t0 = performance.now();
    const fm = parseFrontmatter(BOMB.replace('tags:', 'junk:'), 'j.md');
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(fm.skip).toBe(true);
  });
  it('a value is described in bounded space', () => {
    const wide = Array.from({ length: 1000 }, () => Array.from({ length: 1000 }, () => 'xxxxxxxxxx'));
    expect(boundedJson(wide, 60).length).toBeLessThanOrEqual(60);
    expect(describeValue(wide).length).toBeLessThan(100);
    expect(describeValue({ a: 1 })).toBe('a mapping ({"a":1})');
  });
  it('errors keep their exact line and column', () => {
    const fm = parseFrontmatter('---\ntitle: ok\ntags: [a, b\ncreated: 2025-01-01\n---\n', 'f.md');
    expect(fm.problems.map(formatProblem)).toEqual([
      'f.md:3:7: error: tags: front matter is not valid YAML: expected a closing ] for the list opened here, found `[a, b` never closed — close it on the same line: tags: [a, b]',
    ]);
  });
});

describe('100,000 wiki-links in one note', () => {
  it('are linked without overflowing the stack', async () => {
    const { unified } = await import('unified');
    const { default: remarkParse } = await import('remark-parse');
    const { remarkWikiLinks } = await import('../../src/markdown/remark-wiki-links.ts');
    const { vaultLinkIndex } = await import('../../src/lib/vault/check-links.ts');
    const r = assembleVault([file('a.md', '# A\n'), file('links.md', '# 링크\n')]);
    const { index } = vaultLinkIndex(r.notes, r.attachments);
    const processor = unified().use(remarkParse).use(remarkWikiLinks);
    // The tree as Markdown parses it (one text node), built directly: parsing 100,000 `[[…]]` is
    // slow in itself (micromark, GFM footnotes), which is not what this test is about.
    const tree: Root = {
      type: 'root',
      children: [{ type: 'paragraph', children: [{ type: 'text', value: '[[a]] '.repeat(100_000) }] }],
    };
    const out = await processor.run(tree, {
      data: { astro: { frontmatter: { garden: { slug: 'links', file: 'links.md', base: '/', links: index } } } },
    });
    const para = (out as unknown as { children: Array<{ children: Array<{ type: string }> }> }).children[0];
    expect(para.children.filter((c) => c.type === 'link')).toHaveLength(100_000);
  }, 60_000);
});
