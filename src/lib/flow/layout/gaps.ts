/**
 * Position along the rank axis: each layer is as thick as its thickest box; the gap after it is at
 * least GAP_TD / GAP_LR, widened for its elbow channels, its label rows, and the frames of groups
 * that close before it or open after it. Buses get their channel in the gap (a lone bus runs midway).
 */
import type { FlowGraph } from '../types.ts';
import { ARROW_ROOM, CH_START, CH_STEP, GAP_LR, GAP_TD, GROUP_HEADER, GROUP_PAD, LABEL_MARGIN } from './constants.ts';
import type { EdgeLabels } from './labels.ts';
import type { Segments } from './segments.ts';
import type { Vertices } from './types.ts';

export interface RankAxis {
  /** Centre of each layer. */
  rc: Float64Array;
  /** Start and end of the gap after each layer (inside any group frames). */
  innerStart: Float64Array;
  innerEnd: Float64Array;
  /** Room the channels take at the start of each gap (labels sit after it). */
  chanZone: Float64Array;
  /** Channel of each bus. */
  chan: Float64Array;
}

export function rankAxis(
  graph: FlowGraph,
  groupOf: Int32Array,
  layer: Int32Array,
  vx: Vertices,
  segs: Segments,
  labels: EdgeLabels,
  layerCount: number,
  td: boolean,
): RankAxis {
  const thick = new Float64Array(layerCount);
  for (let v = 0; v < vx.n; v++) thick[layer[v]] = Math.max(thick[layer[v]], vx.rSize[v]);
  const groupFirst = graph.groups.map(() => Infinity);
  const groupLast = graph.groups.map(() => -Infinity);
  for (let v = 0; v < vx.n; v++) {
    const g = groupOf[v];
    if (g < 0) continue;
    groupFirst[g] = Math.min(groupFirst[g], layer[v]);
    groupLast[g] = Math.max(groupLast[g], layer[v]);
  }
  const padBefore = new Float64Array(layerCount); // group frames opening at this layer
  const padAfter = new Float64Array(layerCount); // group frames closing at this layer
  graph.groups.forEach((_g, gi) => {
    if (groupFirst[gi] === Infinity) return;
    const f = groupFirst[gi];
    const l = groupLast[gi];
    padBefore[f] = Math.max(padBefore[f], GROUP_PAD + (td ? GROUP_HEADER : 0));
    padAfter[l] = Math.max(padAfter[l], GROUP_PAD);
  });
  const ax: RankAxis = {
    rc: new Float64Array(layerCount),
    innerStart: new Float64Array(layerCount),
    innerEnd: new Float64Array(layerCount),
    chanZone: new Float64Array(layerCount),
    chan: new Float64Array(segs.busCount),
  };
  let r = 0;
  for (let l = 0; l < layerCount; l++) {
    ax.rc[l] = r + thick[l] / 2;
    r += thick[l];
    if (l + 1 === layerCount) break;
    const k = segs.busesIn[l].length;
    const zone = k > 0 ? CH_START + (k - 1) * CH_STEP : 0;
    ax.chanZone[l] = zone;
    const rows = labels.rowCount[l];
    const room = rows > 0 ? LABEL_MARGIN + rows * (labels.rowSize[l] + LABEL_MARGIN) + 8 : 0;
    const inner = Math.max(td ? GAP_TD : GAP_LR, zone + Math.max(ARROW_ROOM, room));
    ax.innerStart[l] = r + padAfter[l];
    ax.innerEnd[l] = ax.innerStart[l] + inner;
    r = ax.innerEnd[l] + padBefore[l + 1];
  }
  for (let l = 0; l + 1 < layerCount; l++) {
    const buses = segs.busesIn[l];
    const lone = buses.length === 1 && labels.rowCount[l] === 0;
    buses.forEach((bus, j) => {
      ax.chan[bus] = lone ? (ax.innerStart[l] + ax.innerEnd[l]) / 2 : ax.innerStart[l] + CH_START + j * CH_STEP;
    });
  }
  return ax;
}
