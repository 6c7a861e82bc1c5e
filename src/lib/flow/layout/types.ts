/** The layout's output (what draw-svg.ts draws) and the shapes its phases hand each other. */
import type { FlowDirection } from '../types.ts';

export interface Point {
  x: number;
  y: number;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LaidNode extends Box {
  id: string;
  /** The label, wrapped (14px lines). */
  labelLines: string[];
  /** Detail lines, each wrapped (12px lines). */
  detailLines: string[];
  layer: number;
  /** Index in its layer (dummy vertices for long edges included). */
  order: number;
  /** Index into graph.groups, or -1. */
  group: number;
}

export interface LaidEdge {
  from: string;
  to: string;
  label: string | null;
  labelLines: string[];
  both: boolean;
  /** From the source box border to the target box border (in the edge's own direction). */
  points: Point[];
  /** Background box of the label (the text is centred in it). */
  labelBox: Box | null;
}

export interface LaidGroup extends Box {
  label: string;
  nodes: string[];
  /** Start of the label's baseline (text-anchor start). */
  labelX: number;
  labelY: number;
}

export interface FlowLayout {
  direction: FlowDirection;
  /** Whole pixels. */
  width: number;
  height: number;
  nodes: LaidNode[];
  edges: LaidEdge[];
  groups: LaidGroup[];
}

/** An edge of the acyclic graph the layering sees (graph edges reversed where they close a cycle). */
export interface DagEdge {
  /** Graph edge index. */
  edge: number;
  a: number;
  b: number;
  reversed: boolean;
  /** The vertices the edge passes, a … b, one per layer (dummies between); filled by long-edges.ts. */
  chain: number[];
}

/**
 * Vertices of the layered graph: the nodes (0 … n-1) then the dummies of long edges.
 * "Order axis" runs across a layer (x in TD), "rank axis" from layer to layer (y in TD).
 */
export interface Vertices {
  /** Number of real nodes. */
  n: number;
  count: number;
  layer: number[];
  group: number[];
  /** Size along the order axis (0 for a dummy). */
  oSize: number[];
  /** Size along the rank axis (0 for a dummy). */
  rSize: number[];
  /** Neighbours one layer further / nearer. */
  down: number[][];
  up: number[][];
}
