import type { FlowGraph } from '../../src/lib/flow/types.ts';

/** Edges as readable strings by label: `A -> B`, `A <-> B`, `A -[x]-> B`. */
export function edgeList(g: FlowGraph): string[] {
  const label = (id: string) => g.nodes.find((n) => n.id === id)!.label;
  return g.edges
    .map((e) => `${label(e.from)} ${e.both ? '<' : ''}${e.label ? `-[${e.label}]-` : '-'}> ${label(e.to)}`)
    .sort();
}

export function detailOf(g: FlowGraph, label: string): string[] {
  const n = g.nodes.find((x) => x.label === label);
  if (!n) throw new Error(`no node ${label}`);
  return n.detail;
}

export function groupList(g: FlowGraph): string[] {
  const label = (id: string) => g.nodes.find((n) => n.id === id)!.label;
  return g.groups.map((gr) => `${gr.label}: ${gr.nodes.map(label).join(', ')}`);
}
