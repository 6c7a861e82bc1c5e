/** A graph read from an ASCII flow. Labels and details are plain text (never Mermaid syntax). */
export type FlowDirection = 'TD' | 'LR';

export interface FlowNode {
  id: string;
  label: string;
  /** Extra lines shown under the label, verbatim (e.g. `(실시간 수집)`). */
  detail: string[];
}

export interface FlowEdge {
  from: string;
  to: string;
  label: string | null;
  /** Two-way edge (`←→`, `↔`, `<->`). */
  both: boolean;
}

export interface FlowGroup {
  label: string;
  /** Node ids. */
  nodes: string[];
}

export interface FlowGraph {
  direction: FlowDirection;
  nodes: FlowNode[];
  edges: FlowEdge[];
  groups: FlowGroup[];
}

export interface ParseFlowOptions {
  /** Tab stop width used to expand tabs (default 4). */
  tabSize?: number;
}
