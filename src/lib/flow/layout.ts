/**
 * Layered (Sugiyama-lite) layout of a FlowGraph, fast enough to run for every diagram at build time
 * (about 0.1 ms for a note-sized graph; dagre and ELK cost 10–100× more, see bench/flow-layouts.md).
 * The phases, each in src/lib/flow/layout/:
 *
 *   measure     text metrics and box sizes
 *   rank        cycle breaking and layers; long-edges: a dummy vertex per layer an edge crosses
 *   order       the sequence of vertices in each layer (fewest crossings, groups together)
 *   position    centres across the layers (order axis); gaps: layer positions and channels (rank axis)
 *   route       ports, segments with their buses, edge labels, polylines
 *   output      boxes, group frames, shifted to the margin
 */
import type { FlowGraph } from './types.ts';
import { measureNodes } from './layout/measure.ts';
import { rankGraph } from './layout/rank.ts';
import { expandLongEdges } from './layout/long-edges.ts';
import { orderLayers } from './layout/order.ts';
import { positionVertices } from './layout/position.ts';
import { edgePorts } from './layout/ports.ts';
import { cutSegments } from './layout/segments.ts';
import { placeEdgeLabels } from './layout/labels.ts';
import { rankAxis } from './layout/gaps.ts';
import { routeEdges, toPoint } from './layout/route.ts';
import { groupFrames, laidNodes, normalise } from './layout/output.ts';
import type { FlowLayout } from './layout/types.ts';

export type { Point, Box, LaidNode, LaidEdge, LaidGroup, FlowLayout } from './layout/types.ts';
export { charEm, textWidth, wrapText } from './layout/measure.ts';
export {
  LABEL_FONT,
  DETAIL_FONT,
  EDGE_FONT,
  GROUP_FONT,
  LABEL_LINE,
  DETAIL_LINE,
  EDGE_LINE,
  WRAP_EM,
  GROUP_PAD,
  GROUP_HEADER,
  PAD_Y,
} from './layout/constants.ts';

export function layoutGraph(graph: FlowGraph): FlowLayout {
  const td = graph.direction !== 'LR';
  const n = graph.nodes.length;
  const index = new Map<string, number>();
  for (let i = 0; i < n; i++) if (!index.has(graph.nodes[i].id)) index.set(graph.nodes[i].id, i);
  const groupOf = new Int32Array(n).fill(-1);
  graph.groups.forEach((g, gi) => {
    for (const id of g.nodes) {
      const i = index.get(id);
      if (i !== undefined && groupOf[i] < 0) groupOf[i] = gi;
    }
  });

  const size = measureNodes(graph);
  const rank = rankGraph(graph, index);
  const vx = expandLongEdges(rank, groupOf, size, td);
  const { layers, pos } = orderLayers(vx, rank.layerCount, graph.groups.length > 0);
  const c = positionVertices(vx, layers, td);
  const ports = edgePorts(graph, rank.dag, vx, c);
  const segs = cutSegments(rank.dag, vx, c, ports, rank.layerCount);
  const labels = placeEdgeLabels(graph, rank.dag, segs, rank.layerCount, td);
  const ax = rankAxis(graph, groupOf, rank.layer, vx, segs, labels, rank.layerCount, td);
  const edges = routeEdges(graph, rank.dag, vx, segs, labels, ax, td);
  const P = toPoint(td);
  const nodes = laidNodes(graph, size, (i) => P(c[i], ax.rc[rank.layer[i]]), rank.layer, pos, groupOf);
  const groups = groupFrames(graph, nodes, groupOf, edges);
  return normalise({ direction: td ? 'TD' : 'LR', nodes, edges, groups });
}
