// Which `$` signs are math delimiters, as Obsidian reads them: an opening `$` is followed by a
// non-space character, a closing `$` follows a non-space character and is not followed by a digit
// (so `$5 and $10` is prose, `$x_i$` is math). micromark's math extension pairs any two `$`, so the
// garden escapes (`\$`) every single `$` that cannot be a delimiter under that rule before parsing.
// `$$` runs, code spans, fenced code, raw HTML blocks and `$$` math blocks are left untouched. Linear: one pass over
// the lines, backtick runs paired per paragraph through one cursor per run length.

const PREFIX = /^(?:[ \t]*>)*[ \t]*/;
const FENCE = /^(`{3,}|~{3,})/;
/** A raw HTML block (it runs to the next blank line): Markdown escapes mean nothing there, nor math in Obsidian. */
const HTML_START = /^<[A-Za-z/!?]/;

const isSpace = (c: string | undefined) => c === undefined || c === ' ' || c === '\t' || c === '\n' || c === '\r';
const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';

/**
 * Obsidian lets a `$$` block start and end on the lines of the formula (`$$\begin{x}…` …
 * `…\end{x}$$`); remark-math would read the first line as a fence with an info string and never
 * close it. Such lines are split so the `$$` stand alone (with the line's `>` prefix). Lines inside
 * fenced code are left alone.
 */
export function normalizeMathBlocks(markdown: string): string {
  if (!markdown.includes('$$')) return markdown;
  const out: string[] = [];
  let fence: string | null = null;
  let math = false;
  for (const line of markdown.split('\n')) {
    const prefix = PREFIX.exec(line)![0];
    const rest = line.slice(prefix.length);
    const quote = prefix.replace(/[ \t]+$/, (sp) => (prefix.includes('>') ? ' ' : sp));
    if (fence !== null) {
      const m = FENCE.exec(rest);
      if (m && m[1][0] === fence[0] && m[1].length >= fence.length && rest.slice(m[1].length).trim() === '')
        fence = null;
      out.push(line);
      continue;
    }
    if (math) {
      const t = rest.trimEnd();
      if (t.endsWith('$$')) {
        math = false;
        if (t !== '$$') {
          out.push(prefix + t.slice(0, -2), `${quote}$$`);
          continue;
        }
      }
      out.push(line);
      continue;
    }
    const f = FENCE.exec(rest);
    if (f) {
      fence = f[1]!;
      out.push(line);
      continue;
    }
    if (rest.startsWith('$$') && !rest.startsWith('$$$')) {
      const after = rest.slice(2);
      if (!after.includes('$$')) {
        math = true;
        if (after.trim() !== '') {
          out.push(`${prefix}$$`, quote + after);
          continue;
        }
      }
    }
    out.push(line);
  }
  return out.join('\n');
}

interface MathScan {
  /** Normalized Markdown (normalizeMathBlocks). */
  text: string;
  /** Offsets of the `$` that are prose, ascending. */
  escapes: number[];
  /** Ranges of math, delimiters included: `$…$`, `$$…$$` inline and `$$` blocks. */
  math: { from: number; to: number }[];
}

function scanMath(source: string): MathScan {
  const markdown = normalizeMathBlocks(source);
  const math: { from: number; to: number }[] = [];
  const lines = markdown.split('\n');
  const escapes: number[] = []; // offsets in `markdown` of `$` to escape, ascending
  let fence: string | null = null;
  let mathBlock = false;
  let para: { from: number; to: number; html?: boolean } | null = null;
  let offset = 0;
  const flush = () => {
    if (para && !para.html) scanParagraph(markdown, para.from, para.to, escapes, math);
    para = null;
  };
  for (const line of lines) {
    const start = offset;
    offset += line.length + 1;
    const rest = line.slice(PREFIX.exec(line)![0].length);
    if (fence !== null) {
      const m = FENCE.exec(rest);
      if (m && m[1][0] === fence[0] && m[1].length >= fence.length && rest.slice(m[1].length).trim() === '')
        fence = null;
      continue;
    }
    if (mathBlock) {
      math[math.length - 1].to = start + line.length;
      if (rest.trim() === '$$') mathBlock = false;
      continue;
    }
    const f = FENCE.exec(rest);
    if (f) {
      flush();
      fence = f[1]!;
      continue;
    }
    if (rest.startsWith('$$') && rest.slice(2).trim() === '') {
      flush();
      mathBlock = true;
      math.push({ from: start, to: start + line.length });
      continue;
    }
    if (rest.trim() === '') {
      flush();
      continue;
    }
    if (para) para.to = start + line.length;
    else if (HTML_START.test(rest)) para = { from: start, to: start + line.length, html: true };
    else para = { from: start, to: start + line.length };
  }
  flush();
  return { text: markdown, escapes, math };
}

/** The Markdown with every `$` that Obsidian would not read as a math delimiter written as `\$`. */
export function escapeProseDollars(markdown: string): string {
  if (!markdown.includes('$')) return markdown;
  const { text, escapes } = scanMath(markdown);
  markdown = text;
  if (escapes.length === 0) return markdown;
  const out: string[] = [];
  let kept = 0;
  for (const at of escapes) {
    out.push(markdown.slice(kept, at), '\\');
    kept = at;
  }
  out.push(markdown.slice(kept));
  return out.join('');
}

/** The math of a note as Obsidian reads it: ranges (delimiters included) of the normalized `text`. */
export function findMath(markdown: string): { text: string; math: { from: number; to: number }[] } {
  if (!markdown.includes('$')) return { text: markdown, math: [] };
  const { text, math } = scanMath(markdown);
  math.sort((a, b) => a.from - b.from);
  return { text, math };
}

function scanParagraph(
  s: string,
  from: number,
  to: number,
  escapes: number[],
  math: { from: number; to: number }[],
): void {
  let any = false;
  for (let j = from; j < to && !any; j++) any = s[j] === '$';
  if (!any) return;
  // Backtick runs of the paragraph by length, each with a cursor that only moves forward.
  const runs = new Map<number, { at: number[]; next: number }>();
  for (let j = from; j < to; j++) {
    if (s[j] !== '`') continue;
    let m = j;
    while (m < to && s[m] === '`') m++;
    let r = runs.get(m - j);
    if (!r) runs.set(m - j, (r = { at: [], next: 0 }));
    r.at.push(j);
    j = m - 1;
  }
  // micromark closes a `$` math at the next single `$`: that pair is math only if the opener is
  // followed by a non-space and the closer preceded by a non-space and not followed by a digit;
  // otherwise the opener is prose (escaped) and the closer is read again as a possible opener.
  let open = -1;
  for (let i = from; i < to; i++) {
    const c = s[i];
    if (c === '`') {
      let m = i;
      while (m < to && s[m] === '`') m++;
      const r = runs.get(m - i)!;
      while (r.next < r.at.length && r.at[r.next] <= i) r.next++;
      if (open < 0 && r.next < r.at.length) i = r.at[r.next] + (m - i) - 1;
      else i = m - 1;
      continue;
    }
    if (c === '\\' && open < 0) {
      i++; // an escaped character, `\$` included (inside math a backslash escapes nothing)
      continue;
    }
    if (c !== '$') continue;
    if (s[i + 1] === '$' || s[i - 1] === '$') {
      // a `$$` run: display math or literal, never a single-dollar delimiter
      if (open < 0) {
        const close = s.indexOf('$$', i + 2);
        if (close >= 0 && close < to) {
          math.push({ from: i, to: close + 2 });
          i = close + 1;
          continue;
        }
      }
      while (s[i + 1] === '$') i++;
      continue;
    }
    if (open >= 0 && !isSpace(s[i - 1]) && !isDigit(s[i + 1])) {
      math.push({ from: open, to: i + 1 });
      open = -1;
      continue;
    }
    if (open >= 0) escapes.push(open);
    open = isSpace(s[i + 1]) ? -1 : i;
    if (open < 0) escapes.push(i);
  }
  if (open >= 0) escapes.push(open);
}
