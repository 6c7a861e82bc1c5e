/**
 * Two-dimensional ASCII flows: horizontal chains on a line, vertical arrows between
 * lines (`↓ ↑ ↕ | v ▼`, several on a line for fan-out, diagonals `↙ ↘ / \`), boxes
 * (`+--+`, `┌─┐`, multi-line labels), and `(…)` sub-label lines under a chain.
 * Works on display columns for one reading of ambiguous widths; returns null when unsure.
 */
import { layoutLine, type Cell } from './display-width.ts';
import { tokenizeChain, type ArrowDir } from './chain-tokens.ts';
import { GraphBuilder } from './graph-builder.ts';
import { addPiece, type PieceEnds } from './inline-chain.ts';
import type { FlowGraph } from './types.ts';

interface Box {
  rowStart: number;
  rowEnd: number;
  colStart: number;
  colEnd: number;
  lines: string[];
}

interface Region {
  rowStart: number;
  rowEnd: number;
  colStart: number;
  colEnd: number;
  ends: PieceEnds;
  touched: boolean;
  box: boolean;
}

type NodeElement = { kind: 'node'; colStart: number; colEnd: number; text: string | null; box: Box | null };
type Element = NodeElement | { kind: 'arrow'; colStart: number; colEnd: number; dir: ArrowDir; label: string | null };

const TL = new Set(['+', '┌', '╭', '┏', '╔']);
const TR = new Set(['+', '┐', '╮', '┓', '╗']);
const BL = new Set(['+', '└', '╰', '┗', '╚']);
const BR = new Set(['+', '┘', '╯', '┛', '╝']);
const HORIZ = new Set(['-', '─', '━', '=', '═', '┬', '┴', '╦', '╩', '+', '┼', '╬']);
const TOP = new Set(['-', '─', '━', '=', '═', '┬', '┴', '╦', '╩']);
const SIDE = new Set(['|', '│', '┃', '║', '├', '┤', '╠', '╣', '╟', '╢', '+', '┼', '╬']);
const BORDER_ONLY_RE = /^[+\-─━═│|┃║┌┐└┘├┤┬┴┼╭╮╰╯┏┓┗┛╔╗╚╝╠╣╦╩╬=]+$/;

const DOWN = new Set(['↓', '⇓', '▼', 'v', 'V']);
const UP = new Set(['↑', '⇑', '▲', '^']);
const BOTH = new Set(['↕', '⇕']);
const LINE = new Set(['|', '│', '┃', '║', '┆', '╎']);
const DOWN_LEFT = new Set(['↙', '/']);
const DOWN_RIGHT = new Set(['↘', '\\']);
const UP_RIGHT = new Set(['↗']);
const UP_LEFT = new Set(['↖']);
const isVGlyph = (c: string) =>
  DOWN.has(c) || UP.has(c) || BOTH.has(c) || LINE.has(c) || DOWN_LEFT.has(c) || DOWN_RIGHT.has(c) || UP_RIGHT.has(c) || UP_LEFT.has(c);

interface Row {
  text: string;
  cells: Cell[];
  byCol: Map<number, Cell>;
  /** Index in `cells` of the cell starting at a column. */
  indexAt: Map<number, number>;
}

/** The cells strictly between the cells starting at columns a and b (both present in the row). */
function between(row: Row, a: number, b: number): Cell[] {
  return row.cells.slice(row.indexAt.get(a)! + 1, row.indexAt.get(b));
}

