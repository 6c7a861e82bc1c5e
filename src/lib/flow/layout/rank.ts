/**
 * Rank: which layer each node sits in.
 * Cycles are broken by reversing DFS back edges (a `both` edge counts in its from→to direction), then
 * longest-path layering from the sources; a source whose targets all sit deeper moves down next to them.
 * Edges with an unknown end and self loops are left out of the layout.
 */
import type { FlowGraph } from '../types.ts';
import type { DagEdge } from './types.ts';

export interface Ranking {
  /** The acyclic edges, in graph order. */
  dag: DagEdge[];
  /** Layer of each node. */
  layer: Int32Array;
  layerCount: number;
}

export function rankGraph(graph: FlowGraph, index: Map<string, number>): Ranking {
  const n = graph.nodes.length;
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
    out[edgeA[e]].push(e);
    indeg[edgeB[e]]++;
  }
  const { reversed, post } = backEdges(n, out, edgeB, indeg);

  const dagOut: number[][] = Array.from({ length: n }, () => []);
  const dagInCount = new Int32Array(n);
  const dag: DagEdge[] = [];
  for (let e = 0; e < m; e++) {
    const rev = reversed[e] === 1;
    const a = rev ? edgeB[e] : edgeA[e];
    const b = rev ? edgeA[e] : edgeB[e];
    dag.push({ edge: edgeIdx[e], a, b, reversed: rev, chain: [] });
    dagOut[a].push(e);
    dagInCount[b]++;
  }

  // longest path (reverse postorder is a topological order of the DAG)
  const layer = new Int32Array(n);
  for (let k = post.length - 1; k >= 0; k--) {
    const v = post[k];
    for (const e of dagOut[v]) {
      const b = dag[e].b;
      if (layer[b] < layer[v] + 1) layer[b] = layer[v] + 1;
    }
  }
  for (let v = 0; v < n; v++) {
    if (dagInCount[v] !== 0 || dagOut[v].length === 0) continue;
    let min = Infinity;
    for (const e of dagOut[v]) min = Math.min(min, layer[dag[e].b]);
    if (min - 1 > layer[v]) layer[v] = min - 1;
  }
  let layerCount = 0;
  for (let v = 0; v < n; v++) layerCount = Math.max(layerCount, layer[v] + 1);
  return { dag, layer, layerCount };
}

/** Iterative DFS from the sources (in node order), then from whatever is left: back edges and postorder. */
export function backEdges(
  n: number,
  out: number[][],
  edgeB: number[],
  indeg: Int32Array,
): { reversed: Uint8Array; post: number[] } {
  const state = new Uint8Array(n); // 0 unseen, 1 on the stack, 2 done
  const reversed = new Uint8Array(edgeB.length);
  const post: number[] = [];
  const stackV: number[] = [];
  const stackP: number[] = [];
  const dfs = (r: number) => {
    state[r] = 1;
    stackV.push(r);
    stackP.push(0);
    while (stackV.length) {
      const top = stackV.length - 1;
      const v = stackV[top];
      const p = stackP[top];
      if (p < out[v].length) {
        stackP[top] = p + 1;
        const e = out[v][p];
        const t = edgeB[e];
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
  return { reversed, post };
}
