/**
 * The finished layout: boxes at their centres, group frames around their members (wide enough for
 * their label), everything shifted so the drawing starts at MARGIN, its size in whole pixels.
 */
import type { FlowGraph } from '../types.ts';
import { GROUP_FONT, GROUP_HEADER, GROUP_PAD, MARGIN } from './constants.ts';
import { textWidth, type MeasuredNodes } from './measure.ts';
import type { Box, FlowLayout, LaidEdge, LaidGroup, LaidNode, Point } from './types.ts';

/** Room between a group's label and an edge passing it. */
const LABEL_CLEARANCE = 6;

export function laidNodes(
  graph: FlowGraph,
  size: MeasuredNodes,
  centreOf: (i: number) => Point,
  layer: Int32Array,
  pos: Float64Array,
  groupOf: Int32Array,
): LaidNode[] {
  return graph.nodes.map((node, i) => {
    const centre = centreOf(i);
    return {
      id: node.id,
      labelLines: size.labelLines[i],
      detailLines: size.detailLines[i],
      x: centre.x - size.width[i] / 2,
      y: centre.y - size.height[i] / 2,
      width: size.width[i],
      height: size.height[i],
      layer: layer[i],
      order: pos[i],
      group: groupOf[i],
    };
  });
}

/** x of the vertical edge runs that cross the band y0 … y1. */
function crossingsOf(edges: LaidEdge[], y0: number, y1: number): number[] {
  const xs: number[] = [];
  for (const e of edges) {
    for (let i = 1; i < e.points.length; i++) {
      const p = e.points[i - 1];
      const q = e.points[i];
      if (p.x === q.x && Math.min(p.y, q.y) < y1 && Math.max(p.y, q.y) > y0) xs.push(p.x);
    }
  }
  return xs;
}

/**
 * Frames around each group's members, wide enough for the label. The label sits at the top left;
 * where an edge enters the frame through it (top to bottom layouts), it moves to the top right, or
 * else left of the entering edges, the frame growing to the left to hold it.
 */
export function groupFrames(
  graph: FlowGraph,
  nodes: LaidNode[],
  groupOf: Int32Array,
  edges: LaidEdge[] = [],
): LaidGroup[] {
  const out: LaidGroup[] = [];
  graph.groups.forEach((g, gi) => {
    let x0 = Infinity;
    let y0 = Infinity;
    let x1 = -Infinity;
    let y1 = -Infinity;
    for (let i = 0; i < nodes.length; i++) {
      if (groupOf[i] !== gi) continue;
      const b = nodes[i];
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
    const w = textWidth(g.label, GROUP_FONT);
    const xs = crossingsOf(edges, y0, y0 + GROUP_HEADER);
    const clear = (lx: number) => xs.every((x) => x < lx - LABEL_CLEARANCE || x > lx + w + LABEL_CLEARANCE);
    let labelX = x0 + 10;
    if (!clear(labelX)) {
      if (clear(x1 - 10 - w)) labelX = x1 - 10 - w;
      else {
        labelX = Math.min(...xs) - LABEL_CLEARANCE - w;
        x0 = Math.min(x0, labelX - 10);
      }
    }
    out.push({
      label: g.label,
      nodes: g.nodes.slice(),
      x: x0,
      y: y0,
      width: x1 - x0,
      height: y1 - y0,
      labelX,
      labelY: y0 + 15,
    });
  });
  return out;
}

/** Shifts everything to start at MARGIN (edge ends get 6 px of room for their arrowheads). */
export function normalise(layout: Omit<FlowLayout, 'width' | 'height'>): FlowLayout {
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
  for (const b of layout.nodes) extend(b);
  for (const b of layout.groups) extend(b);
  for (const e of layout.edges) {
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
  layout.nodes.forEach(shift);
  for (const g of layout.groups) {
    shift(g);
    g.labelX += dx;
    g.labelY += dy;
  }
  for (const e of layout.edges) {
    for (const p of e.points) {
      p.x += dx;
      p.y += dy;
    }
    if (e.labelBox) shift(e.labelBox);
  }
  return { ...layout, width: Math.ceil(maxX - minX + 2 * MARGIN), height: Math.ceil(maxY - minY + 2 * MARGIN) };
}
