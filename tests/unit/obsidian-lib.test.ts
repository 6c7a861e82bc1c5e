// Pure rules of Obsidian syntax (src/lib/obsidian): block ids, callout heads, task markers,
// highlight delimiters, math dollars, Excalidraw exports.
import { renderNote } from '../../src/markdown/render-note.ts';
import { describe, it, expect } from 'vitest';
import { blockElementId, findBlockIds, trailingBlockId } from '../../src/lib/obsidian/block-id.ts';
import { CALLOUT_ALIASES, defaultCalloutTitle, parseCalloutHead } from '../../src/lib/obsidian/callouts.ts';
import { taskClass, taskMarker } from '../../src/lib/obsidian/tasks.ts';
import { splitHighlightMarks } from '../../src/lib/obsidian/highlight.ts';
import { escapeProseDollars, findMath, normalizeMathBlocks } from '../../src/lib/obsidian/math-dollars.ts';
import { drawingBody, exportedDrawing, isExcalidrawNote } from '../../src/lib/obsidian/excalidraw.ts';

const timed = (f: () => unknown) => {
  const t = performance.now();
  f();
  return performance.now() - t;
};

describe('block ids', () => {
  it('finds `^id` at the end after a space, and only there', () => {
    expect(trailingBlockId('text ^abc-1')).toEqual({ id: 'abc-1', start: 5 });
    expect(trailingBlockId('text ^abc  ')).toEqual({ id: 'abc', start: 5 });
    expect(trailingBlockId('^solo')).toEqual({ id: 'solo', start: 0 });
    expect(trailingBlockId('2^10')).toBeNull();
    expect(trailingBlockId('text ^')).toBeNull();
    expect(trailingBlockId('text ^a_b')).toBeNull();
    expect(trailingBlockId('x^y z')).toBeNull();
  });
  it('the element id is `^` and the id as written', () => {
    expect(blockElementId('quote-of-the-day')).toBe('^quote-of-the-day');
  });
  it('lists a note’s block ids with lines, not inside fences', () => {
    expect(findBlockIds('a ^one\n```\nb ^no\n```\n- c ^two\n')).toEqual([
      { id: 'one', line: 1 },
      { id: 'two', line: 5 },
    ]);
  });
  it('is linear on long lines', () => {
    expect(timed(() => trailingBlockId('a'.repeat(200_000) + ' ^x'))).toBeLessThan(500);
    expect(timed(() => findBlockIds('-'.repeat(200_000) + '^'))).toBeLessThan(500);
  });
});

describe('callout heads', () => {
  it('reads type, fold, metadata and where the title starts', () => {
    expect(parseCalloutHead('[!faq]- 접히는 제목')).toEqual({
      type: 'faq',
      kind: 'question',
      metadata: '',
      fold: '-',
      length: 8,
    });
    expect(parseCalloutHead('[!NOTE]+')).toMatchObject({ type: 'note', kind: 'note', fold: '+' });
    expect(parseCalloutHead('[!tip|wide] T')).toMatchObject({ type: 'tip', metadata: 'wide', length: 12 });
    expect(parseCalloutHead('[!recipe] x')).toMatchObject({ type: 'recipe', kind: 'note' });
    expect(parseCalloutHead('[!note]\nbody')).toMatchObject({ type: 'note', length: 7 });
    expect(parseCalloutHead('[!abstract]\u00a0**Further reading**')).toMatchObject({ type: 'abstract', length: 12 });
  });
  it('is not a callout unless `[!type]` starts the line and is followed by space, fold or end', () => {
    expect(parseCalloutHead('see [!note]')).toBeNull();
    expect(parseCalloutHead('[!note]x')).toBeNull();
    expect(parseCalloutHead('[!]')).toBeNull();
    expect(parseCalloutHead('[note]')).toBeNull();
  });
  it('every documented alias has a kind and a Korean default title', () => {
    for (const [alias, kind] of Object.entries(CALLOUT_ALIASES)) {
      expect(parseCalloutHead(`[!${alias.toUpperCase()}]`)?.kind, alias).toBe(kind);
      expect(defaultCalloutTitle({ type: alias })).toMatch(/[가-힣]/);
    }
    expect(Object.keys(CALLOUT_ALIASES)).toHaveLength(27);
    expect(defaultCalloutTitle({ type: 'recipe' })).toBe('Recipe');
  });
});

describe('task markers', () => {
  it('reads any single character between brackets followed by a space', () => {
    expect(taskMarker('[?] 질문')).toEqual({ state: '?', length: 4 });
    expect(taskMarker('[-] x')?.state).toBe('-');
    expect(taskMarker('[/]\n')?.state).toBe('/');
    expect(taskMarker('[ab] x')).toBeNull();
    expect(taskMarker('[?]x')).toBeNull();
    expect(taskClass('-')).toBe('task-cancelled');
    expect(taskClass('%')).toBe('task-other');
  });
});

