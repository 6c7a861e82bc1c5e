/**
 * Layered (Sugiyama-lite) layout of a FlowGraph, fast enough to run for every diagram at build time.
 *
 * 1. Cycles are broken by reversing DFS back edges (a `both` edge counts in its from→to direction).
 * 2. Longest-path layering from the sources; a source whose targets all sit deeper moves down next to them.
 *    Edges spanning several layers get a dummy vertex per inner layer, so they route through the gaps.
 * 3. Order in a layer: DFS discovery order (trees stay in source order), then barycenter sweeps;
 *    the order with the fewest crossings wins (ties keep the earlier one). Group members sit together.
 * 4. Positions across the layer ("order axis"): Sugiyama's priority method, each vertex moves to the
 *    centre of its neighbours in the layer just placed, pushing lower-priority vertices, never overlapping.
 *    A single child of a single parent ends exactly on its parent's line, so chains are straight.
 * 5. Layers sit at fixed gaps, widened where an edge label or a group frame needs the room.
 * 6. Edges: straight when aligned, otherwise an elbow through a channel in the gap between layers.
 *
 * Text is measured, not rendered: Hangul/CJK at 1 em, Latin from a small width table (a bit generous,
 * so real fonts fit). Labels longer than ~22 em wrap at spaces into 2–3 lines (words are never split,
 * like `word-break: keep-all`).
 */
import type { FlowDirection, FlowGraph } from './types.ts';
import { codePointWidth } from './display-width.ts';

export interface Point {
  x: number;
  y: number;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LaidNode extends Box {
  id: string;
  /** The label, wrapped (14px lines). */
  labelLines: string[];
  /** Detail lines, each wrapped (12px lines). */
  detailLines: string[];
  layer: number;
  /** Index in its layer (dummy vertices for long edges included). */
  order: number;
  /** Index into graph.groups, or -1. */
  group: number;
}

export interface LaidEdge {
  from: string;
  to: string;
  label: string | null;
  labelLines: string[];
  both: boolean;
  /** From the source box border to the target box border (in the edge's own direction). */
  points: Point[];
  /** Background box of the label (the text is centred in it). */
  labelBox: Box | null;
}

export interface LaidGroup extends Box {
  label: string;
  nodes: string[];
  /** Start of the label's baseline (text-anchor start). */
  labelX: number;
  labelY: number;
}

export interface FlowLayout {
  direction: FlowDirection;
  /** Whole pixels. */
  width: number;
  height: number;
  nodes: LaidNode[];
  edges: LaidEdge[];
  groups: LaidGroup[];
}

// ---- text metrics -------------------------------------------------------------------------

export const LABEL_FONT = 14;
export const DETAIL_FONT = 12;
export const EDGE_FONT = 12;
export const GROUP_FONT = 12;
export const LABEL_LINE = 20;
export const DETAIL_LINE = 17;
export const EDGE_LINE = 16;
/** Labels wider than this (in em) wrap. */
export const WRAP_EM = 22;
const EDGE_WRAP_EM = 16;

/** Advance widths (em) of printable ASCII in a proportional sans, rounded up a little. */
const ASCII_EM = new Float64Array(128).fill(0.62);
const setWidths = (chars: string, em: number) => {
  for (let i = 0; i < chars.length; i++) ASCII_EM[chars.charCodeAt(i)] = em;
};
setWidths('abcdeghknopqsuvxyz', 0.6);
setWidths('ABCDEFGHJKLNOPQRSTUVXYZ', 0.72);
setWidths('0123456789', 0.63);
setWidths('mw', 0.9);
setWidths('MW', 0.98);
setWidths('fjrt()[]{}/\\-"*', 0.42);
setWidths("il.,:;|!'`I", 0.3);
setWidths(' ', 0.3);
for (let i = 0; i < 0x20; i++) ASCII_EM[i] = 0;
ASCII_EM[0x7f] = 0;

/** Width in em of one code point: Hangul, CJK, fullwidth (and ambiguous symbols, to be safe) 1 em. */
export function charEm(cp: number): number {
  if (cp < 128) return ASCII_EM[cp]!;
  const cols = codePointWidth(cp, true);
  return cols === 2 ? 1 : cols === 0 ? 0 : 0.62;
}

/** Estimated rendered width of one line of text, in px. */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (let i = 0; i < text.length; i++) {
    let cp = text.charCodeAt(i);
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < text.length) {
      cp = text.codePointAt(i)!;
      i++;
    }
    em += charEm(cp);
  }
  return em * fontSize;
}

