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
      const tree = parser.parse(text) as Root;
      lower(tree, text);
      return tree;
    } catch {
      // read as Markdown below
    }
  }
  return markdownParser.parse(text) as Root;
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
  const text = escapeProseDollars(body);
  const at = positionMap(body, text);
  try {
    return { ok: true, tree: parser.parse(text) as Root, text, at };
  } catch (err) {
    const e = syntaxErrorOf(err);
    return { ok: false, error: { ...e, ...at(e.line, e.column) } };
  }
}

/** Line, column and reason of an MDX parse error (a VFileMessage; some name their place only in the text). */
export function syntaxErrorOf(err: unknown): MdxSyntaxError {
  const e = err as { line?: number; column?: number; place?: { line?: number; column?: number; start?: { line?: number; column?: number } }; reason?: string; message?: string };
  const reason = String(e?.reason ?? e?.message ?? err).split('\n')[0]!;
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
function positionMap(original: string, escaped: string): (line: number, column: number) => { line: number; column: number } {
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
    while (before < list.length && list[before]! < c) before++;
    return { line: l, column: c - before };
  };
}
