// Pathological lines fed to every scanner that reads note text. Each case times the scanner on a
// line of n characters and on one of 4n: linear work grows about 4 times, quadratic work 16 times.
// The ratio bound (10) and the absolute bound (far above the few milliseconds expected) fail only
// on super-linear behaviour, not on a slow machine.
import { describe, it, expect } from 'vitest';
import { findFlowsInMarkdown, findProseFlow, looksLikeCode, parseFlow } from '../../src/lib/flow/index.ts';
import { tokenizeChain } from '../../src/lib/flow/chain-tokens.ts';
import { extractInlineTags } from '../../src/lib/garden/tags.ts';
import { maskMarkdownCode } from '../../src/lib/garden/markdown-mask.ts';
import { buildLinkIndex, parseWikiLinks } from '../../src/lib/garden/links.ts';
import { buildBacklinks } from '../../src/lib/garden/backlinks.ts';
import { checkBody } from '../../src/lib/vault/check-body.ts';
import { extractHeadings, headingPlainText } from '../../src/lib/garden/headings.ts';
import { excerptOf } from '../../src/lib/garden/preview.ts';
import { noteTitle, plainInline } from '../../src/lib/notes/title.ts';
import { searchRecords } from '../../src/lib/korean/search-records.ts';
import { stripInlineMarkdown } from '../../src/lib/quiz/plain-text.ts';
import { parseQuiz } from '../../src/lib/quiz/parse-quiz.ts';
import { findQuizSections } from '../../src/lib/quiz/sections.ts';
import { indexTerms } from '../../src/lib/korean/index-terms.ts';
import { tokenize } from '../../src/lib/korean/tokenize.ts';

