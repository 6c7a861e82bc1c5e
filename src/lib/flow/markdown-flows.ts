/**
 * Finds the flows of a Markdown note: candidate fences (no language or text-like)
 * and paragraphs that are only a flow. Code fences are never touched.
 */
import { isFlowCandidateLang } from './candidate-lang.ts';
import { parseFlow } from './parse-flow.ts';
import { findProseFlow } from './prose-flow.ts';
import type { FlowGraph } from './types.ts';

export interface FoundFlow {
  /** 1-based, inclusive: the fence lines for a fence, the paragraph lines for prose. */
  startLine: number;
  endLine: number;
  kind: 'fence' | 'prose';
  /** The fence content or the paragraph text, exactly as written. */
  source: string;
  graph: FlowGraph;
}

const FENCE_RE = /^ {0,3}(`{3,}|~{3,})([^`]*)$/;

export function findFlowsInMarkdown(markdown: string): FoundFlow[] {
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  const found: FoundFlow[] = [];
  let i = 0;
  if (lines[0]?.trim() === '---') {
    const end = lines.findIndex((l, k) => k > 0 && l.trim() === '---');
    if (end > 0) i = end + 1;
  }
  let para: number[] = [];
  const flushPara = () => {
    if (para.length === 0) return;
    const source = para.map((k) => lines[k]).join('\n');
    const graph = findProseFlow(source);
    if (graph) found.push({ startLine: para[0] + 1, endLine: para[para.length - 1] + 1, kind: 'prose', source, graph });
    para = [];
  };
  for (; i < lines.length; i++) {
    const line = lines[i];
    const open = FENCE_RE.exec(line);
    if (open) {
      flushPara();
      const marker = open[1];
      const lang = open[2].trim() || null;
      let close = i + 1;
      const closeRe = new RegExp(`^ {0,3}${marker[0] === '`' ? '`' : '~'}{${marker.length},}\\s*$`);
      while (close < lines.length && !closeRe.test(lines[close])) close++;
      const body = lines.slice(i + 1, close).join('\n');
      if (isFlowCandidateLang(lang)) {
        const graph = parseFlow(body);
        if (graph)
          found.push({
            startLine: i + 1,
            endLine: Math.min(close, lines.length - 1) + 1,
            kind: 'fence',
            source: body,
            graph,
          });
      }
      i = close;
      continue;
    }
    if (!line.trim() || /^ {0,3}(#|>|[-*+]\s|\d+[.)]\s|\||<)/.test(line) || /^( {4}|\t)/.test(line)) {
      flushPara();
      continue;
    }
    para.push(i);
  }
  flushPara();
  return found;
}
