/**
 * Route, part 3: the polyline of each edge, from box border to box border: straight when its
 * segments are aligned, otherwise an elbow through its bus's channel; collinear points are merged.
 * Labels get their box in their row of the gap after the edge's first layer.
 */
import type { FlowGraph } from '../types.ts';
import { LABEL_MARGIN } from './constants.ts';
import type { RankAxis } from './gaps.ts';
import type { EdgeLabels } from './labels.ts';
import type { Segments } from './segments.ts';
import type { Box, DagEdge, LaidEdge, Point, Vertices } from './types.ts';

/** Order/rank coordinates to x/y. */
export const toPoint =
  (td: boolean) =>
  (o: number, r: number): Point =>
    td ? { x: o, y: r } : { x: r, y: o };

/** Appends (o, r) to a flat o,r list, merging it into the last point when the three are collinear. */
export function pushPoint(pts: number[], o: number, r: number): void {
  const len = pts.length;
  if (len >= 2 && pts[len - 2] === o && pts[len - 1] === r) return;
  if (len >= 4) {
    const o1 = pts[len - 4];
    const r1 = pts[len - 3];
    const o2 = pts[len - 2];
    const r2 = pts[len - 1];
    if ((o1 === o2 && o2 === o) || (r1 === r2 && r2 === r)) {
      pts[len - 2] = o;
      pts[len - 1] = r;
      return;
    }
  }
  pts.push(o, r);
}

export function routeEdges(
  graph: FlowGraph,
  dag: DagEdge[],
  vx: Vertices,
  segs: Segments,
  labels: EdgeLabels,
  ax: RankAxis,
  td: boolean,
): LaidEdge[] {
  const P = toPoint(td);
  const pointsOf: number[][] = dag.map(() => []);
  const labelBoxes: (Box | null)[] = dag.map(() => null);
  for (let l = 0; l < segs.segsOf.length - 1; l++) {
    for (const sg of segs.segsOf[l]) {
      const pts = pointsOf[sg.k];
      const last = sg.s + 2 === dag[sg.k].chain.length;
      pushPoint(pts, sg.o0, sg.s === 0 ? ax.rc[l] + vx.rSize[sg.a] / 2 : ax.rc[l]);
      if (sg.bus >= 0) {
        pushPoint(pts, sg.o0, ax.chan[sg.bus]);
        pushPoint(pts, sg.o1, ax.chan[sg.bus]);
      }
      if (last) pushPoint(pts, sg.o1, ax.rc[l + 1] - vx.rSize[sg.b] / 2);
      if (sg.s === 0 && labels.lines[sg.k]) {
        const k = sg.k;
        const size = labels.rowSize[l];
        const lr = ax.innerStart[l] + ax.chanZone[l] + LABEL_MARGIN + labels.row[k] * (size + LABEL_MARGIN) + size / 2;
        const w = labels.width[k];
        const h = labels.height[k];
        const centre = P(labels.o[k], lr);
        labelBoxes[k] = { x: centre.x - w / 2, y: centre.y - h / 2, width: w, height: h };
      }
    }
  }
  return dag.map((d, k) => {
    const e = graph.edges[d.edge];
    const pts = pointsOf[k];
    const points: Point[] = [];
    for (let i = 0; i < pts.length; i += 2) points.push(P(pts[i], pts[i + 1]));
    if (d.reversed) points.reverse();
    return {
      from: e.from,
      to: e.to,
      label: e.label,
      labelLines: labels.lines[k] ?? [],
      both: e.both,
      points,
      labelBox: labelBoxes[k]!,
    };
  });
}
