/**
 * Splits a note into its YAML front matter and body.
 * Obsidian-style: the file must start with a `---` line; the block ends at the next `---` (or `...`) line.
 */
export interface SplitNote {
  /** YAML text between the fences, or null when the note has none. */
  yaml: string | null;
  /** 1-based line of the first YAML line (the line after the opening fence). */
  yamlStartLine: number;
  body: string;
  /** 1-based line in the file where the body starts. */
  bodyStartLine: number;
  /** The opening fence was never closed: the whole file is treated as body. */
  unclosed: boolean;
  /** Number of lines in the file (for "found the end of the file (line N)"). */
  lineCount: number;
}

const FENCE = /^---[ \t]*$/;
const CLOSE = /^(---|\.\.\.)[ \t]*$/;

/** Scans line by line with indexOf: no array of every line of a 5 MB note. */
export function splitFrontmatter(text: string): SplitNote {
  const firstEnd = text.indexOf('\n');
  const first = firstEnd < 0 ? text : text.slice(0, firstEnd);
  if (!FENCE.test(first)) {
    return { yaml: null, yamlStartLine: 0, body: text, bodyStartLine: 1, unclosed: false, lineCount: countLines(text) };
  }
  let start = firstEnd < 0 ? text.length + 1 : firstEnd + 1;
  let line = 2;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const c = text.charCodeAt(start);
    if ((c === 0x2d || c === 0x2e) && CLOSE.test(text.slice(start, end))) {
      return {
        yaml: text.slice(firstEnd + 1, start > firstEnd + 1 ? start - 1 : start),
        yamlStartLine: 2,
        body: end >= text.length ? '' : text.slice(end + 1),
        bodyStartLine: line + 1,
        unclosed: false,
        lineCount: countLines(text),
      };
    }
    start = end + 1;
    line++;
  }
  return { yaml: null, yamlStartLine: 2, body: text, bodyStartLine: 1, unclosed: true, lineCount: countLines(text) };
}

/** Lines as an editor counts them: a final newline does not start another line. */
export function countLines(text: string): number {
  let n = text === '' || text.endsWith('\n') ? 0 : 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  return n;
}