function findBoxes(rows: Row[], consumed: Set<string>): Box[] | null {
  const boxes: Box[] = [];
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    for (let i = 0; i < row.cells.length; i++) {
      const c = row.cells[i];
      if (!TL.has(c.ch) || consumed.has(`${r}:${c.col}`)) continue;
      let j = i + 1;
      while (j < row.cells.length && TOP.has(row.cells[j].ch)) j++;
      const tr = row.cells[j];
      if (!tr || !TR.has(tr.ch) || j - i < 3) continue;
      if (c.ch === '+' && row.cells[i + 1].ch !== '-' && row.cells[i + 1].ch !== '=') continue;
      const a = c.col;
      const bcol = tr.col;
      const lines: string[] = [];
      let bottom = -1;
      for (let k = r + 1; k < rows.length; k++) {
        const left = rows[k].byCol.get(a);
        const right = rows[k].byCol.get(bcol);
        if (!left || !right) break;
        if (BL.has(left.ch) && BR.has(right.ch)) {
          const mid = between(rows[k], a, bcol);
          if (mid.length > 0 && mid.every((x) => HORIZ.has(x.ch))) {
            bottom = k;
            break;
          }
        }
        if (!SIDE.has(left.ch) || !SIDE.has(right.ch)) break;
        const inner = between(rows[k], a, bcol);
        if (inner.some((x) => x.col + x.width > bcol)) return null; // wide char crosses the border
        const t = inner.map((x) => x.ch).join('');
        if (/^[\s─\-━═=]*$/.test(t) && /[─\-━═=]/.test(t)) continue; // separator line
        lines.push(t.trim());
      }
      if (bottom < 0) continue;
      const box: Box = { rowStart: r, rowEnd: bottom, colStart: a, colEnd: bcol + tr.width, lines: lines.filter(Boolean) };
      if (box.lines.length === 0) return null;
      if (box.lines.some((l) => /[┌┐└┘╭╮╰╯╔╗╚╝]|\+-/.test(l))) return null; // nested boxes: not sure
      for (let k = r; k <= bottom; k++) for (const x of rows[k].cells) if (x.col >= a && x.col < box.colEnd) consumed.add(`${k}:${x.col}`);
      boxes.push(box);
    }
  }
  return boxes;
}

/** Elements of one row outside boxes, in column order; null when a token is unusable. */
function rowElements(row: Row, r: number, consumed: Set<string>, boxes: Box[]): Element[] | null {
  const els: Element[] = [];
  for (const box of boxes) if (box.rowStart <= r && r <= box.rowEnd) els.push({ kind: 'node', colStart: box.colStart, colEnd: box.colEnd, text: null, box });
  // runs of unconsumed cells
  let run: Cell[] = [];
  const runs: Cell[][] = [];
  for (const c of row.cells) {
    if (consumed.has(`${r}:${c.col}`)) {
      if (run.length) runs.push(run);
      run = [];
    } else run.push(c);
  }
  if (run.length) runs.push(run);
  for (const cells of runs) {
    const text = cells.map((c) => c.ch).join('');
    if (!text.trim()) continue;
    const tokens = tokenizeChain(text);
    if (!tokens) return null;
    const colAt = (idx: number) => cells[idx].col;
    const colEndAt = (idx: number) => cells[idx - 1].col + cells[idx - 1].width;
    for (const t of tokens) {
      if (t.kind === 'arrow') {
        els.push({ kind: 'arrow', colStart: colAt(t.start), colEnd: colEndAt(t.end), dir: t.dir, label: t.label });
        continue;
      }
      // split a text token at runs of 2+ spaces (separate nodes on one line)
      for (const [s, e] of splitAtWideGaps(text, t.start, t.end)) {
        els.push({ kind: 'node', colStart: colAt(s), colEnd: colEndAt(e), text: text.slice(s, e), box: null });
      }
    }
  }
  els.sort((x, y) => x.colStart - y.colStart);
  return els;
}

const isSpace = (c: string | undefined) => c !== undefined && /\s/.test(c);

/** [start, end) of the pieces of text[from, to) between runs of two or more white-space characters. */
function splitAtWideGaps(text: string, from: number, to: number): Array<[number, number]> {
  const pieces: Array<[number, number]> = [];
  let i = from;
  while (i < to) {
    while (i < to && isSpace(text[i])) i++;
    if (i >= to) break;
    const start = i;
    let end = i;
    while (i < to) {
      if (!isSpace(text[i])) {
        end = ++i;
        continue;
      }
      let j = i;
      while (j < to && isSpace(text[j])) j++;
      if (j - i >= 2 || j >= to) break;
      i = j;
    }
    pieces.push([start, end]);
    i = end;
  }
  return pieces;
}

function isGlyphRow(els: Element[]): boolean {
  return els.length > 0 && els.every((e) => e.kind === 'node' && e.text !== null && [...e.text].every((c) => c === ' ' || isVGlyph(c)));
}

