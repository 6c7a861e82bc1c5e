/**
 * Edges spanning several layers get a dummy vertex per inner layer, so they route through the gaps
 * between boxes like any other edge. Fills each DagEdge's chain; a dummy belongs to a group when both
 * ends of its edge do.
 */
import type { MeasuredNodes } from './measure.ts';
import type { Ranking } from './rank.ts';
import type { Vertices } from './types.ts';

export function expandLongEdges(rank: Ranking, groupOf: Int32Array, size: MeasuredNodes, td: boolean): Vertices {
  const n = rank.layer.length;
  const vx: Vertices = {
    n,
    count: 0,
    layer: Array.from(rank.layer),
    group: Array.from(groupOf),
    oSize: [],
    rSize: [],
    down: [],
    up: [],
  };
  for (let i = 0; i < n; i++) {
    vx.oSize.push(td ? size.width[i] : size.height[i]);
    vx.rSize.push(td ? size.height[i] : size.width[i]);
    vx.down.push([]);
    vx.up.push([]);
  }
  for (const d of rank.dag) {
    d.chain.push(d.a);
    let prev = d.a;
    const g = groupOf[d.a] === groupOf[d.b] ? groupOf[d.a] : -1;
    for (let l = rank.layer[d.a] + 1; l < rank.layer[d.b]; l++) {
      const v = vx.layer.length;
      vx.layer.push(l);
      vx.group.push(g);
      vx.oSize.push(0);
      vx.rSize.push(0);
      vx.down.push([]);
      vx.up.push([]);
      vx.down[prev].push(v);
      vx.up[v].push(prev);
      d.chain.push(v);
      prev = v;
    }
    vx.down[prev].push(d.b);
    vx.up[d.b].push(prev);
    d.chain.push(d.b);
  }
  vx.count = vx.layer.length;
  return vx;
}
