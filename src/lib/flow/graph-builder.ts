import type { FlowDirection, FlowEdge, FlowGraph, FlowGroup, FlowNode } from './types.ts';

/** Accumulates nodes (ids n0, n1, … in order of appearance), edges and groups. */
export class GraphBuilder {
  nodes: FlowNode[] = [];
  edges: FlowEdge[] = [];
  groups: FlowGroup[] = [];
  private byLabel = new Map<string, FlowNode>();
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
    if (!this.byLabel.has(label)) this.byLabel.set(label, n);
    return n.id;
  }

  get(id: string): FlowNode {
    const n = this.nodes.find((x) => x.id === id);
    if (!n) throw new Error(`unknown node ${id}`);
    return n;
  }

  edge(from: string, to: string, label: string | null = null, both = false): void {
    if (from === to) return;
    const dup = this.edges.find(
      (e) => (e.from === from && e.to === to) || (e.both && both && e.from === to && e.to === from),
    );
    if (dup) {
      if (!dup.label && label) dup.label = label;
      return;
    }
    this.edges.push({ from, to, label, both });
  }

  group(label: string, nodes: string[]): void {
    const existing = this.groups.find((g) => g.label === label);
    if (existing) {
      for (const n of nodes) if (!existing.nodes.includes(n)) existing.nodes.push(n);
    } else this.groups.push({ label, nodes: [...nodes] });
  }

  build(direction: FlowDirection): FlowGraph {
    return { direction, nodes: this.nodes, edges: this.edges, groups: this.groups };
  }
}
