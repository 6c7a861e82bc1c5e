import type { FlowDirection, FlowEdge, FlowGraph, FlowGroup, FlowNode } from './types.ts';

/** Accumulates nodes (ids n0, n1, … in order of appearance), edges and groups. */
export class GraphBuilder {
  nodes: FlowNode[] = [];
  edges: FlowEdge[] = [];
  groups: FlowGroup[] = [];
  private byLabel = new Map<string, FlowNode>();
  private byId = new Map<string, FlowNode>();
  /** Edges by `from\0to`, so a long chain adds each edge in constant time. */
  private byEnds = new Map<string, FlowEdge>();
  private mergeByLabel: boolean;

  constructor(mergeByLabel: boolean) {
    this.mergeByLabel = mergeByLabel;
  }

  /** Returns the id of a node with this label (reused when merging by label). */
  node(label: string, detail: string[] = []): string {
    if (this.mergeByLabel) {
      const found = this.byLabel.get(label);
      if (found) {
        for (const d of detail) if (!found.detail.includes(d)) found.detail.push(d);
        return found.id;
      }
    }
    const n: FlowNode = { id: `n${this.nodes.length}`, label, detail: [...detail] };
    this.nodes.push(n);
    this.byId.set(n.id, n);
    if (!this.byLabel.has(label)) this.byLabel.set(label, n);
    return n.id;
  }

  get(id: string): FlowNode {
    const n = this.byId.get(id);
    if (!n) throw new Error(`unknown node ${id}`);
    return n;
  }

  edge(from: string, to: string, label: string | null = null, both = false): void {
    if (from === to) return;
    const same = this.byEnds.get(`${from}\0${to}`);
    const reverse = this.byEnds.get(`${to}\0${from}`);
    const dup = same ?? (both && reverse?.both ? reverse : undefined);
    if (dup) {
      if (!dup.label && label) dup.label = label;
      return;
    }
    const e: FlowEdge = { from, to, label, both };
    this.edges.push(e);
    this.byEnds.set(`${from}\0${to}`, e);
  }

  group(label: string, nodes: string[]): void {
    const existing = this.groups.find((g) => g.label === label);
    if (existing) {
      const have = new Set(existing.nodes);
      for (const n of nodes)
        if (!have.has(n)) {
          existing.nodes.push(n);
          have.add(n);
        }
    } else this.groups.push({ label, nodes: [...nodes] });
  }

  build(direction: FlowDirection): FlowGraph {
    return { direction, nodes: this.nodes, edges: this.edges, groups: this.groups };
  }
}
