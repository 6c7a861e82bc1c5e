import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { FlowGraph } from '../../src/lib/flow/types.ts';

const CONTENT = join(import.meta.dirname, '../../content');

/** The text of the seed note whose file name starts with `prefix` (`000_`). */
export const seed = (prefix: string): string => {
  const f = readdirSync(CONTENT).find((x) => x.startsWith(prefix))!;
  return readFileSync(join(CONTENT, f), 'utf8');
};

/** The fenced block right after a heading line. */
export const fenceAfter = (md: string, heading: string): string => {
  const m = new RegExp(`${heading}\\n\\n\`\`\`\\n([\\s\\S]*?)\`\`\``).exec(md);
  if (!m) throw new Error('fence not found');
  return m[1];
};

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
