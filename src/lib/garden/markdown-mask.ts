// Blanks out the parts of a Markdown text where tags and wiki-links do not count:
// front matter, fenced code blocks (``` and ~~~, also in lists/quotes), inline code
// spans, HTML comments and Obsidian `%% comments %%`. Every masked UTF-16 code unit
// becomes a space and newlines are kept, so indexes, lines and columns of the
// result are those of the input.

function blank(s: string): string {
  return s.replace(/[^\n]/g, ' ');
}

const FENCE_OPEN = /^([ \t]*(?:>[ \t]?)*[ \t]*(?:[-*+][ \t]+|\d+[.)][ \t]+)?)(`{3,}|~{3,})(.*)$/;

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
      const close = /^[ \t]*(?:>[ \t]?)*[ \t]*(`{3,}|~{3,})[ \t]*\r?$/.exec(line);
      if (close && close[1][0] === fence.ch && close[1].length >= fence.len) fence = null;
      lines[i] = blank(line);
      continue;
    }
    const open = FENCE_OPEN.exec(line);
    if (open) {
      const marker = open[2];
      // A backtick fence's info string may not contain backticks.
      if (marker[0] === '`' && open[3].includes('`')) continue;
      fence = { ch: marker[0], len: marker.length };
      lines[i] = blank(line);
    }
  }
  return lines.join('\n');
}

function maskDelimited(text: string, re: RegExp): string {
  return text.replace(re, (m) => blank(m));
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
  text = maskDelimited(text, /<!--[\s\S]*?-->/g);
  text = maskInlineCode(text);
  text = maskDelimited(text, /%%[\s\S]*?%%/g);
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