const isParenText = (t: string) => /^\(.*\)$/s.test(t);

export function parseGrid(lines: string[], ambiguousWide: boolean, tabSize: number): FlowGraph | null {
  const rows: Row[] = lines.map((l) => {
    const { text, cells } = layoutLine(l.trimEnd(), ambiguousWide, tabSize);
    return { text, cells, byCol: new Map(cells.map((c) => [c.col, c])), indexAt: new Map(cells.map((c, i) => [c.col, i])) };
  });
  const consumed = new Set<string>();
  const boxes = findBoxes(rows, consumed);
  if (!boxes) return null;
  const b = new GraphBuilder(true);
  const regions: Region[] = [];
  const boxRegion = new Map<Box, Region>();
  const kinds: Array<'blank' | 'glyph' | 'node'> = [];
  const rowEls: Element[][] = [];
  let vertical = false;

  for (let r = 0; r < rows.length; r++) {
    const els = rowElements(rows[r], r, consumed, boxes);
    if (!els) return null;
    rowEls.push(els);
    if (els.length === 0) { kinds.push('blank'); continue; }
    if (isGlyphRow(els)) { kinds.push('glyph'); continue; }
    kinds.push('node');
    for (const e of els) if (e.kind === 'node' && e.text !== null && BORDER_ONLY_RE.test(e.text)) return null;
    const hasArrow = els.some((e) => e.kind === 'arrow');
    const hasBox = els.some((e) => e.kind === 'node' && e.box);
    const textEls = els.filter((e): e is NodeElement => e.kind === 'node' && e.text !== null);
    // sub-label / detail lines directly under a node line
    const prevRegions = r > 0 && kinds[r - 1] === 'node' ? regions.filter((g) => g.rowEnd === r - 1 && !g.box) : [];
    if (!hasArrow && !hasBox && prevRegions.length > 0) {
      const allParen = textEls.every((e) => isParenText(e.text!));
      const prevAllText = !rowEls[r - 1].some((e) => e.kind === 'node' && e.box);
      if (allParen && prevAllText) {
        const sorted = [...prevRegions].sort((x, y) => x.colStart - y.colStart);
        const assign: Array<[Region, Element]> = [];
        if (textEls.length === sorted.length) textEls.forEach((e, i) => assign.push([sorted[i], e]));
        else {
          for (const e of textEls) {
            const hits = sorted.filter((g) => e.colStart < g.colEnd && g.colStart < e.colEnd);
            if (hits.length !== 1) return null;
            assign.push([hits[0], e]);
          }
        }
        for (const [g, e] of assign) {
          if (g.ends.entry !== g.ends.exit) return null;
          b.get(g.ends.entry).detail.push((e as { text: string }).text);
          g.rowEnd = r;
          g.colStart = Math.min(g.colStart, e.colStart);
          g.colEnd = Math.max(g.colEnd, e.colEnd);
        }
        continue;
      }
      const prevEls = rowEls[r - 1];
      if (textEls.length === 1 && prevRegions.length === 1 && prevEls.length === 1 && textEls[0].colStart < prevRegions[0].colEnd && prevRegions[0].colStart < textEls[0].colEnd) {
        const g = prevRegions[0];
        if (g.ends.entry !== g.ends.exit) return null;
        b.get(g.ends.entry).detail.push(textEls[0].text!);
        g.rowEnd = r;
        g.colEnd = Math.max(g.colEnd, textEls[0].colEnd);
        continue;
      }
    }
    // nodes and horizontal edges of this row
    let prev: Region | null = null;
    let pendingArrow: Extract<Element, { kind: 'arrow' }> | null = null;
    for (const e of els) {
      if (e.kind === 'arrow') {
        if (!prev || pendingArrow) return null;
        pendingArrow = e;
        continue;
      }
      let region: Region;
      if (e.box) {
        const existing = boxRegion.get(e.box);
        if (existing) region = existing;
        else {
          const id = b.node(e.box.lines[0], e.box.lines.slice(1));
          region = { rowStart: e.box.rowStart, rowEnd: e.box.rowEnd, colStart: e.box.colStart, colEnd: e.box.colEnd, ends: { entry: id, exit: id }, touched: false, box: true };
          boxRegion.set(e.box, region);
          regions.push(region);
        }
      } else {
        const ends = addPiece(b, e.text!);
        if (!ends) return null;
        region = { rowStart: r, rowEnd: r, colStart: e.colStart, colEnd: e.colEnd, ends, touched: ends.entry !== ends.exit, box: false };
        regions.push(region);
      }
      if (pendingArrow && prev) {
        if (pendingArrow.dir === 'left') b.edge(region.ends.entry, prev.ends.exit, pendingArrow.label);
        else b.edge(prev.ends.exit, region.ends.entry, pendingArrow.label, pendingArrow.dir === 'both');
        prev.touched = true;
        region.touched = true;
        pendingArrow = null;
      }
      prev = region;
    }
    if (pendingArrow) return null;
  }

  // vertical bands of glyph rows
  for (let r = 0; r < rows.length; r++) {
    if (kinds[r] !== 'glyph') continue;
    let end = r;
    while (end + 1 < rows.length && kinds[end + 1] === 'glyph') end++;
    const above = regions.filter((g) => g.rowEnd === r - 1);
    const below = regions.filter((g) => g.rowStart === end + 1);
    if (above.length === 0 || below.length === 0) return null;
    // glyph points by column
    const byCol = new Map<number, string[]>();
    for (let k = r; k <= end; k++) {
      for (const c of rows[k].cells) if (c.ch !== ' ') byCol.set(c.col, [...(byCol.get(c.col) ?? []), c.ch]);
    }
    for (const [col, glyphs] of byCol) {
      const diag = glyphs.filter((g) => DOWN_LEFT.has(g) || DOWN_RIGHT.has(g) || UP_LEFT.has(g) || UP_RIGHT.has(g));
      let from: Region | null;
      let to: Region | null;
      let both = false;
      if (diag.length > 0) {
        if (diag.length !== glyphs.length || new Set(diag).size !== 1) return null;
        const g = diag[0];
        const up = UP_LEFT.has(g) || UP_RIGHT.has(g);
        const leftward = DOWN_LEFT.has(g) || UP_LEFT.has(g);
        const src = nearest(up ? below : above, col, 'any');
        const dst = nearest(up ? above : below, col, leftward ? 'left' : 'right');
        from = src;
        to = dst;
      } else {
        const down = glyphs.some((g) => DOWN.has(g));
        const upw = glyphs.some((g) => UP.has(g));
        both = glyphs.some((g) => BOTH.has(g)) || (down && upw);
        const a = straight(above, col);
        const c = straight(below, col);
        if (!a || !c) return null;
        [from, to] = upw && !both ? [c, a] : [a, c];
      }
      if (!from || !to) return null;
      b.edge(from.ends.exit, to.ends.entry, null, both);
      from.touched = true;
      to.touched = true;
      vertical = true;
    }
    r = end;
  }

  if (b.edges.length === 0 || b.nodes.length < 2) return null;
  if (regions.some((g) => !g.touched)) return null;
  return b.build(vertical ? 'TD' : 'LR');
}

/** Region straight above/below a column: the one whose span holds it (±1), or the only one. */
function straight(cands: Region[], col: number): Region | null {
  const hits = cands.filter((g) => col >= g.colStart - 1 && col < g.colEnd + 1);
  if (hits.length === 1) return hits[0];
  if (hits.length === 0 && cands.length === 1) return cands[0];
  return null;
}

/** Nearest region to a column for a diagonal arrow (unique, within 4 columns). */
function nearest(cands: Region[], col: number, side: 'any' | 'left' | 'right'): Region | null {
  const pool = cands.filter((g) => side === 'any' || (side === 'left' ? g.colStart <= col : g.colEnd > col));
  const dist = (g: Region) => (col < g.colStart ? g.colStart - col : col >= g.colEnd ? col - g.colEnd + 1 : 0);
  const scored = pool.map((g) => ({ g, d: dist(g) })).sort((x, y) => x.d - y.d);
  if (scored.length === 0 || scored[0].d > 4) return null;
  if (scored.length > 1 && scored[1].d === scored[0].d) return null;
  return scored[0].g;
}
