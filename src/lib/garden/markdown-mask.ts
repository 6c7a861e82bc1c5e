// Blanks out the parts of a Markdown text where tags and wiki-links do not count:
// front matter, fenced code blocks (``` and ~~~, also in lists/quotes), inline code
// spans, HTML comments and Obsidian `%% comments %%`. Every masked UTF-16 code unit
// becomes a space and newlines are kept, so indexes, lines and columns of the
// result are those of the input.

function blank(s: string): string {
  return s.replace(/[^\n]/g, ' ');
}

const isBlank = (c: string | undefined) => c === ' ' || c === '\t';

/**
 * Where a fence marker may start on a line: after indentation, quote markers (`>`, at most one
 * space between two of them) and, with `listItem`, one list marker. Read by a scanner: the same
 * prefix as a regex with overlapping `[ \t]*` runs, without its quadratic backtracking.
 */
function fencePrefixEnd(line: string, listItem: boolean): number {
  let p = 0;
  while (isBlank(line[p])) p++;
  while (line[p] === '>') {
    p++;
    if (isBlank(line[p]) && line[p + 1] === '>') p++;
    else if (line[p] !== '>') break;
  }
  while (isBlank(line[p])) p++;
  if (!listItem) return p;
  if ('-*+'.includes(line[p] ?? 'x') && isBlank(line[p + 1])) {
    p++;
    while (isBlank(line[p])) p++;
  } else if (/\d/.test(line[p] ?? '')) {
    let q = p;
    while (/\d/.test(line[q] ?? '')) q++;
    if ((line[q] === '.' || line[q] === ')') && isBlank(line[q + 1])) {
      p = q + 1;
      while (isBlank(line[p])) p++;
    }
  }
  return p;
}

/** A run of 3+ backticks or tildes at p: [marker, end], else null. */
function markerAt(line: string, p: number): string | null {
  const ch = line[p];
  if (ch !== '`' && ch !== '~') return null;
  let e = p;
  while (line[e] === ch) e++;
  return e - p >= 3 ? line.slice(p, e) : null;
}

/** `[prefix, marker, info]` of a fence opening line, else null. */
function fenceOpen(line: string): [string, string, string] | null {
  const p = fencePrefixEnd(line, true);
  const marker = markerAt(line, p);
  if (!marker) return null;
  const info = line.slice(p + marker.length);
  if (/[\r\u2028\u2029]/.test(info)) return null;
  return [line.slice(0, p), marker, info];
}

/** The marker of a fence closing line, else null. */
function fenceClose(line: string): string | null {
  const p = fencePrefixEnd(line, false);
  const marker = markerAt(line, p);
  if (!marker) return null;
  return /^[ \t]*\r?$/.test(line.slice(p + marker.length)) ? marker : null;
}

function maskFrontMatter(text: string): string {
  const m = /^(?:\uFEFF)?---[ \t]*\r?\n[\s\S]*?\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(text);
  if (!m) return text;
  return blank(m[0]) + text.slice(m[0].length);
}

function maskFences(text: string): string {
  const lines = text.split('\n');
  let fence: { ch: string; len: number } | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!fence && line.indexOf('```') < 0 && line.indexOf('~~~') < 0) continue;
    if (fence) {
      const close = fenceClose(line);
      if (close && close[0] === fence.ch && close.length >= fence.len) fence = null;
      lines[i] = blank(line);
      continue;
    }
    const open = fenceOpen(line);
    if (open) {
      const marker = open[1];
      // A backtick fence's info string may not contain backticks.
      if (marker[0] === '`' && open[2].includes('`')) continue;
      fence = { ch: marker[0], len: marker.length };
      lines[i] = blank(line);
    }
  }
  return lines.join('\n');
}

/** Blanks each `open … close` span (the nearest close after each open). */
function maskDelimited(text: string, open: string, close: string): string {
  const parts: string[] = [];
  let last = 0;
  for (;;) {
    const i = text.indexOf(open, last);
    if (i < 0) break;
    const j = text.indexOf(close, i + open.length);
    if (j < 0) break; // no later open closes either
    parts.push(text.slice(last, i), blank(text.slice(i, j + close.length)));
    last = j + close.length;
  }
  parts.push(text.slice(last));
  return parts.join('');
}

function maskInlineCode(text: string): string {
  const parts: string[] = [];
  let last = 0;
  let i = text.indexOf('`');
  const n = text.length;
  while (i >= 0 && i < n) {
    if (i > 0 && text[i - 1] === '\\') {
      i = text.indexOf('`', i + 1);
      continue;
    }
    let j = i;
    while (j < n && text[j] === '`') j++;
    const runLen = j - i;
    // Look for a closing run of exactly the same length, not crossing a blank line.
    let k = j;
    let closeAt = -1;
    while (k < n) {
      const ch = text[k];
      if (ch === '\n' && /^\n[ \t]*\r?\n/.test(text.slice(k, k + 64))) break;
      if (ch === '`') {
        let e = k;
        while (e < n && text[e] === '`') e++;
        if (e - k === runLen) {
          closeAt = e;
          break;
        }
        k = e;
        continue;
      }
      k++;
    }
    if (closeAt < 0) {
      i = text.indexOf('`', j);
      continue;
    }
    parts.push(text.slice(last, i), blank(text.slice(i, closeAt)));
    last = closeAt;
    i = text.indexOf('`', closeAt);
  }
  parts.push(text.slice(last));
  return parts.join('');
}

/** The Markdown with code, front matter and comments blanked (same length, same lines). */
export function maskMarkdownCode(markdown: string): string {
  let text = String(markdown ?? '');
  text = maskFrontMatter(text);
  text = maskFences(text);
  text = maskDelimited(text, '<!--', '-->');
  text = maskInlineCode(text);
  text = maskDelimited(text, '%%', '%%');
  return text;
}

/** 1-based line and column (in UTF-16 code units) of an index, given line start offsets. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

export function positionAt(starts: number[], index: number): { line: number; column: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= index) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: index - starts[lo] + 1 };
}

/**
 * Finds, in one text, the earliest of some spellings at or after an offset. Each spelling's next
 * place is remembered (and that it no longer occurs, once a search found none), so finding every
 * repeat of a list in order, with `from` moving forward, reads the text about once per spelling.
 */
export class ForwardFinder {
  private readonly next = new Map<string, number>();
  private readonly text: string;
  constructor(text: string) {
    this.text = text;
  }

  find(spellings: string[], from = 0): { at: number; spelling: string } | null {
    let best: { at: number; spelling: string } | null = null;
    for (const spelling of spellings) {
      let at = this.next.get(spelling);
      if (at === undefined || (at >= 0 && at < from)) {
        at = this.text.indexOf(spelling, from);
        this.next.set(spelling, at);
      }
      if (at >= 0 && (best === null || at < best.at)) best = { at, spelling };
    }
    return best;
  }
}
