// MDX notes are parsed, never run: micromark's MDX syntax (remark-mdx) reads JSX tags, `{…}`
// expressions and `import`/`export` lines into the tree (expressions are parsed by acorn only to
// find where they end), and src/lib/mdx/lower.ts turns that tree into plain Markdown nodes.
// Nothing a note writes is evaluated, imported or compiled.
import type { Root } from 'mdast';
import remarkCjkFriendly from 'remark-cjk-friendly';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { escapeProseDollars } from '../obsidian/math-dollars.ts';

/** The same syntax as the page's renderer (GFM, math, CJK-friendly emphasis) plus MDX. */
const parser = unified().use(remarkParse).use(remarkGfm).use(remarkMath).use(remarkCjkFriendly).use(remarkMdx);
/** The page's Markdown syntax alone. */
const markdownParser = unified().use(remarkParse).use(remarkGfm).use(remarkMath).use(remarkCjkFriendly);

/**
 * Text embedded from another note (`![[Note]]`), parsed with that note's own syntax: MDX lowered
 * to Markdown nodes (src/lib/mdx/lower.ts) for an `.mdx` note, Markdown for the others. Embedded
 * MDX that does not parse is read as Markdown (its tags are then raw HTML, sanitized as such).
 */
export function parseEmbedded(text: string, mdx: boolean, lower: (tree: Root, text: string) => void): Root {
  if (mdx) {
    try {
      const tree = parser.parse(text);
      lower(tree, text);
      return tree;
    } catch {
      // read as Markdown below
    }
  }
  return markdownParser.parse(text);
}

export interface MdxSyntaxError {
  /** 1-based line and column in the text given to parseMdx. */
  line: number;
  column: number;
  reason: string;
}

export type ParsedMdx =
  | { ok: true; tree: Root; text: string; at: (line: number, column: number) => { line: number; column: number } }
  | { ok: false; error: MdxSyntaxError };

/**
 * An MDX body parsed as the page parses it: `$` that Obsidian does not read as math is escaped
 * first (src/lib/obsidian/math-dollars.ts), and `at` maps a position of the parsed `text` back to
 * the body as written (the escapes add a `\` here and there, never a line).
 */
export function parseMdx(body: string): ParsedMdx {
  const deep = tooDeep(body);
  if (deep) return { ok: false, error: deep };
  const text = escapeProseDollars(body);
  const at = positionMap(body, text);
  try {
    return { ok: true, tree: parser.parse(text), text, at };
  } catch (err) {
    const e = syntaxErrorOf(err);
    return { ok: false, error: { ...e, ...at(e.line, e.column) } };
  }
}

/**
 * The MDX parser's time grows with the square of how deeply tags nest (2,000 levels take a
 * second, 8,000 overflow its stack): past MAX_PARSE_DEPTH open tags the note is not parsed at all.
 * One linear scan over the text outside fenced code: `<name …>` opens (unless it ends in `/>`),
 * `</` closes. An estimate on the safe side (a `<` in inline code counts too).
 */
export const MAX_PARSE_DEPTH = 256;

function tooDeep(text: string): MdxSyntaxError | null {
  let depth = 0;
  let line = 1;
  let lineStart = 0;
  let fence = '';
  let gt = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) {
      line++;
      lineStart = i + 1;
      continue;
    }
    if (i === lineStart) {
      let j = i;
      while (text.charCodeAt(j) === 0x20 && j - i < 4) j++;
      const ch = text[j];
      if (ch === '`' || ch === '~') {
        let k = j;
        while (text[k] === ch) k++;
        if (k - j >= 3) {
          const run = text.slice(j, k);
          if (fence === '') fence = run;
          else if (ch === fence[0] && run.length >= fence.length) fence = '';
        }
      }
    }
    if (fence !== '' || c !== 0x3c) continue;
    const next = text.charCodeAt(i + 1);
    if (next === 0x2f) {
      if (depth > 0) depth--;
      continue;
    }
    if (!((next >= 0x41 && next <= 0x5a) || (next >= 0x61 && next <= 0x7a))) continue;
    // the next `>`, found once for every `<` before it (linear on a line of `<a <a <a …`)
    if (gt <= i) gt = text.indexOf('>', i + 1);
    if (gt < 0) break;
    if (text.charCodeAt(gt - 1) === 0x2f) continue;
    depth++;
    if (depth > MAX_PARSE_DEPTH) {
      return {
        line,
        column: i - lineStart + 1,
        reason: `tags nested more than ${MAX_PARSE_DEPTH} deep, too deep to read`,
      };
    }
  }
  return null;
}

/** Line, column and reason of an MDX parse error (a VFileMessage; some name their place only in the text). */
export function syntaxErrorOf(err: unknown): MdxSyntaxError {
  const e = err as {
    line?: number;
    column?: number;
    place?: { line?: number; column?: number; start?: { line?: number; column?: number } };
    reason?: string;
    message?: string;
  };
  const reason = String(e?.reason ?? e?.message ?? err).split('\n')[0];
  let line = e?.line ?? e?.place?.line ?? e?.place?.start?.line;
  let column = e?.column ?? e?.place?.column ?? e?.place?.start?.column;
  if (line === undefined) {
    const m = /\((\d+):(\d+)(?:-\d+:\d+)?\)/.exec(reason);
    if (m) {
      line = Number(m[1]);
      column = Number(m[2]);
    }
  }
  // the place is given as the problem's own line and column (of the file, not of the body)
  return { line: line ?? 1, column: column ?? 1, reason: reason.replace(/\s*\(\d+:\d+(?:-\d+:\d+)?\)/g, '') };
}

/**
 * Maps a line and column of `escaped` (the `original` with `\` inserted before some `$`) to the
 * original's: on each line, the column loses one for every `\` inserted before it. One linear walk.
 */
function positionMap(
  original: string,
  escaped: string,
): (line: number, column: number) => { line: number; column: number } {
  if (original === escaped) return (line, column) => ({ line, column });
  /** Per line (0-based), the escaped columns (1-based) of the inserted `\`, in order. */
  const inserted = new Map<number, number[]>();
  let line = 0;
  let col = 1;
  for (let i = 0, j = 0; j < escaped.length; j++) {
    if (escaped[j] === original[i]) {
      if (original[i] === '\n') {
        line++;
        col = 1;
      } else col++;
      i++;
      continue;
    }
    let list = inserted.get(line);
    if (!list) inserted.set(line, (list = []));
    list.push(col);
    col++;
  }
  return (l, c) => {
    const list = inserted.get(l - 1);
    if (!list) return { line: l, column: c };
    let before = 0;
    while (before < list.length && list[before] < c) before++;
    return { line: l, column: c - before };
  };
}
