/**
 * Trees drawn with `├──`, `└──`, `│` (also `|--`, `` `-- ``, `+--`, `├─→`).
 * Parent of an item = nearest earlier item whose connector column is smaller.
 */
import { layoutLine } from './display-width.ts';
import { GraphBuilder } from './graph-builder.ts';
import type { FlowGraph } from './types.ts';

const CONNECTOR_RE = /^([ │|┃]*?)([├└┣┗`+|])(?:──|─|--|-|━━|━)+(?:>|→|▶)?[ ]+(\S.*?)\s*$/;
const PIPE_ONLY_RE = /^[ │|┃]*$/;

export function isTreeLine(line: string): boolean {
  return CONNECTOR_RE.test(line);
}

export function parseTree(lines: string[], ambiguousWide: boolean, tabSize: number): FlowGraph | null {
  const b = new GraphBuilder(false);
  const stack: Array<{ col: number; id: string }> = [];
  let items = 0;
  for (const raw of lines) {
    const { text, cells } = layoutLine(raw, ambiguousWide, tabSize);
    if (PIPE_ONLY_RE.test(text)) continue;
    const m = CONNECTOR_RE.exec(text);
    if (!m) {
      // a root: text starting at column 0
      if (/^\s/.test(text)) return null;
      const id = b.node(text.trim());
      stack.length = 0;
      stack.push({ col: -1, id });
      continue;
    }
    const connIndex = m[1]!.length;
    const col = cells.find((c) => c.index === connIndex)?.col ?? connIndex;
    while (stack.length && stack[stack.length - 1]!.col >= col) stack.pop();
    const id = b.node(m[3]!);
    const parent = stack[stack.length - 1];
    if (parent) b.edge(parent.id, id);
    stack.push({ col, id });
    items++;
  }
  if (items === 0 || b.edges.length === 0) return null;
  // every node must be connected
  const touched = new Set(b.edges.flatMap((e) => [e.from, e.to]));
  if (b.nodes.some((n) => !touched.has(n.id))) return null;
  return b.build('LR');
}
