/**
 * Build-time SVG for a Mermaid flowchart, with beautiful-mermaid (no DOM, no browser JS).
 * Colours are CSS variables (--diagram-fg/-bg/-line/-accent) so light/dark switch without JS;
 * the SVG has <title>, role="img", width/height and viewBox. Throws when the Mermaid does not
 * parse or render: the caller then keeps the ASCII.
 */
import { parseMermaid, renderMermaidSVG } from 'beautiful-mermaid';

export interface RenderFlowSvgOptions {
  /** Accessible name (the <title>); defaults to "흐름도". */
  title?: string;
}

const FONT_STACK =
  "var(--diagram-font, 'Pretendard', 'Noto Sans KR', 'Apple SD Gothic Neo', 'Malgun Gothic', system-ui, sans-serif)";

const NAMED: Record<string, string> = { quot: '"', amp: '&', lt: '<', gt: '>', apos: "'", nbsp: '\u00a0' };
const PUA_BASE = 0xf0000; // Supplementary Private Use Area-A: never in real labels

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

function hashOf(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

/**
 * beautiful-mermaid does not decode Mermaid entity codes (`#quot;`, `#35;`) and would read
 * a decoded `]` or `|` as syntax, so codes become private-use placeholders during layout
 * and are written back as escaped XML afterwards.
 */
function protectEntities(mermaid: string): { text: string; chars: string[] } {
  const chars: string[] = [];
  const text = mermaid.replace(/#([a-z]+|\d+);/gi, (whole, code: string) => {
    const ch = /^\d+$/.test(code) ? String.fromCodePoint(Number(code)) : NAMED[code.toLowerCase()];
    if (ch === undefined) return whole;
    chars.push(ch);
    return String.fromCodePoint(PUA_BASE + chars.length - 1);
  });
  return { text, chars };
}

export function renderFlowSvg(mermaid: string, opts: RenderFlowSvgOptions = {}): string {
  if (!/^\s*(flowchart|graph)\s+(TD|TB|LR|RL|BT)\s*$/m.test(mermaid.split('\n')[0] ?? '')) {
    throw new Error('renderFlowSvg: not a Mermaid flowchart');
  }
  const { text, chars } = protectEntities(mermaid);
  let svg = renderMermaidSVG(text, {
    bg: 'var(--diagram-bg)',
    fg: 'var(--diagram-fg)',
    line: 'var(--diagram-line)',
    accent: 'var(--diagram-accent)',
    transparent: true,
    padding: 16,
  });
  if (!svg.startsWith('<svg') || !/viewBox="[\d.\s-]+"/.test(svg) || /NaN/.test(svg)) {
    throw new Error('renderFlowSvg: renderer returned no usable SVG');
  }
  // placeholders back to escaped text
  svg = svg.replace(/[\u{f0000}-\u{fffff}]/gu, (c) => escapeXml(chars[c.codePointAt(0)! - PUA_BASE] ?? ''));
  // no third-party font request; a Korean-capable font stack instead
  svg = svg.replace(/^\s*@import url\([^)]*\);\s*$/gm, '');
  svg = svg.replace(/text \{ font-family:[^}]*\}/, `.flow-diagram text { font-family: ${FONT_STACK}; }`);
  // inline <style> in HTML is page-wide: scope the renderer's rules to this diagram class
  svg = svg.replace(/^(\s*)svg \{/m, '$1svg.flow-diagram {');
  // unique marker ids: several diagrams share a page
  const suffix = hashOf(mermaid);
  svg = svg.replace(/id="(arrowhead[\w-]*)"/g, `id="$1-${suffix}"`).replace(/url\(#(arrowhead[\w-]*)\)/g, `url(#$1-${suffix})`);
  // integer-ish size to avoid sub-pixel layout shift, accessibility
  svg = svg.replace(/^<svg[^>]*>/, (tag) => tag.replace(/ (width|height)="([\d.]+)"/g, (_m, k: string, v: string) => ` ${k}="${Math.ceil(Number(v))}"`));
  const title = escapeXml(opts.title?.trim() || '흐름도');
  const titleId = `flow-title-${suffix}`;
  svg = svg.replace(/^<svg /, `<svg role="img" aria-labelledby="${titleId}" class="flow-diagram" `);
  svg = svg.replace(/^(<svg[^>]*>)/, `$1\n<title id="${titleId}">${title}</title>`);
  return svg;
}

/**
 * "Checked to parse before use": the Mermaid text of a graph must parse back (with a Mermaid
 * flowchart parser, no layout) to the same number of nodes and edges, else the caller keeps the ASCII.
 */
export function mermaidParsesTo(mermaid: string, expected: { nodes: number; edges: number }): boolean {
  try {
    const g = parseMermaid(protectEntities(mermaid).text);
    const nodes = g.nodes instanceof Map ? g.nodes.size : (g.nodes as unknown[]).length;
    return nodes === expected.nodes && g.edges.length === expected.edges;
  } catch {
    return false;
  }
}
