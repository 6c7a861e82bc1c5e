/**
 * Order: the sequence of vertices in each layer. DFS discovery order first (trees stay in source
 * order), then barycenter sweeps, alternately down and up; the order with the fewest crossings wins
 * (ties keep the earlier one). Members of a group always sit together.
 */
import { SWEEPS } from './constants.ts';
import type { Vertices } from './types.ts';

export interface Ordering {
  layers: number[][];
  /** Index of each vertex in its layer. */
  pos: Float64Array;
}

export function orderLayers(vx: Vertices, layerCount: number, hasGroups: boolean): Ordering {
  const V = vx.count;
  const { down, up } = vx;
  let layers: number[][] = Array.from({ length: layerCount }, () => []);
  const seen = new Uint8Array(V);
  const visit = (r: number) => {
    const stack = [r];
    while (stack.length) {
      const v = stack.pop()!;
      if (seen[v]) continue;
      seen[v] = 1;
      layers[vx.layer[v]].push(v);
      const ch = down[v];
      for (let k = ch.length - 1; k >= 0; k--) if (!seen[ch[k]]) stack.push(ch[k]);
    }
  };
  for (let i = 0; i < vx.n; i++) if (up[i].length === 0) visit(i);
  for (let v = 0; v < V; v++) if (!seen[v]) visit(v);

  const gather = (list: number[]) => (hasGroups ? gatherGroups(list, vx.group) : list);
  layers = layers.map(gather);
  const pos = new Float64Array(V);
  const setPos = (ls: number[][]) => {
    for (const l of ls) for (let k = 0; k < l.length; k++) pos[l[k]] = k;
  };
  setPos(layers);
  let best = layers.map((l) => l.slice());
  let bestCross = crossings(layers, down, pos);
  for (let s = 0; s < SWEEPS && bestCross > 0; s++) {
    const downward = s % 2 === 0;
    for (let t = 1; t < layerCount; t++) {
      const l = downward ? t : layerCount - 1 - t;
      const list = layers[l];
      const key = new Map<number, number>();
      for (const v of list) {
        const nb = downward ? up[v] : down[v];
        if (nb.length === 0) key.set(v, pos[v]);
        else {
          let sum = 0;
          for (const u of nb) sum += pos[u];
          key.set(v, sum / nb.length);
        }
      }
      const sorted = gather(list.slice().sort((x, y) => key.get(x)! - key.get(y)! || pos[x] - pos[y]));
      layers[l] = sorted;
      for (let k = 0; k < sorted.length; k++) pos[sorted[k]] = k;
    }
    const c = crossings(layers, down, pos);
    if (c < bestCross) {
      bestCross = c;
      best = layers.map((l) => l.slice());
    }
  }
  setPos(best);
  return { layers: best, pos };
}

/** The list with each group's members moved up to where its first member is. */
export function gatherGroups(list: number[], group: number[]): number[] {
  const res: number[] = [];
  const done = new Set<number>();
  for (const v of list) {
    const g = group[v];
    if (g < 0) res.push(v);
    else if (!done.has(g)) {
      done.add(g);
      for (const u of list) if (group[u] === g) res.push(u);
    }
  }
  return res;
}

/** Edge crossings between consecutive layers, for the positions in pos. */
export function crossings(layers: number[][], down: number[][], pos: Float64Array): number {
  let total = 0;
  const sa: number[] = [];
  const sb: number[] = [];
  for (let l = 0; l + 1 < layers.length; l++) {
    sa.length = 0;
    sb.length = 0;
    for (const v of layers[l])
      for (const w of down[v]) {
        sa.push(pos[v]);
        sb.push(pos[w]);
      }
    for (let i = 0; i < sa.length; i++) {
      for (let j = i + 1; j < sa.length; j++) {
        if ((sa[i] - sa[j]) * (sb[i] - sb[j]) < 0) total++;
      }
    }
  }
  return total;
}