/**
 * Wraps a line wider than maxWidth into 2–3 lines at spaces, as balanced as possible.
 * A line without spaces (or a single long word) stays whole.
 */
export function wrapText(text: string, fontSize: number, maxWidth: number): string[] {
  const clean = text.replace(/\s+/g, ' ').trim();
  const total = textWidth(clean, fontSize);
  if (total <= maxWidth) return [clean];
  const words = clean.split(' ');
  if (words.length < 2) return [clean];
  const space = textWidth(' ', fontSize);
  const w = words.map((x) => textWidth(x, fontSize));
  // width of words[i..j) on one line
  const prefix = [0];
  for (let i = 0; i < w.length; i++) prefix.push(prefix[i]! + w[i]!);
  const span = (i: number, j: number) => prefix[j]! - prefix[i]! + space * (j - i - 1);
  const join = (i: number, j: number) => words.slice(i, j).join(' ');
  const n = words.length;
  // two lines
  let best2 = 1;
  let best2w = Infinity;
  for (let k = 1; k < n; k++) {
    const m = Math.max(span(0, k), span(k, n));
    if (m < best2w) {
      best2w = m;
      best2 = k;
    }
  }
  if (best2w <= maxWidth || n < 3) return [join(0, best2), join(best2, n)];
  let b1 = 1;
  let b2 = 2;
  let best3w = Infinity;
  for (let k1 = 1; k1 < n - 1; k1++) {
    for (let k2 = k1 + 1; k2 < n; k2++) {
      const m = Math.max(span(0, k1), span(k1, k2), span(k2, n));
      if (m < best3w) {
        best3w = m;
        b1 = k1;
        b2 = k2;
      }
    }
  }
  return [join(0, b1), join(b1, b2), join(b2, n)];
}

// ---- geometry constants -----------------------------------------------------------------

const PAD_X = 14;
const PAD_Y = 9;
const MIN_NODE_W = 72;
const NODE_SEP_TD = 28; // between boxes across a TD layer
const NODE_SEP_LR = 18; // between boxes across an LR layer
const DUMMY_SEP = 14;
const GAP_TD = 44; // between layers
const GAP_LR = 56;
const CH_START = 14; // first elbow channel, from the start of the gap
const CH_STEP = 8;
const ARROW_ROOM = 18;
const LABEL_PAD_X = 5;
const LABEL_PAD_Y = 2;
const LABEL_MARGIN = 6;
export const GROUP_PAD = 12;
export const GROUP_HEADER = 20;
const MARGIN = 12;
const SWEEPS = 4;
const PLACE_ITERATIONS = 4;

// ---- layout -------------------------------------------------------------------------------

interface DagEdge {
  /** Graph edge index. */
  edge: number;
  a: number;
  b: number;
  reversed: boolean;
  chain: number[];
}

