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

const PAREN_RE = /^\((.+)\)$/s;

/**
 * Groups inside groups deeper than this are not read (`A: (b → (c → (d → …)))`): each level
 * reads its whole inside again, so the depth bounds the work on a line.
 */
const MAX_NESTING = 4;

/** `Label: (inside)`: the label (no parentheses or colon in it) and the inside, or null. */
function matchGroup(t: string): { label: string; inside: string } | null {
  const colon = t.indexOf(':');
  if (colon < 1 || !t.endsWith(')')) return null;
  const label = t.slice(0, colon);
  if (label.includes('(') || label.includes(')')) return null;
  let k = colon + 1;
  while (k < t.length && /\s/.test(t[k])) k++;
  if (t[k] !== '(' || t.length - 1 <= k + 1) return null;
  return { label: label.trim(), inside: t.slice(k + 1, -1) };
}

function balancedInside(inner: string): boolean {
  let d = 0;
  for (const c of inner) {
    if (c === '(') d++;
    else if (c === ')' && --d < 0) return false;
  }
  return d === 0;
}

/** Adds one text piece; returns its ends, or null when it is not a clean piece. */
export function addPiece(b: GraphBuilder, text: string, detail: string[] = [], depth = 0): PieceEnds | null {
  const t = text.trim();
  if (!t) return null;
  if (depth > MAX_NESTING) return null;
  const g = matchGroup(t);
  if (g && balancedInside(g.inside)) {
    const inner = addChain(b, g.inside, depth + 1);
    if (inner && inner.ids.length >= 2) {
      b.group(g.label, inner.ids);
      return { entry: inner.entry, exit: inner.exit };
    }
  }
  const p = PAREN_RE.exec(t);
  if (p && balancedInside(p[1])) {
    const innerTokens = tokenizeChain(p[1]);
    if (innerTokens && innerTokens.some((x) => x.kind === 'arrow')) {
      const inner = addChain(b, p[1], depth + 1);
      return inner ? { entry: inner.entry, exit: inner.exit } : null;
    }
    const id = b.node(p[1].trim(), detail);
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
  if (tokens.length < 1 || tokens[0].kind !== 'text' || tokens[tokens.length - 1].kind !== 'text') return null;
  const ends: PieceEnds[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    const want = i % 2 === 0 ? 'text' : 'arrow';
    if (tok.kind !== want) return null;
    if (tok.kind === 'text') {
      const e = pieceOf(i);
      if (!e) return null;
      ends.push(e);
    }
  }
  for (let k = 1; k < ends.length; k++) {
    const arrow = tokens[2 * k - 1];
    if (arrow.kind !== 'arrow') return null;
    const a = ends[k - 1];
    const c = ends[k];
    if (arrow.dir === 'left') b.edge(c.entry, a.exit, arrow.label, false);
    else b.edge(a.exit, c.entry, arrow.label, arrow.dir === 'both');
  }
  const ids = [...new Set(ends.flatMap((e) => [e.entry, e.exit]))];
  return { entry: ends[0].entry, exit: ends[ends.length - 1].exit, ids };
}

/** Adds a whole chain line. */
export function addChain(
  b: GraphBuilder,
  text: string,
  depth = 0,
): { entry: string; exit: string; ids: string[] } | null {
  const tokens = tokenizeChain(text);
  if (!tokens) return null;
  return connectTokens(b, tokens, (i) => addPiece(b, (tokens[i] as { text: string }).text, [], depth));
}
