/**
 * Turns a one-line chain (`A → B`, `G: (x → y) → (네트워크) → H: (p → q)`) into
 * nodes, edges and groups of a GraphBuilder.
 */
import { tokenizeChain, type ChainToken } from './chain-tokens.ts';
import type { GraphBuilder } from './graph-builder.ts';

/** Entry and exit node of one piece of a chain (a node, or a group's first/last node). */
export interface PieceEnds {
  entry: string;
  exit: string;
}

const GROUP_RE = /^([^():]+?)\s*:\s*\((.+)\)$/s;
const PAREN_RE = /^\((.+)\)$/s;

function balancedInside(inner: string): boolean {
  let d = 0;
  for (const c of inner) {
    if (c === '(') d++;
    else if (c === ')' && --d < 0) return false;
  }
  return d === 0;
}

/** Adds one text piece; returns its ends, or null when it is not a clean piece. */
export function addPiece(b: GraphBuilder, text: string, detail: string[] = []): PieceEnds | null {
  const t = text.trim();
  if (!t) return null;
  const g = GROUP_RE.exec(t);
  if (g && balancedInside(g[2]!)) {
    const inner = addChain(b, g[2]!);
    if (inner && inner.ids.length >= 2) {
      b.group(g[1]!.trim(), inner.ids);
      return { entry: inner.entry, exit: inner.exit };
    }
  }
  const p = PAREN_RE.exec(t);
  if (p && balancedInside(p[1]!)) {
    const innerTokens = tokenizeChain(p[1]!);
    if (innerTokens && innerTokens.some((x) => x.kind === 'arrow')) {
      const inner = addChain(b, p[1]!);
      return inner ? { entry: inner.entry, exit: inner.exit } : null;
    }
    const id = b.node(p[1]!.trim(), detail);
    return { entry: id, exit: id };
  }
  const id = b.node(t, detail);
  return { entry: id, exit: id };
}

/** Connects pieces along arrows. Returns null if the tokens are not text (arrow text)+. */
export function connectTokens(
  b: GraphBuilder,
  tokens: ChainToken[],
  pieceOf: (index: number) => PieceEnds | null,
): { entry: string; exit: string; ids: string[] } | null {
  if (tokens.length < 1 || tokens[0]!.kind !== 'text' || tokens[tokens.length - 1]!.kind !== 'text') return null;
  const ends: PieceEnds[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    const want = i % 2 === 0 ? 'text' : 'arrow';
    if (tok.kind !== want) return null;
    if (tok.kind === 'text') {
      const e = pieceOf(i);
      if (!e) return null;
      ends.push(e);
    }
  }
  for (let k = 1; k < ends.length; k++) {
    const arrow = tokens[2 * k - 1]!;
    if (arrow.kind !== 'arrow') return null;
    const a = ends[k - 1]!;
    const c = ends[k]!;
    if (arrow.dir === 'left') b.edge(c.entry, a.exit, arrow.label, false);
    else b.edge(a.exit, c.entry, arrow.label, arrow.dir === 'both');
  }
  const ids: string[] = [];
  for (const e of ends) for (const id of [e.entry, e.exit]) if (!ids.includes(id)) ids.push(id);
  return { entry: ends[0]!.entry, exit: ends[ends.length - 1]!.exit, ids };
}

/** Adds a whole chain line. */
export function addChain(b: GraphBuilder, text: string): { entry: string; exit: string; ids: string[] } | null {
  const tokens = tokenizeChain(text);
  if (!tokens) return null;
  return connectTokens(b, tokens, (i) => addPiece(b, (tokens[i] as { text: string }).text));
}
