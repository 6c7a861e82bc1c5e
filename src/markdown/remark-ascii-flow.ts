import type { Code, Html, Paragraph, Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit, SKIP } from 'unist-util-visit';
import { findProseFlow, isFlowCandidateLang, parseFlow, renderFlowSvg, toMermaid } from '../lib/flow/index.ts';
import { flowFigureHtml, mermaidClientFigureHtml } from '../lib/flow/figure.ts';
import { renderGraphSvg } from '../lib/flow/draw-svg.ts';
import { mermaidParsesTo } from '../lib/flow/svg.ts';
import type { FlowGraph } from '../lib/flow/types.ts';
import { holdHtml } from '../lib/html/trusted.ts';
import { trustedStash } from './trusted-stash.ts';

/**
 * A converted flow drawn by our own layered layout (src/lib/flow/layout.ts: ~0.2 ms a diagram,
 * against ~8 ms for ELK), once its Mermaid text is known to parse back to the same graph.
 */
function graphSvg(graph: FlowGraph): string {
  if (!mermaidParsesTo(toMermaid(graph), { nodes: graph.nodes.length, edges: graph.edges.length })) {
    throw new Error('flow: Mermaid text does not parse back to the graph');
  }
  return renderGraphSvg(graph);
}

/**
 * ASCII flows become build-time SVG figures (src/lib/flow does the work).
 * - text-like fences (no language, text, ascii, flow…) that parse as a flow → figure drawn by our layout;
 *   code fences are never touched;
 * - ```mermaid fences → the same figure drawn by beautiful-mermaid when it can, else a client-rendered figure;
 * - a top-level paragraph that is only a flow keeps its text and gets the figure after it.
 * Anything that fails leaves the node exactly as it was.
 */
export function remarkAsciiFlow() {
  return (tree: Root, file: VFile) => {
    // The figure is the garden's own HTML: it waits outside the note sanitizer (src/lib/html/trusted.ts).
    const stash = trustedStash(file);
    if (!stash) return;
    const figure = (html: string): Html => ({ type: 'html', value: holdHtml(stash, html) });
    visit(tree, 'code', (node: Code, index, parent) => {
      if (!parent || index === undefined) return undefined;
      const html = codeFigure(node);
      if (html === null) return undefined;
      parent.children.splice(index, 1, figure(html));
      return [SKIP, index + 1];
    });
    for (let i = 0; i < tree.children.length; i++) {
      const node = tree.children[i];
      if (node.type !== 'paragraph') continue;
      const html = proseFigure(node);
      if (html === null) continue;
      tree.children.splice(i + 1, 0, figure(html));
      i++;
    }
  };
}

function codeFigure(node: Code): string | null {
  const lang = node.lang?.trim().toLowerCase() ?? null;
  try {
    if (lang === 'mermaid') {
      try {
        return flowFigureHtml({ svg: renderFlowSvg(node.value), source: node.value, kind: 'mermaid' });
      } catch {
        return mermaidClientFigureHtml(node.value);
      }
    }
    if (!isFlowCandidateLang(node.lang)) return null;
    const graph = parseFlow(node.value);
    if (!graph) return null;
    return flowFigureHtml({ svg: graphSvg(graph), graph, source: node.value, kind: 'fence' });
  } catch {
    return null;
  }
}

/** Only a paragraph of plain text can be a flow (no links, emphasis or code: the converter would lose them). */
function proseFigure(node: Paragraph): string | null {
  let text = '';
  for (const child of node.children) {
    if (child.type === 'text') text += child.value;
    else if (child.type === 'break') text += '\n';
    else return null;
  }
  try {
    const graph = findProseFlow(text);
    if (!graph) return null;
    return flowFigureHtml({ svg: graphSvg(graph), graph, source: text, kind: 'prose' });
  } catch {
    return null;
  }
}
