/**
 * Two-dimensional ASCII flows: horizontal chains on a line, vertical arrows between
 * lines (`↓ ↑ ↕ | v ▼`, several on a line for fan-out, diagonals `↙ ↘ / \`, buses `┌──┴──┐`
 * that fan out or join, a label beside a line `│ 인증`), boxes
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
  DOWN.has(c) ||
  UP.has(c) ||
  BOTH.has(c) ||
  LINE.has(c) ||
  DOWN_LEFT.has(c) ||
  DOWN_RIGHT.has(c) ||
  UP_RIGHT.has(c) ||
  UP_LEFT.has(c);

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
      const box: Box = {
        rowStart: r,
        rowEnd: bottom,
        colStart: a,
        colEnd: bcol + tr.width,
        lines: lines.filter(Boolean),
      };
      if (box.lines.length === 0) return null;
      if (box.lines.some((l) => /[┌┐└┘╭╮╰╯╔╗╚╝]|\+-/.test(l))) return null; // nested boxes: not sure
      for (let k = r; k <= bottom; k++)
        for (const x of rows[k].cells) if (x.col >= a && x.col < box.colEnd) consumed.add(`${k}:${x.col}`);
      boxes.push(box);
    }
  }
  return boxes;
}

/** Elements of one row outside boxes, in column order; null when a token is unusable. */
function rowElements(row: Row, r: number, consumed: Set<string>, boxes: Box[]): Element[] | null {
  const els: Element[] = [];
  for (const box of boxes)
    if (box.rowStart <= r && r <= box.rowEnd)
      els.push({ kind: 'node', colStart: box.colStart, colEnd: box.colEnd, text: null, box });
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

/** Box-drawing pieces of a bus that joins vertical lines (`┌──┴──┐`, `└──┬──┘`, `├──┼──┤`). */
const BUS = new Set(['─', '━', '═', '┌', '┐', '└', '┘', '┬', '┴', '┼', '├', '┤', '╭', '╮', '╰', '╯']);
const BUS_JOINT_RE = /[┌┐└┘┬┴┼├┤╭╮╰╯]/;
const JOINS_RIGHT = new Set(['─', '━', '═', '┌', '└', '├', '┬', '┴', '┼', '╭', '╰']);
const JOINS_LEFT = new Set(['─', '━', '═', '┐', '┘', '┤', '┬', '┴', '┼', '╮', '╯']);
const JOINS_DOWN = new Set(['┌', '┐', '┬', '┼', '├', '┤', '╭', '╮']);
const JOINS_UP = new Set(['└', '┘', '┴', '┼', '├', '┤', '╰', '╯']);
const isLineGlyph = (c: string) => LINE.has(c) || DOWN.has(c) || UP.has(c) || BOTH.has(c);
const joinsDown = (c: string) => isLineGlyph(c) || JOINS_DOWN.has(c);
const joinsUp = (c: string) => isLineGlyph(c) || JOINS_UP.has(c);
/** `│ 인증`, `↓ 비밀번호 확인`: a vertical line or arrow, one space, then the edge's label. */
const LABELLED_GLYPH_RE = /^([│┃║|↓↑▼▲↕⇓⇑]+) (\S.*)$/s;

/** The glyph cells of a row between node rows, the labels written beside them, and whether it holds a bus. */
interface GlyphRow {
  cells: Cell[];
  /** Label by the column of the glyph it is written beside. */
  labels: Map<number, string>;
  bus: boolean;
}

/** The row as a row of vertical glyphs (some with a label beside them, some joined by a bus), or null. */
function glyphRow(row: Row, els: Element[]): GlyphRow | null {
  if (els.length === 0) return null;
  const out: GlyphRow = { cells: [], labels: new Map(), bus: false };
  for (const e of els) {
    if (e.kind !== 'node' || e.text === null) return null;
    const text = e.text;
    const start = row.indexAt.get(e.colStart);
    if (start === undefined) return null;
    const chars = [...text];
    if (chars.every((c) => c === ' ' || isVGlyph(c) || BUS.has(c))) {
      if (chars.some((c) => BUS.has(c))) {
        if (!BUS_JOINT_RE.test(text)) return null; // a bare rule `────` is not a bus
        out.bus = true;
      }
      for (let i = start; i < row.cells.length && row.cells[i].col < e.colEnd; i++)
        if (row.cells[i].ch !== ' ') out.cells.push(row.cells[i]);
      continue;
    }
    const m = LABELLED_GLYPH_RE.exec(text);
    if (!m || /[│┃║|]/.test(m[2])) return null;
    const glyphs = [...m[1]].length;
    for (let i = start; i < start + glyphs; i++) out.cells.push(row.cells[i]);
    out.labels.set(row.cells[start + glyphs - 1].col, m[2].trim());
  }
  return out;
}

const isParenText = (t: string) => /^\(.*\)$/s.test(t);

export function parseGrid(lines: string[], ambiguousWide: boolean, tabSize: number): FlowGraph | null {
  const rows: Row[] = lines.map((l) => {
    const { text, cells } = layoutLine(l.trimEnd(), ambiguousWide, tabSize);
    return {
      text,
      cells,
      byCol: new Map(cells.map((c) => [c.col, c])),
      indexAt: new Map(cells.map((c, i) => [c.col, i])),
    };
  });
  const consumed = new Set<string>();
  const boxes = findBoxes(rows, consumed);
  if (!boxes) return null;
  const b = new GraphBuilder(true);
  const regions: Region[] = [];
  const boxRegion = new Map<Box, Region>();
  const kinds: Array<'blank' | 'glyph' | 'node'> = [];
  const rowEls: Element[][] = [];
  const glyphRows: Array<GlyphRow | null> = [];
  let vertical = false;

  for (let r = 0; r < rows.length; r++) {
    const els = rowElements(rows[r], r, consumed, boxes);
    if (!els) return null;
    rowEls.push(els);
    const glyphs = glyphRow(rows[r], els);
    glyphRows.push(glyphs);
    if (els.length === 0) {
      kinds.push('blank');
      continue;
    }
    if (glyphs) {
      kinds.push('glyph');
      continue;
    }
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
      if (
        textEls.length === 1 &&
        prevRegions.length === 1 &&
        prevEls.length === 1 &&
        textEls[0].colStart < prevRegions[0].colEnd &&
        prevRegions[0].colStart < textEls[0].colEnd
      ) {
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
          region = {
            rowStart: e.box.rowStart,
            rowEnd: e.box.rowEnd,
            colStart: e.box.colStart,
            colEnd: e.box.colEnd,
            ends: { entry: id, exit: id },
            touched: false,
            box: true,
          };
          boxRegion.set(e.box, region);
          regions.push(region);
        }
      } else {
        const ends = addPiece(b, e.text!);
        if (!ends) return null;
        region = {
          rowStart: r,
          rowEnd: r,
          colStart: e.colStart,
          colEnd: e.colEnd,
          ends,
          touched: ends.entry !== ends.exit,
          box: false,
        };
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
    const band = glyphRows.slice(r, end + 1) as GlyphRow[];
    const labelAt = (col: number): string | null => {
      for (const g of band) if (g.labels.has(col)) return g.labels.get(col)!;
      return null;
    };
    if (band.some((g) => g.bus)) {
      if (!joinBus(b, band, above, below)) return null;
      vertical = true;
      r = end;
      continue;
    }
    // glyph points by column
    const byCol = new Map<number, string[]>();
    for (const g of band) for (const c of g.cells) byCol.set(c.col, [...(byCol.get(c.col) ?? []), c.ch]);
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
      b.edge(from.ends.exit, to.ends.entry, labelAt(col), both);
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

/**
 * A band whose vertical lines are joined by a bus (`┌──┴──┐` fans one node out, `└──┬──┘` joins
 * several into one): each connected drawing links the nodes above its upper ends to the nodes
 * below its lower ends, in the direction of its arrowheads. One-to-many and many-to-one only.
 */
function joinBus(b: GraphBuilder, band: GlyphRow[], above: Region[], below: Region[]): boolean {
  const cells: Array<{ k: number; c: Cell }> = [];
  /** Index in `cells` by row of the band and column (cells of a row are in column order). */
  const at: Array<Map<number, number>> = band.map(() => new Map<number, number>());
  band.forEach((g, k) => {
    for (const c of g.cells) {
      at[k].set(c.col, cells.length);
      cells.push({ k, c });
    }
  });
  const parent = new Int32Array(cells.length).map((_, i) => i);
  const find = (i: number): number => {
    let root = i;
    while (parent[root] !== root) root = parent[root]!;
    while (parent[i] !== root) {
      const next = parent[i];
      parent[i] = root;
      i = next;
    }
    return root;
  };
  const union = (i: number, j: number) => {
    parent[find(i)] = find(j);
  };
  for (let i = 0; i < cells.length; i++) {
    const { k, c } = cells[i];
    if (DOWN_LEFT.has(c.ch) || DOWN_RIGHT.has(c.ch) || UP_LEFT.has(c.ch) || UP_RIGHT.has(c.ch)) return false;
    const next = cells[i + 1];
    if (next && next.k === k && next.c.col === c.col + c.width && JOINS_RIGHT.has(c.ch) && JOINS_LEFT.has(next.c.ch))
      union(i, i + 1);
    const under = k + 1 < band.length ? at[k + 1].get(c.col) : undefined;
    if (under !== undefined && joinsDown(c.ch) && joinsUp(cells[under].c.ch)) union(i, under);
  }
  const parts = new Map<number, number[]>();
  for (let i = 0; i < cells.length; i++) {
    const root = find(i);
    const list = parts.get(root);
    if (list) list.push(i);
    else parts.set(root, [i]);
  }
  const last = band.length - 1;
  const memo = new Map<Region[], Map<number, Region | null>>([
    [above, new Map()],
    [below, new Map()],
  ]);
  const straightAt = (cands: Region[], col: number): Region | null => {
    const m = memo.get(cands)!;
    let g = m.get(col);
    if (g === undefined) m.set(col, (g = straight(cands, col)));
    return g;
  };
  for (const members of parts.values()) {
    const sources = new Set<Region>();
    const targets = new Set<Region>();
    let down = false;
    let up = false;
    let both = false;
    let label: string | null = null;
    for (const i of members) {
      const { k, c } = cells[i];
      down ||= DOWN.has(c.ch);
      up ||= UP.has(c.ch);
      both ||= BOTH.has(c.ch);
      label ??= band[k].labels.get(c.col) ?? null;
      if (k === 0 && joinsUp(c.ch)) {
        const g = straightAt(above, c.col);
        if (!g) return false;
        sources.add(g);
      }
      if (k === last && joinsDown(c.ch)) {
        const g = straightAt(below, c.col);
        if (!g) return false;
        targets.add(g);
      }
    }
    if (sources.size === 0 || targets.size === 0 || (sources.size > 1 && targets.size > 1)) return false;
    if (!down && !up && !both) return false; // no arrowhead: which way is not sure
    const twoWay = both || (down && up);
    for (const s of sources) {
      for (const t of targets) {
        if (up && !twoWay) b.edge(t.ends.exit, s.ends.entry, label);
        else b.edge(s.ends.exit, t.ends.entry, label, twoWay);
        s.touched = true;
        t.touched = true;
      }
    }
  }
  return true;
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
