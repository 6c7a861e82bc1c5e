/**
 * FlowGraph → Mermaid `flowchart` text. Ids are generated (n0, g0), never label text;
 * every label is quoted and characters Mermaid (or beautiful-mermaid) would interpret
 * are written as Mermaid entity codes (`#quot;`, `#35;`, …).
 */
import type { FlowGraph } from './types.ts';

const ENTITY: Record<string, string> = {
  '"': '#quot;',
  '#': '#35;',
  '&': '#amp;',
  '<': '#lt;',
  '>': '#gt;',
  '[': '#91;',
  ']': '#93;',
  '{': '#123;',
  '}': '#125;',
  '|': '#124;',
  '\\': '#92;',
  '*': '#42;',
  '~': '#126;',
  '`': '#96;',
  _: '#95;',
};

/** Escapes one line of plain text for use inside a quoted Mermaid label. */
export function escapeMermaidText(text: string): string {
  let out = '';
  for (const ch of text.replace(/[\r\n\t]+/g, ' ')) out += ENTITY[ch] ?? ch;
  return out;
}

function nodeLabel(label: string, detail: string[]): string {
  return [label, ...detail].map(escapeMermaidText).join('<br/>');
}

export function toMermaid(graph: FlowGraph): string {
  const out: string[] = [`flowchart ${graph.direction}`];
  const inGroup = new Set(graph.groups.flatMap((g) => g.nodes));
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const decl = (id: string, indent: string) => {
    const n = byId.get(id);
    if (n) out.push(`${indent}${n.id}["${nodeLabel(n.label, n.detail)}"]`);
  };
  for (const n of graph.nodes) if (!inGroup.has(n.id)) decl(n.id, '  ');
  const declared = new Set<string>();
  graph.groups.forEach((g, i) => {
    out.push(`  subgraph g${i}["${escapeMermaidText(g.label)}"]`);
    for (const id of g.nodes)
      if (!declared.has(id)) {
        decl(id, '    ');
        declared.add(id);
      }
    out.push('  end');
  });
  for (const e of graph.edges) {
    const arrow = e.both ? '<-->' : '-->';
    const label = e.label ? `|"${escapeMermaidText(e.label)}"|` : '';
    out.push(`  ${e.from} ${arrow}${label} ${e.to}`);
  }
  return out.join('\n') + '\n';
}