describe('highlight marks', () => {
  it('two `=` open before a non-space and close after one; CJK needs no spaces', () => {
    expect(splitHighlightMarks('==강조==는', '', '')).toEqual([
      { open: true, close: false },
      { text: '강조' },
      { open: true, close: true },
      { text: '는' },
    ]);
    expect(splitHighlightMarks('a == b', '', '')).toEqual([{ text: 'a == b' }]);
    expect(splitHighlightMarks('a === b ====', '', '')).toEqual([{ text: 'a === b ====' }]);
    expect(splitHighlightMarks('==', 'x', 'x')).toEqual([{ open: true, close: true }]);
  });
  it('is linear on a line of `=`', () => {
    expect(timed(() => splitHighlightMarks('= =='.repeat(50_000), '', ''))).toBeLessThan(500);
  });
});

describe('math dollars', () => {
  it('keeps prices as prose and math as math', () => {
    expect(escapeProseDollars('$5 and $10')).toBe('\\$5 and \\$10');
    expect(escapeProseDollars('costs $5.')).toBe('costs \\$5.');
    expect(escapeProseDollars('$x_i$ and $e^{i\\pi}$')).toBe('$x_i$ and $e^{i\\pi}$');
    expect(escapeProseDollars('$ x$ and $x $')).toBe('\\$ x\\$ and \\$x \\$');
    expect(escapeProseDollars('a $x$5')).toBe('a \\$x\\$5');
    expect(escapeProseDollars('`$5 and $10` \\$3')).toBe('`$5 and $10` \\$3');
    expect(escapeProseDollars('```\n$5 $6\n```')).toBe('```\n$5 $6\n```');
    expect(escapeProseDollars('$$\na $5 b\n$$')).toBe('$$\na $5 b\n$$');
    expect(escapeProseDollars('line $a\n\nnext b$')).toBe('line \\$a\n\nnext b\\$');
    expect(escapeProseDollars('<div class="quiz">$5 and $10</div>\n\n$5')).toBe(
      '<div class="quiz">$5 and $10</div>\n\n\\$5',
    );
  });
  it('splits a `$$` block that starts and ends on the formula’s lines', () => {
    expect(normalizeMathBlocks('$$\\begin{x}a\\\\\nb\n\\end{x}$$')).toBe('$$\n\\begin{x}a\\\\\nb\n\\end{x}\n$$');
    expect(normalizeMathBlocks('> $$a\n> b$$')).toBe('> $$\n> a\n> b\n> $$');
    expect(normalizeMathBlocks('$$x$$ inline')).toBe('$$x$$ inline');
  });
  it('finds math ranges for search', () => {
    const { text, math } = findMath('a $x$ b $$y$$ c\n\n$$\nz\n$$');
    expect(math.map((m) => text.slice(m.from, m.to))).toEqual(['$x$', '$$y$$', '$$\nz\n$$']);
  });
  it('is linear on lines of `$` and backticks', () => {
    for (const s of [
      '$'.repeat(100_000),
      '$ '.repeat(50_000),
      '`$'.repeat(50_000),
      '$$\n'.repeat(30_000),
      '$a\n\n'.repeat(30_000),
      '$$ x '.repeat(30_000),
    ]) {
      expect(
        timed(() => escapeProseDollars(s)),
        s.slice(0, 8),
      ).toBeLessThan(1000);
    }
  });
});

describe('math in the search text', () => {
  it('indexes the prose around a formula, never its TeX', async () => {
    const { facts } = await renderNote('snake_case $\\frac{a}{b}$ 공식', { slug: 'm', file: 'm.md', base: '/' });
    expect(facts.text).toContain('snake_case');
    expect(facts.text).toContain('공식');
    expect(facts.text).not.toMatch(/frac|\$/);
  });
});

describe('excalidraw', () => {
  it('recognizes drawings by front matter or name, finds the export next to them', () => {
    expect(isExcalidrawNote('a.md', { 'excalidraw-plugin': 'parsed' })).toBe(true);
    expect(isExcalidrawNote('d/Plan.excalidraw.md', {})).toBe(true);
    expect(isExcalidrawNote('a.md', { tags: [] })).toBe(false);
    const files = new Set(['d/Plan.excalidraw.png', 'd/Plan.excalidraw.svg', 'Other.svg']);
    expect(exportedDrawing('d/Plan.excalidraw.md', files)).toBe('d/Plan.excalidraw.svg');
    expect(exportedDrawing('Other.md', files)).toBe('Other.svg');
    expect(exportedDrawing('Plan.excalidraw.md', files)).toBeNull();
    expect(drawingBody('d/Plan.excalidraw.md', 'd/Plan.excalidraw.svg')).toBe(
      '# Plan\n\n![[d/Plan.excalidraw.svg|Plan]]\n',
    );
  });
});