/** Best of three runs, in milliseconds. */
function timeOf(run: () => unknown): number {
  let best = Infinity;
  for (let k = 0; k < 3; k++) {
    const start = performance.now();
    run();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

/** Asserts that `scan` grows at most linearly (with room for noise) from input size n to 4n. */
export function expectLinear(
  what: string,
  scan: (text: string) => unknown,
  make: (n: number) => string,
  n = 2000,
): void {
  scan(make(n / 4)); // warm up the JIT
  const small = make(n);
  const large = make(4 * n);
  let report = '';
  // a pause of the machine (garbage collection, other processes) can spoil one comparison,
  // not three in a row; below a few milliseconds timer noise dominates, hence the floor
  for (let attempt = 0; attempt < 3; attempt++) {
    const a = timeOf(() => scan(small));
    const b = timeOf(() => scan(large));
    if (b < Math.max(10 * a, 40) && b < 1500) return;
    report = `${what}: ${a.toFixed(1)} ms at n=${n}, ${b.toFixed(1)} ms at 4n`;
  }
  expect.fail(`super-linear: ${report}`);
}

/** Characters whose long runs make a backtracking scanner blow up, and a few more that start Markdown or flow syntax. */
const CHARS = [
  '─',
  '-',
  '━',
  '│',
  '=',
  '*',
  '_',
  '[',
  '`',
  '|',
  '#',
  '<',
  '%',
  '$',
  '>',
  ' ',
  '~',
  '(',
  ':',
  '\\',
  '가',
];

/** Lines built from one character: a run, and the character between letters. */
function shapes(c: string): Array<[string, (n: number) => string]> {
  return [
    [`${JSON.stringify(c)} × n`, (n) => c.repeat(n)],
    [`a${c} × n/2`, (n) => `a${c}`.repeat(n / 2)],
  ];
}

/** Lines that made one of the flow scanners quadratic or worse. */
const FLOW_LINES: Array<[string, (n: number) => string]> = [
  ['├ then n ─ then text', (n) => '├' + '─'.repeat(n) + ' x'],
  ['n = then a= a= …', (n) => '='.repeat(n) + '\n' + 'a='.repeat(n / 2)],
  ['a, n spaces, b', (n) => 'a' + ' '.repeat(n) + 'b'],
  ['1. a, n spaces, b', (n) => '1. a' + ' '.repeat(n) + 'b'],
  ['nested groups (a → (a → …))', (n) => '(a → '.repeat(n / 5) + 'b' + ')'.repeat(n / 5)],
  ['a → a → … (a long chain)', (n) => Array.from({ length: n / 4 }, (_, i) => `n${i}`).join(' → ')],
  ['-- a -- a … (labels that never close)', (n) => '-- a '.repeat(n / 5)],
  ['lambda lambda … (no colon)', (n) => 'lambda '.repeat(n / 7)],
  ['grep grep … (no pipe)', (n) => 'grep '.repeat(n / 5)],
  ['grep, n spaces, Hangul', (n) => 'grep' + ' '.repeat(n) + '가'],
  ['aws, n dashes, Hangul', (n) => 'aws ' + '-'.repeat(n) + '가'],
  ['a=, n spaces', (n) => 'a=' + ' '.repeat(n)],
  ['<a <a … (no >)', (n) => '<a '.repeat(n / 3)],
  [':: :: … (no arrow)', (n) => '::'.repeat(n / 2)],
  ['a => b, n spaces, x', (n) => 'a => b' + ' '.repeat(n) + 'x'],
  ['[[[[ … (no link)', (n) => '['.repeat(n) + ' → b'],
  ['x: ( x: ( … )', (n) => 'a' + ' :('.repeat(n / 3) + ')'],
  ['``` then n spaces then `', (n) => '```' + ' '.repeat(n) + '`\nx\n```'],
  [
    'a grid of +--+ boxes',
    (n) =>
      ['+' + '--+'.repeat(n / 30), ('|  '.repeat(n / 30) + '|\n').repeat(8), '+' + '--+'.repeat(n / 30)].join('\n'),
  ],
];

describe('flow scanners run in linear time', () => {
  // the inner scanners (tokenizeChain, looksLikeCode) are reached through parseFlow and findProseFlow
  const scanners: Array<[string, (text: string) => unknown, boolean]> = [
    ['parseFlow', (t) => parseFlow(t), true],
    ['findProseFlow', (t) => findProseFlow(t), true],
    ['findFlowsInMarkdown (fence)', (t) => findFlowsInMarkdown('```\n' + t + '\n```\n'), false],
    ['findFlowsInMarkdown (paragraph)', (t) => findFlowsInMarkdown(t), false],
    ['tokenizeChain', (t) => tokenizeChain(t), false],
    ['looksLikeCode', (t) => looksLikeCode(t), true],
  ];
  for (const [name, scan, runs] of scanners) {
    if (runs)
      it(`${name}: runs of one character`, { timeout: 60_000 }, () => {
        for (const c of CHARS) for (const [what, make] of shapes(c)) expectLinear(what, scan, make, 1000);
      });
    it(`${name}: lines that were quadratic`, { timeout: 60_000 }, () => {
      for (const [what, make] of FLOW_LINES) expectLinear(what, scan, make);
    });
  }
  it('still reads flows after the changes', () => {
    expect(parseFlow('수집 ──▶ 처리 ──▶ 저장')?.nodes.map((n) => n.label)).toEqual(['수집', '처리', '저장']);
    expect(parseFlow('A -- 이벤트 --> B')?.edges[0]?.label).toBe('이벤트');
    expect(findProseFlow('흐름 A → B → C')?.nodes).toHaveLength(3);
  });
});

/** Lines that made the tag, mask and link scanners quadratic. */
const NOTE_LINES: Array<[string, (n: number) => string]> = [
  ['<!-- <!-- … (never closed)', (n) => '<!--'.repeat(n / 4)],
  ['](](… (link targets never closed)', (n) => '[a]('.repeat(n / 4)],
  ['a.a.a… (a scheme that never becomes a URL)', (n) => 'a.'.repeat(n / 2) + '://'],
  ['a-a-a…', (n) => 'a-'.repeat(n / 2)],
  ['[[a [[a … (wiki-links never closed)', (n) => '[[a '.repeat(n / 4) + ']]'],
  ['[[a then a line break, repeated', (n) => '[[a\n'.repeat(n / 4) + ']]'],
  ['``` then n spaces then x', (n) => ' '.repeat(n) + 'x```'],
  ['a fence holding a line of n spaces', (n) => '```\n' + (' '.repeat(n / 10) + 'x\n').repeat(10) + '```'],
  ['> > > … then a fence', (n) => '> '.repeat(n / 2) + '```'],
  ['#a #a #a …', (n) => '#a '.repeat(n / 3)],
  ['<a <a … (no >)', (n) => '<a '.repeat(n / 3)],
  ['https://x.com/(((…', (n) => 'https://x.com/' + '('.repeat(n)],
];

const LINK_INDEX = buildLinkIndex([
  { slug: 'a', title: 'a', aliases: [], file: 'a.md', headings: [] },
  { slug: 'b', title: 'b', aliases: [], file: 'b.md', headings: [] },
]);

describe('tag, mask and link scanners run in linear time', () => {
  const scanners: Array<[string, (text: string) => unknown]> = [
    ['extractInlineTags', (t) => extractInlineTags(t)],
    ['maskMarkdownCode', (t) => maskMarkdownCode(t)],
    ['parseWikiLinks', (t) => parseWikiLinks(t)],
    ['checkBody', (t) => checkBody(t, 'a.md', 1)],
    ['buildBacklinks', (t) => buildBacklinks([{ slug: 'a', body: t + ' [[b]] [x](b.md)', file: 'a.md' }], LINK_INDEX)],
  ];
  for (const [name, scan] of scanners) {
    it(`${name}: runs of one character`, { timeout: 60_000 }, () => {
      for (const c of CHARS) for (const [what, make] of shapes(c)) expectLinear(what, scan, make, 1000);
    });
    it(`${name}: lines that were quadratic`, { timeout: 60_000 }, () => {
      for (const [what, make] of NOTE_LINES) expectLinear(what, scan, make);
    });
  }
});

/** Lines that made title, heading, excerpt, quiz and Korean scanners quadratic or worse. */
const TEXT_LINES: Array<[string, (n: number) => string]> = [
  ['# a, n spaces, b (a heading)', (n) => '# a' + ' '.repeat(n) + 'b'],
  ['# a, n spaces and #s', (n) => '# a' + ' #'.repeat(n / 2) + 'b'],
  ['_a _a _a … (emphasis never closed)', (n) => '# ' + '_a '.repeat(n / 3)],
  ['[[a|[[a| …', (n) => '[[a|'.repeat(n / 4)],
  ['![](![]( …', (n) => '![]('.repeat(n / 4)],
  [
    '`` ` `` ``` … (code spans of every length)',
    (n) => Array.from({ length: Math.sqrt(n) }, (_, i) => '`'.repeat(i + 1)).join('a'),
  ],
  ['Q, n spaces, x (a question label)', (n) => 'Q' + ' '.repeat(n) + 'x'],
  ['- A, n spaces, x (an explanation item)', (n) => '- A' + ' '.repeat(n) + 'x'],
  ['n Hangul syllables without a space', (n) => '가나다라'.repeat(n / 4)],
];

describe('title, heading, excerpt, quiz and Korean scanners run in linear time', () => {
  const quiz = (t: string) => parseQuiz('## 문제\n\n' + t + '\n\n**정답: A**\n');
  const scanners: Array<[string, (text: string) => unknown]> = [
    ['noteTitle', (t) => noteTitle({ body: t, fileName: '001_89b60256bcfde2a5.md' })],
    ['plainInline', (t) => plainInline(t)],
    ['headingPlainText', (t) => headingPlainText(t)],
    ['extractHeadings', (t) => extractHeadings('## ' + t)],
    ['excerptOf', (t) => excerptOf(t, 1e9)],
    ['stripInlineMarkdown', (t) => stripInlineMarkdown(t)],
    ['parseQuiz', quiz],
    ['findQuizSections', (t) => findQuizSections('## 문제\n' + t)],
    [
      'searchRecords',
      (t) => searchRecords([{ slug: 'a', title: '노트', aliases: [], tags: [], modified: new Date(0), text: t }], '/'),
    ],
    ['indexTerms', (t) => indexTerms(t)],
    ['tokenize', (t) => tokenize(t)],
  ];
  for (const [name, scan] of scanners) {
    it(`${name}: runs of one character`, { timeout: 60_000 }, () => {
      for (const c of CHARS) for (const [what, make] of shapes(c)) expectLinear(what, scan, make, 1000);
    });
    it(`${name}: lines that were quadratic`, { timeout: 60_000 }, () => {
      for (const [what, make] of TEXT_LINES) expectLinear(what, scan, make);
    });
  }
});
