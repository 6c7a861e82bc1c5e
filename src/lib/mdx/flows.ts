import type { Root, RootContent } from 'mdast';
import { parseFlow } from '../flow/parse-flow.ts';
import type { FlowGraph } from '../flow/types.ts';
import { lowerMdx } from './lower.ts';
import { parseMdx } from './parse.ts';

/**
 * The `<Flow>` diagrams of an MDX body that the converter draws, with the element's lines (1-based,
 * of the body): what `garden flow` lists beside the note's fences.
 */
export function mdxFlowDiagrams(body: string): Array<{ startLine: number; endLine: number; graph: FlowGraph }> {
  const parsed = parseMdx(body);
  if (!parsed.ok) return [];
  const places: Array<{ startLine: number; endLine: number }> = [];
  const walk = (nodes: Array<Root | RootContent>) => {
    for (const node of nodes) {
      if (node.type === 'mdxJsxFlowElement' && node.name === 'Flow') {
        places.push({ startLine: node.position?.start.line ?? 1, endLine: node.position?.end.line ?? 1 });
      } else if ('children' in node) walk(node.children as RootContent[]);
    }
  };
  walk([parsed.tree]);
  lowerMdx(parsed.tree, parsed.text);
  // each <Flow> is now a `flow` code block at the element's place
  const out: Array<{ startLine: number; endLine: number; graph: FlowGraph }> = [];
  const visit = (nodes: Array<Root | RootContent>) => {
    for (const node of nodes) {
      if (node.type === 'code' && node.lang === 'flow') {
        const line = node.position?.start.line;
        const place = places.find((p) => p.startLine === line);
        const graph = place ? safeParse(node.value) : null;
        if (place && graph) out.push({ ...place, graph });
      } else if ('children' in node) visit(node.children as RootContent[]);
    }
  };
  visit([parsed.tree]);
  return out;
}

function safeParse(text: string): FlowGraph | null {
  try {
    return parseFlow(text);
  } catch {
    return null;
  }
}
