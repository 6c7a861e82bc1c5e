/**
 * Trees drawn with `├──`, `└──`, `│` (also `|--`, `` `-- ``, `+--`, `├─→`).
 * Parent of an item = nearest earlier item whose connector column is smaller.
 *
 * A tree line is: guide characters (` │|┃`), a connector (`├└┣┗`+|`), a run of dashes (`─-━`),
 * an optional arrow head, at least one space, then the item's text. It is matched by a scanner that
 * looks at each character at most twice, so no line, however long, costs more than linear time
 * (a regex with alternated dash runs backtracked exponentially on a long `─` run).
 * A tree of files and folders (`src/`, `index.ts`, `.gitignore`) is a listing, not a flow.
 */
import { layoutLine } from './display-width.ts';
import { GraphBuilder } from './graph-builder.ts';
import type { FlowGraph } from './types.ts';

const GUIDES = new Set([' ', '│', '|', '┃']);
const CONNECTORS = new Set(['├', '└', '┣', '┗', '`', '+', '|']);
const DASHES = new Set(['─', '-', '━']);
const HEADS = new Set(['>', '→', '▶']);

export interface TreeLine {
  /** Index (in UTF-16 units) of the connector character. */
  connector: number;
  /** The item's text, trimmed at the end. */
  text: string;
}

/** The connector position and item text of a tree line, or null when the line is not one. */
export function matchTreeLine(line: string): TreeLine | null {
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (CONNECTORS.has(ch) && DASHES.has(line[i + 1] ?? '')) {
      let j = i + 1;
      while (j < line.length && DASHES.has(line[j])) j++;
      if (HEADS.has(line[j] ?? '')) j++;
      if (line[j] !== ' ') return null;
      while (line[j] === ' ') j++;
      const text = line.slice(j).trimEnd();
      // `\S` after the spaces: a tab or other white space there is not an item
      if (text === '' || /^\s/.test(text)) return null;
      return { connector: i, text };
    }
    if (!GUIDES.has(ch)) return null;
  }
  return null;
}

/** `src/`, `.`, `..`: a folder. */
const isFolderName = (text: string) => text === '.' || text === '..' || (text.endsWith('/') && !/\s/.test(text));

/** `index.ts`, `package.json`, `.gitignore`: one word with an extension. */
function isFileName(text: string): boolean {
  if (/\s/.test(text)) return false;
  const dot = text.lastIndexOf('.');
  return dot >= 0 && dot < text.length - 1 && /^[A-Za-z0-9_-]{1,10}$/.test(text.slice(dot + 1));
}

/**
 * A listing of files: a folder name, or file names for at least half of the items
 * (a tree of topics may hold one `Node.js`).
 */
function isFileListing(labels: string[]): boolean {
  if (labels.some(isFolderName)) return true;
  return labels.filter(isFileName).length * 2 >= labels.length;
}

function isGuideOnly(line: string): boolean {
  for (const ch of line) if (!GUIDES.has(ch)) return false;
  return true;
}

export function isTreeLine(line: string): boolean {
  return matchTreeLine(line) !== null;
}

export function parseTree(lines: string[], ambiguousWide: boolean, tabSize: number): FlowGraph | null {
  const b = new GraphBuilder(false);
  const stack: Array<{ col: number; id: string }> = [];
  let items = 0;
  for (const raw of lines) {
    const { text, cells } = layoutLine(raw, ambiguousWide, tabSize);
    if (isGuideOnly(text)) continue;
    const m = matchTreeLine(text);
    if (!m) {
      // a root: text starting at column 0
      if (/^\s/.test(text)) return null;
      const id = b.node(text.trim());
      stack.length = 0;
      stack.push({ col: -1, id });
      continue;
    }
    const connIndex = m.connector;
    const col = cells.find((c) => c.index === connIndex)?.col ?? connIndex;
    while (stack.length && stack[stack.length - 1].col >= col) stack.pop();
    const id = b.node(m.text);
    const parent = stack[stack.length - 1];
    if (parent) b.edge(parent.id, id);
    stack.push({ col, id });
    items++;
  }
  if (items === 0 || b.edges.length === 0) return null;
  if (isFileListing(b.nodes.map((n) => n.label))) return null;
  // every node must be connected
  const touched = new Set(b.edges.flatMap((e) => [e.from, e.to]));
  if (b.nodes.some((n) => !touched.has(n.id))) return null;
  return b.build('LR');
}