export function layoutGraph(graph: FlowGraph): FlowLayout {
  const td = graph.direction !== 'LR';
  const n = graph.nodes.length;
  const index = new Map<string, number>();
  for (let i = 0; i < n; i++) if (!index.has(graph.nodes[i]!.id)) index.set(graph.nodes[i]!.id, i);

  // measure
  const labelLines: string[][] = [];
  const detailLines: string[][] = [];
  const nodeW = new Float64Array(n);
  const nodeH = new Float64Array(n);
  const maxText = WRAP_EM * LABEL_FONT;
  for (let i = 0; i < n; i++) {
    const node = graph.nodes[i]!;
    const ll = wrapText(node.label, LABEL_FONT, maxText);
    const dl: string[] = [];
    for (const d of node.detail) for (const line of wrapText(d, DETAIL_FONT, maxText)) dl.push(line);
    let tw = 0;
    for (const l of ll) tw = Math.max(tw, textWidth(l, LABEL_FONT));
    for (const l of dl) tw = Math.max(tw, textWidth(l, DETAIL_FONT));
    labelLines.push(ll);
    detailLines.push(dl);
    nodeW[i] = Math.max(MIN_NODE_W, Math.ceil(tw + 2 * PAD_X));
    nodeH[i] = 2 * PAD_Y + ll.length * LABEL_LINE + dl.length * DETAIL_LINE;
  }

  const groupOf = new Int32Array(n).fill(-1);
  graph.groups.forEach((g, gi) => {
    for (const id of g.nodes) {
      const i = index.get(id);
      if (i !== undefined && groupOf[i]! < 0) groupOf[i] = gi;
    }
  });

  // edges (unknown ends and self loops are left out)
  const edgeA: number[] = [];
  const edgeB: number[] = [];
  const edgeIdx: number[] = [];
  graph.edges.forEach((e, k) => {
    const a = index.get(e.from);
    const b = index.get(e.to);
    if (a === undefined || b === undefined || a === b) return;
    edgeA.push(a);
    edgeB.push(b);
    edgeIdx.push(k);
  });
  const m = edgeA.length;
  const out: number[][] = Array.from({ length: n }, () => []);
  const indeg = new Int32Array(n);
  for (let e = 0; e < m; e++) {
    out[edgeA[e]!]!.push(e);
    indeg[edgeB[e]!]!++;
  }

  // 1. cycle breaking: DFS from the sources (source order), back edges reversed
  const state = new Uint8Array(n);
  const reversed = new Uint8Array(m);
  const post: number[] = [];
  const stackV: number[] = [];
  const stackP: number[] = [];
  const dfs = (r: number) => {
    state[r] = 1;
    stackV.push(r);
    stackP.push(0);
    while (stackV.length) {
      const top = stackV.length - 1;
      const v = stackV[top]!;
      const p = stackP[top]!;
      if (p < out[v]!.length) {
        stackP[top] = p + 1;
        const e = out[v]![p]!;
        const t = edgeB[e]!;
        if (state[t] === 1) reversed[e] = 1;
        else if (state[t] === 0) {
          state[t] = 1;
          stackV.push(t);
          stackP.push(0);
        }
      } else {
        state[v] = 2;
        post.push(v);
        stackV.pop();
        stackP.pop();
      }
    }
  };
  for (let i = 0; i < n; i++) if (indeg[i] === 0 && state[i] === 0) dfs(i);
  for (let i = 0; i < n; i++) if (state[i] === 0) dfs(i);

  const dagOut: number[][] = Array.from({ length: n }, () => []);
  const dagInCount = new Int32Array(n);
  const dag: DagEdge[] = [];
  for (let e = 0; e < m; e++) {
    const rev = reversed[e] === 1;
    const a = rev ? edgeB[e]! : edgeA[e]!;
    const b = rev ? edgeA[e]! : edgeB[e]!;
    dag.push({ edge: edgeIdx[e]!, a, b, reversed: rev, chain: [] });
    dagOut[a]!.push(e);
    dagInCount[b]!++;
  }

  // 2. longest-path layering (reverse postorder is a topological order of the DAG)
  const layer = new Int32Array(n);
  for (let k = post.length - 1; k >= 0; k--) {
    const v = post[k]!;
    for (const e of dagOut[v]!) {
      const b = dag[e]!.b;
      if (layer[b]! < layer[v]! + 1) layer[b] = layer[v]! + 1;
    }
  }
  for (let v = 0; v < n; v++) {
    if (dagInCount[v] !== 0 || dagOut[v]!.length === 0) continue;
    let min = Infinity;
    for (const e of dagOut[v]!) min = Math.min(min, layer[dag[e]!.b]!);
    if (min - 1 > layer[v]!) layer[v] = min - 1;
  }
  let layerCount = 0;
  for (let v = 0; v < n; v++) layerCount = Math.max(layerCount, layer[v]! + 1);

  // vertices: the nodes, then one dummy per inner layer of a long edge
  const vLayer: number[] = Array.from(layer);
  const vGroup: number[] = Array.from(groupOf);
  const vOSize: number[] = [];
  const vRSize: number[] = [];
  for (let i = 0; i < n; i++) {
    vOSize.push(td ? nodeW[i]! : nodeH[i]!);
    vRSize.push(td ? nodeH[i]! : nodeW[i]!);
  }
  const down: number[][] = Array.from({ length: n }, () => []);
  const up: number[][] = Array.from({ length: n }, () => []);
  for (const d of dag) {
    d.chain.push(d.a);
    let prev = d.a;
    const g = groupOf[d.a] === groupOf[d.b] ? groupOf[d.a]! : -1;
    for (let l = layer[d.a]! + 1; l < layer[d.b]!; l++) {
      const v = vLayer.length;
      vLayer.push(l);
      vGroup.push(g);
      vOSize.push(0);
      vRSize.push(0);
      down.push([]);
      up.push([]);
      down[prev]!.push(v);
      up[v]!.push(prev);
      d.chain.push(v);
      prev = v;
    }
    down[prev]!.push(d.b);
    up[d.b]!.push(prev);
    d.chain.push(d.b);
  }
  const V = vLayer.length;

  // 3. ordering: DFS discovery, then barycenter sweeps
  let layers: number[][] = Array.from({ length: layerCount }, () => []);
  {
    const seen = new Uint8Array(V);
    const visit = (r: number) => {
      const stack = [r];
      while (stack.length) {
        const v = stack.pop()!;
        if (seen[v]) continue;
        seen[v] = 1;
        layers[vLayer[v]!]!.push(v);
        const ch = down[v]!;
        for (let k = ch.length - 1; k >= 0; k--) if (!seen[ch[k]!]) stack.push(ch[k]!);
      }
    };
    for (let i = 0; i < n; i++) if (up[i]!.length === 0) visit(i);
    for (let v = 0; v < V; v++) if (!seen[v]) visit(v);
  }
  const hasGroups = graph.groups.length > 0;
  const gather = (list: number[]): number[] => {
    if (!hasGroups) return list;
    const res: number[] = [];
    const done = new Set<number>();
    for (const v of list) {
      const g = vGroup[v]!;
      if (g < 0) res.push(v);
      else if (!done.has(g)) {
        done.add(g);
        for (const u of list) if (vGroup[u] === g) res.push(u);
      }
    }
    return res;
  };
  layers = layers.map(gather);
  const pos = new Float64Array(V);
  const setPos = (ls: number[][]) => {
    for (const l of ls) for (let k = 0; k < l.length; k++) pos[l[k]!] = k;
  };
  const crossings = (): number => {
    let total = 0;
    const sa: number[] = [];
    const sb: number[] = [];
    for (let l = 0; l + 1 < layerCount; l++) {
      sa.length = 0;
      sb.length = 0;
      for (const v of layers[l]!) for (const w of down[v]!) {
        sa.push(pos[v]!);
        sb.push(pos[w]!);
      }
      for (let i = 0; i < sa.length; i++) {
        for (let j = i + 1; j < sa.length; j++) {
          if ((sa[i]! - sa[j]!) * (sb[i]! - sb[j]!) < 0) total++;
        }
      }
    }
    return total;
  };
  setPos(layers);
  let best = layers.map((l) => l.slice());
  let bestCross = crossings();
  for (let s = 0; s < SWEEPS && bestCross > 0; s++) {
    const downward = s % 2 === 0;
    for (let t = 1; t < layerCount; t++) {
      const l = downward ? t : layerCount - 1 - t;
      const list = layers[l]!;
      const key = new Map<number, number>();
      for (const v of list) {
        const nb = downward ? up[v]! : down[v]!;
        if (nb.length === 0) key.set(v, pos[v]!);
        else {
          let sum = 0;
          for (const u of nb) sum += pos[u]!;
          key.set(v, sum / nb.length);
        }
      }
      const sorted = gather(list.slice().sort((x, y) => key.get(x)! - key.get(y)! || pos[x]! - pos[y]!));
      layers[l] = sorted;
      for (let k = 0; k < sorted.length; k++) pos[sorted[k]!] = k;
    }
    const c = crossings();
    if (c < bestCross) {
      bestCross = c;
      best = layers.map((l) => l.slice());
    }
  }
  layers = best;
  setPos(layers);

  // 4. positions along the order axis (centres)
  const sep = (a: number, b: number): number => {
    let gap = a < n && b < n ? (td ? NODE_SEP_TD : NODE_SEP_LR) : DUMMY_SEP;
    const ga = vGroup[a]!;
    const gb = vGroup[b]!;
    if (ga !== gb) {
      if (ga >= 0) gap += GROUP_PAD;
      if (gb >= 0) gap += GROUP_PAD + (td ? 0 : GROUP_HEADER);
    }
    return (vOSize[a]! + vOSize[b]!) / 2 + gap;
  };
  const c = new Float64Array(V);
  let widest = 0;
  const layerSpan = (list: number[]) => {
    let s = 0;
    for (let k = 1; k < list.length; k++) s += sep(list[k - 1]!, list[k]!);
    return s;
  };
  for (const list of layers) widest = Math.max(widest, layerSpan(list));
  for (const list of layers) {
    // start centred on the widest layer
    let x = (widest - layerSpan(list)) / 2;
    for (let k = 0; k < list.length; k++) {
      if (k > 0) x += sep(list[k - 1]!, list[k]!);
      c[list[k]!] = x;
    }
  }
  const fixed = new Uint8Array(V);
  const place = (list: number[], k: number, d: number) => {
    const v = list[k]!;
    if (d < c[v]!) {
      let bound = -Infinity;
      let acc = 0;
      for (let j = k - 1; j >= 0; j--) {
        acc += sep(list[j]!, list[j + 1]!);
        if (fixed[list[j]!]) {
          bound = c[list[j]!]! + acc;
          break;
        }
      }
      c[v] = Math.max(d, bound);
      for (let j = k - 1; j >= 0; j--) {
        const lim = c[list[j + 1]!]! - sep(list[j]!, list[j + 1]!);
        if (c[list[j]!]! > lim) c[list[j]!] = lim;
        else break;
      }
    } else if (d > c[v]!) {
      let bound = Infinity;
      let acc = 0;
      for (let j = k + 1; j < list.length; j++) {
        acc += sep(list[j - 1]!, list[j]!);
        if (fixed[list[j]!]) {
          bound = c[list[j]!]! - acc;
          break;
        }
      }
      c[v] = Math.min(d, bound);
      for (let j = k + 1; j < list.length; j++) {
        const lim = c[list[j - 1]!]! + sep(list[j - 1]!, list[j]!);
        if (c[list[j]!]! < lim) c[list[j]!] = lim;
        else break;
      }
    }
  };
  const sweepLayer = (list: number[], nbOf: number[][]) => {
    const prio: number[] = [];
    for (let k = 0; k < list.length; k++) {
      const v = list[k]!;
      fixed[v] = 0;
      const nb = nbOf[v]!.length;
      if (nb > 0) prio.push(k);
    }
    const pr = (k: number) => (list[k]! >= n ? 1000 : nbOf[list[k]!]!.length);
    prio.sort((x, y) => pr(y) - pr(x) || x - y);
    for (const k of prio) {
      const nb = nbOf[list[k]!]!;
      let lo = Infinity;
      let hi = -Infinity;
      for (const u of nb) {
        if (c[u]! < lo) lo = c[u]!;
        if (c[u]! > hi) hi = c[u]!;
      }
      place(list, k, (lo + hi) / 2);
      fixed[list[k]!] = 1;
    }
  };
  for (let it = 0; it < PLACE_ITERATIONS; it++) {
    for (let l = 1; l < layerCount; l++) sweepLayer(layers[l]!, up);
    for (let l = layerCount - 2; l >= 0; l--) sweepLayer(layers[l]!, down);
  }

  // 5. layer positions along the rank axis
  const thick = new Float64Array(layerCount);
  for (let v = 0; v < n; v++) thick[layer[v]!] = Math.max(thick[layer[v]!]!, vRSize[v]!);
  // Where each edge leaves its first vertex. An edge with an arrowhead at that end (two-way, or
  // drawn against the layering after cycle breaking) gets its own port beside the centre when the
  // vertex has other outgoing edges: its arrowhead must not sit on their shared trunk.
  const startO = new Float64Array(dag.length);
  dag.forEach((d, k) => {
    const e = graph.edges[d.edge]!;
    const a = d.a;
    const b = d.chain[1]!;
    startO[k] = c[a]!;
    if (!(e.both || d.reversed) || down[a]!.length < 2) return;
    let side = Math.sign(c[b]! - c[a]!);
    if (side === 0) {
      let left = 0;
      let right = 0;
      for (const w of down[a]!) {
        if (c[w]! < c[a]! - 0.5) left++;
        else if (c[w]! > c[a]! + 0.5) right++;
      }
      side = left <= right ? -1 : 1;
    }
    startO[k] = c[a]! + side * Math.max(0, Math.min(vOSize[a]! / 2 - 10, 16));
  });
  // Edges into the same box arrive side by side (ordered as their sources), not on one shared run.
  const endO = new Float64Array(dag.length);
  {
    const into: number[][] = Array.from({ length: n }, () => []);
    dag.forEach((d, k) => {
      endO[k] = c[d.b]!;
      into[d.b]!.push(k);
    });
    const fromO = (k: number) => {
      const ch = dag[k]!.chain;
      return ch.length > 2 ? c[ch[ch.length - 2]!]! : startO[k]!;
    };
    for (let v = 0; v < n; v++) {
      const ks = into[v]!;
      if (ks.length < 2) continue;
      ks.sort((x, y) => fromO(x) - fromO(y) || x - y);
      const step = Math.min(16, Math.max(0, vOSize[v]! - 20) / (ks.length - 1));
      ks.forEach((k, j) => {
        endO[k] = c[v]! + (j - (ks.length - 1) / 2) * step;
      });
    }
  }
  // segments between consecutive layers, with the bus (channel) each elbow uses
  interface Seg {
    k: number;
    s: number;
    a: number;
    b: number;
    o0: number;
    o1: number;
    bus: number;
  }
  const segsOf: Seg[][] = Array.from({ length: layerCount }, () => []);
  const busO: number[] = []; // bus → its start position along the order axis
  const busOfVertex = new Int32Array(V).fill(-1);
  const busLayer: number[] = [];
  dag.forEach((d, k) => {
    let carried = startO[k]!;
    for (let s = 0; s + 1 < d.chain.length; s++) {
      const a = d.chain[s]!;
      const b = d.chain[s + 1]!;
      const o0 = carried;
      let o1 = s + 2 === d.chain.length ? endO[k]! : c[b]!;
      // under half a pixel apart counts as straight: keep the line exactly vertical (horizontal)
      if (Math.abs(o0 - o1) < 0.5) o1 = o0;
      carried = o1;
      let bus = -1;
      if (o0 !== o1) {
        if (o0 === c[a]!) {
          if (busOfVertex[a]! < 0) {
            busOfVertex[a] = busO.length;
            busO.push(o0);
            busLayer.push(vLayer[a]!);
          }
          bus = busOfVertex[a]!;
        } else {
          bus = busO.length;
          busO.push(o0);
          busLayer.push(vLayer[a]!);
        }
      }
      segsOf[vLayer[a]!]!.push({ k, s, a, b, o0, o1, bus });
    }
  });
  const busesIn: number[][] = Array.from({ length: layerCount }, () => []);
  busO.forEach((_o, bus) => busesIn[busLayer[bus]!]!.push(bus));
  for (const list of busesIn) list.sort((x, y) => busO[x]! - busO[y]! || x - y);

  // edge labels: measured, then stacked in rows where they would overlap across the gap
  const edgeLabelLines: (string[] | null)[] = [];
  const labelW = new Float64Array(dag.length);
  const labelH = new Float64Array(dag.length);
  const labelO = new Float64Array(dag.length);
  const labelRow = new Int32Array(dag.length);
  const rowSize = new Float64Array(layerCount);
  const rowCount = new Int32Array(layerCount);
  dag.forEach((d) => {
    const e = graph.edges[d.edge]!;
    edgeLabelLines.push(e.label && e.label.trim() ? wrapText(e.label, EDGE_FONT, EDGE_WRAP_EM * EDGE_FONT) : null);
  });
  for (let l = 0; l + 1 < layerCount; l++) {
    const labelled: number[] = [];
    for (const sg of segsOf[l]!) {
      if (sg.s !== 0) continue;
      const lines = edgeLabelLines[sg.k];
      if (!lines) continue;
      let tw = 0;
      for (const line of lines) tw = Math.max(tw, textWidth(line, EDGE_FONT));
      labelW[sg.k] = Math.ceil(tw + 2 * LABEL_PAD_X);
      labelH[sg.k] = lines.length * EDGE_LINE + 2 * LABEL_PAD_Y;
      labelO[sg.k] = sg.o1; // on the run into the target
      rowSize[l] = Math.max(rowSize[l]!, td ? labelH[sg.k]! : labelW[sg.k]!);
      labelled.push(sg.k);
    }
    labelled.sort((x, y) => labelO[x]! - labelO[y]!);
    const rowEnd: number[] = [];
    for (const k of labelled) {
      const half = (td ? labelW[k]! : labelH[k]!) / 2;
      let row = 0;
      while (row < rowEnd.length && rowEnd[row]! + 4 > labelO[k]! - half) row++;
      rowEnd[row] = labelO[k]! + half;
      labelRow[k] = row;
    }
    rowCount[l] = rowEnd.length;
  }

  const groupFirst = graph.groups.map(() => Infinity);
  const groupLast = graph.groups.map(() => -Infinity);
  for (let v = 0; v < n; v++) {
    const g = groupOf[v]!;
    if (g < 0) continue;
    groupFirst[g] = Math.min(groupFirst[g]!, layer[v]!);
    groupLast[g] = Math.max(groupLast[g]!, layer[v]!);
  }
  const padBefore = new Float64Array(layerCount); // group frames opening at this layer
  const padAfter = new Float64Array(layerCount); // group frames closing at this layer
  graph.groups.forEach((_g, gi) => {
    if (groupFirst[gi] === Infinity) return;
    const f = groupFirst[gi]!;
    const l = groupLast[gi]!;
    padBefore[f] = Math.max(padBefore[f]!, GROUP_PAD + (td ? GROUP_HEADER : 0));
    padAfter[l] = Math.max(padAfter[l]!, GROUP_PAD);
  });
  const rc = new Float64Array(layerCount);
  const innerStart = new Float64Array(layerCount);
  const innerEnd = new Float64Array(layerCount);
  const chanZone = new Float64Array(layerCount);
  {
    let r = 0;
    for (let l = 0; l < layerCount; l++) {
      rc[l] = r + thick[l]! / 2;
      r += thick[l]!;
      if (l + 1 === layerCount) break;
      const k = busesIn[l]!.length;
      const zone = k > 0 ? CH_START + (k - 1) * CH_STEP : 0;
      chanZone[l] = zone;
      const labels = rowCount[l]! > 0 ? LABEL_MARGIN + rowCount[l]! * (rowSize[l]! + LABEL_MARGIN) + 8 : 0;
      const inner = Math.max(td ? GAP_TD : GAP_LR, zone + Math.max(ARROW_ROOM, labels));
      innerStart[l] = r + padAfter[l]!;
      innerEnd[l] = innerStart[l]! + inner;
      r = innerEnd[l]! + padBefore[l + 1]!;
    }
  }
  const chan = new Float64Array(busO.length);
  for (let l = 0; l + 1 < layerCount; l++) {
    const buses = busesIn[l]!;
    const lone = buses.length === 1 && rowCount[l] === 0;
    buses.forEach((bus, j) => {
      chan[bus] = lone ? (innerStart[l]! + innerEnd[l]!) / 2 : innerStart[l]! + CH_START + j * CH_STEP;
    });
  }

  // 6. edges
  const P = (o: number, r: number): Point => (td ? { x: o, y: r } : { x: r, y: o });
  const pointsOf: number[][] = dag.map(() => []); // o, r pairs
  const labelBoxes: (Box | null)[] = dag.map(() => null);
  const push = (pts: number[], o: number, r: number) => {
    const len = pts.length;
    if (len >= 2 && pts[len - 2] === o && pts[len - 1] === r) return;
    if (len >= 4) {
      const o1 = pts[len - 4]!;
      const r1 = pts[len - 3]!;
      const o2 = pts[len - 2]!;
      const r2 = pts[len - 1]!;
      if ((o1 === o2 && o2 === o) || (r1 === r2 && r2 === r)) {
        pts[len - 2] = o;
        pts[len - 1] = r;
        return;
      }
    }
    pts.push(o, r);
  };
  for (let l = 0; l + 1 < layerCount; l++) {
    for (const sg of segsOf[l]!) {
      const pts = pointsOf[sg.k]!;
      const last = sg.s + 2 === dag[sg.k]!.chain.length;
      push(pts, sg.o0, sg.s === 0 ? rc[l]! + vRSize[sg.a]! / 2 : rc[l]!);
      if (sg.bus >= 0) {
        push(pts, sg.o0, chan[sg.bus]!);
        push(pts, sg.o1, chan[sg.bus]!);
      }
      if (last) push(pts, sg.o1, rc[l + 1]! - vRSize[sg.b]! / 2);
      if (sg.s === 0 && edgeLabelLines[sg.k]) {
        const k = sg.k;
        const size = rowSize[l]!;
        const lr = innerStart[l]! + chanZone[l]! + LABEL_MARGIN + labelRow[k]! * (size + LABEL_MARGIN) + size / 2;
        const w = labelW[k]!;
        const h = labelH[k]!;
        const centre = P(labelO[k]!, lr);
        labelBoxes[k] = { x: centre.x - w / 2, y: centre.y - h / 2, width: w, height: h };
      }
    }
  }
  const edgesOut: LaidEdge[] = dag.map((d, k) => {
    const e = graph.edges[d.edge]!;
    const pts = pointsOf[k]!;
    const points: Point[] = [];
    for (let i = 0; i < pts.length; i += 2) points.push(P(pts[i]!, pts[i + 1]!));
    if (d.reversed) points.reverse();
    return { from: e.from, to: e.to, label: e.label, labelLines: edgeLabelLines[k] ?? [], both: e.both, points, labelBox: labelBoxes[k]! };
  });
  // nodes and groups in final coordinates
  const nodesOut: LaidNode[] = graph.nodes.map((node, i) => {
    const centre = P(c[i]!, rc[layer[i]!]!);
    return {
      id: node.id,
      labelLines: labelLines[i]!,
      detailLines: detailLines[i]!,
      x: centre.x - nodeW[i]! / 2,
      y: centre.y - nodeH[i]! / 2,
      width: nodeW[i]!,
      height: nodeH[i]!,
      layer: layer[i]!,
      order: pos[i]!,
      group: groupOf[i]!,
    };
  });
  const groupsOut: LaidGroup[] = [];
  graph.groups.forEach((g, gi) => {
    let x0 = Infinity;
    let y0 = Infinity;
    let x1 = -Infinity;
    let y1 = -Infinity;
    for (let i = 0; i < n; i++) {
      if (groupOf[i] !== gi) continue;
      const b = nodesOut[i]!;
      x0 = Math.min(x0, b.x);
      y0 = Math.min(y0, b.y);
      x1 = Math.max(x1, b.x + b.width);
      y1 = Math.max(y1, b.y + b.height);
    }
    if (x0 === Infinity) return;
    x0 -= GROUP_PAD;
    x1 += GROUP_PAD;
    y0 -= GROUP_PAD + GROUP_HEADER;
    y1 += GROUP_PAD;
    const need = textWidth(g.label, GROUP_FONT) + 2 * 10;
    if (x1 - x0 < need) {
      const grow = (need - (x1 - x0)) / 2;
      x0 -= grow;
      x1 += grow;
    }
    groupsOut.push({
      label: g.label,
      nodes: g.nodes.slice(),
      x: x0,
      y: y0,
      width: x1 - x0,
      height: y1 - y0,
      labelX: x0 + 10,
      labelY: y0 + 15,
    });
  });

  // normalise to the margin
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  const extend = (b: Box) => {
    if (b.x < minX) minX = b.x;
    if (b.y < minY) minY = b.y;
    if (b.x + b.width > maxX) maxX = b.x + b.width;
    if (b.y + b.height > maxY) maxY = b.y + b.height;
  };
  for (const b of nodesOut) extend(b);
  for (const b of groupsOut) extend(b);
  for (const e of edgesOut) {
    for (const p of e.points) extend({ x: p.x - 6, y: p.y - 6, width: 12, height: 12 });
    if (e.labelBox) extend(e.labelBox);
  }
  if (minX === Infinity) {
    minX = minY = 0;
    maxX = maxY = 0;
  }
  const dx = MARGIN - minX;
  const dy = MARGIN - minY;
  const shift = (b: Box) => {
    b.x += dx;
    b.y += dy;
  };
  nodesOut.forEach(shift);
  for (const g of groupsOut) {
    shift(g);
    g.labelX += dx;
    g.labelY += dy;
  }
  for (const e of edgesOut) {
    for (const p of e.points) {
      p.x += dx;
      p.y += dy;
    }
    if (e.labelBox) shift(e.labelBox);
  }
  return {
    direction: td ? 'TD' : 'LR',
    width: Math.ceil(maxX - minX + 2 * MARGIN),
    height: Math.ceil(maxY - minY + 2 * MARGIN),
    nodes: nodesOut,
    edges: edgesOut,
    groups: groupsOut,
  };
}
