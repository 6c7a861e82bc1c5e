/**
 * Position: each vertex's centre along the order axis. Layers start centred on the widest one, then
 * Sugiyama's priority method: layer by layer, down then up, each vertex moves to the centre of its
 * neighbours in the layer just placed, pushing vertices of lower priority (fewer neighbours; dummies
 * rank highest, so long edges stay straight), never overlapping. A single child of a single parent ends
 * exactly on its parent's line, so chains are straight.
 */
import { DUMMY_SEP, GROUP_HEADER, GROUP_PAD, NODE_SEP_LR, NODE_SEP_TD, PLACE_ITERATIONS } from './constants.ts';
import type { Vertices } from './types.ts';

/** Least distance between the centres of neighbours a and b in a layer (group frames included). */
export function separation(vx: Vertices, td: boolean): (a: number, b: number) => number {
  return (a, b) => {
    let gap = a < vx.n && b < vx.n ? (td ? NODE_SEP_TD : NODE_SEP_LR) : DUMMY_SEP;
    const ga = vx.group[a];
    const gb = vx.group[b];
    if (ga !== gb) {
      if (ga >= 0) gap += GROUP_PAD;
      if (gb >= 0) gap += GROUP_PAD + (td ? 0 : GROUP_HEADER);
    }
    return (vx.oSize[a] + vx.oSize[b]) / 2 + gap;
  };
}

export function positionVertices(vx: Vertices, layers: number[][], td: boolean): Float64Array {
  const sep = separation(vx, td);
  const c = new Float64Array(vx.count);
  const layerSpan = (list: number[]) => {
    let s = 0;
    for (let k = 1; k < list.length; k++) s += sep(list[k - 1], list[k]);
    return s;
  };
  let widest = 0;
  for (const list of layers) widest = Math.max(widest, layerSpan(list));
  for (const list of layers) {
    let x = (widest - layerSpan(list)) / 2;
    for (let k = 0; k < list.length; k++) {
      if (k > 0) x += sep(list[k - 1], list[k]);
      c[list[k]] = x;
    }
  }
  const fixed = new Uint8Array(vx.count);
  /** Moves list[k] towards d, as far as the vertices fixed in this round allow, pushing the others. */
  const place = (list: number[], k: number, d: number) => {
    const v = list[k];
    const dir = d < c[v] ? -1 : d > c[v] ? 1 : 0;
    if (dir === 0) return;
    let bound = dir * Infinity;
    let acc = 0;
    for (let j = k + dir; j >= 0 && j < list.length; j += dir) {
      acc += dir < 0 ? sep(list[j], list[j + 1]) : sep(list[j - 1], list[j]);
      if (fixed[list[j]]) {
        bound = c[list[j]] - dir * acc;
        break;
      }
    }
    c[v] = dir < 0 ? Math.max(d, bound) : Math.min(d, bound);
    for (let j = k + dir; j >= 0 && j < list.length; j += dir) {
      if (dir < 0) {
        const lim = c[list[j + 1]] - sep(list[j], list[j + 1]);
        if (c[list[j]] > lim) c[list[j]] = lim;
        else break;
      } else {
        const lim = c[list[j - 1]] + sep(list[j - 1], list[j]);
        if (c[list[j]] < lim) c[list[j]] = lim;
        else break;
      }
    }
  };
  const sweepLayer = (list: number[], nbOf: number[][]) => {
    const prio: number[] = [];
    for (let k = 0; k < list.length; k++) {
      fixed[list[k]] = 0;
      if (nbOf[list[k]].length > 0) prio.push(k);
    }
    const pr = (k: number) => (list[k] >= vx.n ? 1000 : nbOf[list[k]].length);
    prio.sort((x, y) => pr(y) - pr(x) || x - y);
    for (const k of prio) {
      let lo = Infinity;
      let hi = -Infinity;
      for (const u of nbOf[list[k]]) {
        if (c[u] < lo) lo = c[u]!;
        if (c[u] > hi) hi = c[u]!;
      }
      place(list, k, (lo + hi) / 2);
      fixed[list[k]] = 1;
    }
  };
  for (let it = 0; it < PLACE_ITERATIONS; it++) {
    for (let l = 1; l < layers.length; l++) sweepLayer(layers[l], vx.up);
    for (let l = layers.length - 2; l >= 0; l--) sweepLayer(layers[l], vx.down);
  }
  return c;
}
