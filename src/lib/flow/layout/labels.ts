/**
 * Edge labels: wrapped and measured, placed on the run into the target, and stacked in rows within
 * their gap where they would overlap across it.
 */
import type { FlowGraph } from '../types.ts';
import { EDGE_FONT, EDGE_LINE, EDGE_WRAP_EM, LABEL_PAD_X, LABEL_PAD_Y } from './constants.ts';
import { textWidth, wrapText } from './measure.ts';
import type { Segments } from './segments.ts';
import type { DagEdge } from './types.ts';

export interface EdgeLabels {
  /** Per dag edge: wrapped lines, or null when unlabelled. */
  lines: (string[] | null)[];
  width: Float64Array;
  height: Float64Array;
  /** Centre along the order axis. */
  o: Float64Array;
  row: Int32Array;
  /** Per gap: the largest label's size along the rank axis, and the number of rows. */
  rowSize: Float64Array;
  rowCount: Int32Array;
}

export function placeEdgeLabels(
  graph: FlowGraph,
  dag: DagEdge[],
  segs: Segments,
  layerCount: number,
  td: boolean,
): EdgeLabels {
  const L: EdgeLabels = {
    lines: dag.map((d) => {
      const label = graph.edges[d.edge].label;
      return label && label.trim() ? wrapText(label, EDGE_FONT, EDGE_WRAP_EM * EDGE_FONT) : null;
    }),
    width: new Float64Array(dag.length),
    height: new Float64Array(dag.length),
    o: new Float64Array(dag.length),
    row: new Int32Array(dag.length),
    rowSize: new Float64Array(layerCount),
    rowCount: new Int32Array(layerCount),
  };
  for (let l = 0; l + 1 < layerCount; l++) {
    const labelled: number[] = [];
    for (const sg of segs.segsOf[l]) {
      if (sg.s !== 0) continue;
      const lines = L.lines[sg.k];
      if (!lines) continue;
      let tw = 0;
      for (const line of lines) tw = Math.max(tw, textWidth(line, EDGE_FONT));
      L.width[sg.k] = Math.ceil(tw + 2 * LABEL_PAD_X);
      L.height[sg.k] = lines.length * EDGE_LINE + 2 * LABEL_PAD_Y;
      L.o[sg.k] = sg.o1;
      L.rowSize[l] = Math.max(L.rowSize[l], td ? L.height[sg.k] : L.width[sg.k]);
      labelled.push(sg.k);
    }
    labelled.sort((x, y) => L.o[x] - L.o[y]);
    const rowEnd: number[] = [];
    for (const k of labelled) {
      const half = (td ? L.width[k] : L.height[k]) / 2;
      let row = 0;
      while (row < rowEnd.length && rowEnd[row] + 4 > L.o[k] - half) row++;
      rowEnd[row] = L.o[k] + half;
      L.row[k] = row;
    }
    L.rowCount[l] = rowEnd.length;
  }
  return L;
}
