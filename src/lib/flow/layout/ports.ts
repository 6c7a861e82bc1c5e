/**
 * Route, part 1: where each edge leaves its first box and enters its last, along the order axis.
 * An edge with an arrowhead at its start (two-way, or drawn against the layering after cycle breaking)
 * gets its own port beside the centre when its vertex has other outgoing edges: its arrowhead must not
 * sit on their shared trunk. Edges into the same box arrive side by side (ordered as their sources),
 * not on one shared run.
 */
import type { FlowGraph } from '../types.ts';
import type { DagEdge, Vertices } from './types.ts';

export interface Ports {
  startO: Float64Array;
  endO: Float64Array;
}

export function edgePorts(graph: FlowGraph, dag: DagEdge[], vx: Vertices, c: Float64Array): Ports {
  const { down, oSize } = vx;
  const startO = new Float64Array(dag.length);
  dag.forEach((d, k) => {
    const e = graph.edges[d.edge];
    const a = d.a;
    const b = d.chain[1];
    startO[k] = c[a]!;
    if (!(e.both || d.reversed) || down[a].length < 2) return;
    let side = Math.sign(c[b] - c[a]);
    if (side === 0) {
      let left = 0;
      let right = 0;
      for (const w of down[a]) {
        if (c[w] < c[a] - 0.5) left++;
        else if (c[w] > c[a] + 0.5) right++;
      }
      side = left <= right ? -1 : 1;
    }
    startO[k] = c[a] + side * Math.max(0, Math.min(oSize[a] / 2 - 10, 16));
  });
  const endO = new Float64Array(dag.length);
  const into: number[][] = Array.from({ length: vx.n }, () => []);
  dag.forEach((d, k) => {
    endO[k] = c[d.b]!;
    into[d.b].push(k);
  });
  const fromO = (k: number) => {
    const ch = dag[k].chain;
    return ch.length > 2 ? c[ch[ch.length - 2]] : startO[k];
  };
  for (let v = 0; v < vx.n; v++) {
    const ks = into[v];
    if (ks.length < 2) continue;
    ks.sort((x, y) => fromO(x) - fromO(y) || x - y);
    const step = Math.min(16, Math.max(0, oSize[v] - 20) / (ks.length - 1));
    ks.forEach((k, j) => {
      endO[k] = c[v] + (j - (ks.length - 1) / 2) * step;
    });
  }
  return { startO, endO };
}
