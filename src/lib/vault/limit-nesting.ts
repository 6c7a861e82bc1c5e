/**
 * Caps how deeply lists and block quotes nest before a note is parsed. Markdown parsers recurse
 * once per level: a list nested 5,000 deep (`- - - - …` on one line, or indented 2 more spaces a
 * line) or a quote `>>>>…` 5,000 deep overflows the stack or takes minutes, and Obsidian itself
 * shows nothing useful past a few dozen levels. One linear pass over the lines:
 * - container markers (`>`, `-`, `*`, `+`, `1.`, `1)`) past MAX_NESTING on one line are escaped
 *   (`\-`, `\>`, `1\.`): from there on the line is text, shown as written;
 * - leading indentation past MAX_INDENT columns is cut to MAX_INDENT (a list indented deeper than
 *   that is as deep as it can get);
 * - lines inside fenced code blocks are left exactly as they are.
 */
export const MAX_NESTING = 32;
export const MAX_INDENT = 4 * MAX_NESTING;

export interface NestingLimit {
  text: string;
  /** 1-based lines (of the text given) that were capped, and the depth found on the first one. */
  lines: number[];
  firstDepth: number;
}

const FENCE = /^(`{3,}|~{3,})/;

/** Where the container markers of a line end, and how many there are (capped work: stops after `max + 1`). */
function markers(line: string, from: number, max: number): { count: number; cut: number; end: number } {
  let i = from;
  let count = 0;
  let cut = -1;
  for (;;) {
    let j = i;
    let spaces = 0;
    while (spaces < 4 && line.charCodeAt(j) === 0x20) {
      j++;
      spaces++;
    }
    const c = line.charCodeAt(j);
    let end = -1;
    if (c === 0x3e)
      end = j + 1; // >
    else if (
      (c === 0x2d || c === 0x2a || c === 0x2b) &&
      (j + 1 === line.length || line.charCodeAt(j + 1) === 0x20 || line.charCodeAt(j + 1) === 0x09)
    )
      end = j + 1;
    else if (c >= 0x30 && c <= 0x39) {
      let k = j;
      while (k < line.length && k - j < 9 && line.charCodeAt(k) >= 0x30 && line.charCodeAt(k) <= 0x39) k++;
      const d = line.charCodeAt(k);
      if ((d === 0x2e || d === 0x29) && (k + 1 === line.length || line.charCodeAt(k + 1) === 0x20)) end = k + 1;
    }
    if (end < 0) break;
    count++;
    if (count === max + 1) {
      cut = end - 1; // the marker character to escape
      break;
    }
    i = end;
  }
  return { count, cut, end: i };
}

export function limitNesting(text: string): NestingLimit {
  const lines: number[] = [];
  let firstDepth = 0;
  let out = '';
  let last = 0;
  let fence: string | null = null;
  let lineNo = 0;
  for (let start = 0; start <= text.length;) {
    lineNo++;
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end);
    // indentation, tabs as 4 columns
    let col = 0;
    let k = 0;
    while (k < line.length && (line.charCodeAt(k) === 0x20 || line.charCodeAt(k) === 0x09)) {
      col += line.charCodeAt(k) === 0x09 ? 4 - (col % 4) : 1;
      k++;
    }
    const m = markers(line, k, MAX_NESTING);
    // A fence after the line's containers opens or closes code.
    const rest = line.slice(m.end).trimStart();
    const f = m.count <= MAX_NESTING ? FENCE.exec(rest) : null;
    if (fence !== null) {
      if (f && f[1][0] === fence[0] && f[1].length >= fence.length && rest.slice(f[1].length).trim() === '')
        fence = null;
      start = end + 1;
      continue;
    }
    if (f) fence = f[1];
    let fixed: string | null = null;
    if (m.cut >= 0) {
      fixed = `${line.slice(0, m.cut)}\\${line.slice(m.cut)}`;
      if (lines.length === 0) firstDepth = markers(line, k, Number.MAX_SAFE_INTEGER).count;
    }
    if (col > MAX_INDENT) {
      const base = fixed ?? line;
      fixed = ' '.repeat(MAX_INDENT) + base.slice(k);
      if (lines.length === 0 && firstDepth === 0) firstDepth = Math.floor(col / 2);
    }
    if (fixed !== null) {
      lines.push(lineNo);
      out += text.slice(last, start) + fixed;
      last = end;
    }
    start = end + 1;
  }
  if (lines.length === 0) return { text, lines, firstDepth: 0 };
  return { text: out + text.slice(last), lines, firstDepth };
}
