import type { Code, Html, Paragraph, Root } from 'mdast';
import { visit, SKIP } from 'unist-util-visit';
import { findProseFlow, isFlowCandidateLang, parseFlow, renderFlowSvg, toMermaid } from '../lib/flow/index.ts';
import { flowFigureHtml, mermaidClientFigureHtml } from '../lib/flow/figure.ts';

/**
 * Issue 4: ASCII flows become build-time SVG figures (src/lib/flow does the work).
 * - text-like fences (no language, text, ascii, flow…) that parse as a flow → figure; code fences are never touched;
 * - ```mermaid fences → the same figure when the build can draw them, else a client-rendered figure;
 * - a top-level paragraph that is only a flow keeps its text and gets the figure after it.
 * Anything that fails leaves the node exactly as it was.
 */
export function remarkAsciiFlow() {
  return (tree: Root) => {
    visit(tree, 'code', (node: Code, index, parent) => {
      if (!parent || index === undefined) return undefined;
      const html = codeFigure(node);
      if (html === null) return undefined;
      parent.children.splice(index, 1, { type: 'html', value: html } satisfies Html);
      return [SKIP, index + 1];
    });
    for (let i = 0; i < tree.children.length; i++) {
      const node = tree.children[i]!;
      if (node.type !== 'paragraph') continue;
      const html = proseFigure(node);
      if (html === null) continue;
      tree.children.splice(i + 1, 0, { type: 'html', value: html } satisfies Html);
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
    return flowFigureHtml({ svg: renderFlowSvg(toMermaid(graph)), graph, source: node.value, kind: 'fence' });
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
    return flowFigureHtml({ svg: renderFlowSvg(toMermaid(graph)), graph, source: text, kind: 'prose' });
  } catch {
    return null;
  }
}
