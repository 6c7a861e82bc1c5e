/**
 * Build-time SVG for a Mermaid flowchart, with beautiful-mermaid (no DOM, no browser JS).
 * Colours are CSS variables (--diagram-fg/-bg/-line/-accent) so light/dark switch without JS;
 * the SVG has <title>, role="img", width/height and viewBox. Throws when the Mermaid does not
 * parse or render: the caller then keeps the ASCII.
 */
import { parseMermaid, renderMermaidSVG } from 'beautiful-mermaid';
import { codePointWidth } from './display-width.ts';
import { misreadStatement, prepareMermaid } from './mermaid-source.ts';
import { escapeHtml } from '../html/escape.ts';
import { fnv1a } from '../hash.ts';
import { t } from '../../i18n/index.ts';

export interface RenderFlowSvgOptions {
  /** Accessible name (the <title>); defaults to "흐름도". */
  title?: string;
}

const FONT_STACK =
  "var(--diagram-font, 'Pretendard', 'Noto Sans KR', 'Apple SD Gothic Neo', 'Malgun Gothic', system-ui, sans-serif)";

const NAMED: Record<string, string> = { quot: '"', amp: '&', lt: '<', gt: '>', apos: "'", nbsp: '\u00a0' };
const PUA_BASE = 0xf0000; // Supplementary Private Use Area-A: never in real labels

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

/**
 * Width of a label in the page's font, on the generous side: narrow characters 0.62 em,
 * wide ones (Hangul, CJK) 1 em, so a label measured to fit does fit.
 */
function labelWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) em += ch === ' ' ? 0.3 : codePointWidth(ch.codePointAt(0)!) >= 2 ? 1 : 0.62;
  return em * fontSize;
}

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

const num = (v: string) => Number(v);
const GROUP_RE =
  /<rect x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)" rx="0" ry="0" fill="var\(--_group-fill\)"[^>]*\/>\s*<rect x="\1" y="\2" width="\3" height="[\d.]+" rx="0" ry="0" fill="var\(--_group-hdr\)"[^>]*\/>\s*<text x="[\d.]+"[^>]*? font-size="([\d.]+)"[^>]*>([^<]*)<\/text>/g;
const RECT_RE = /<rect x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)"/g;

/**
 * Subgraph titles drawn in full: a box whose title is wider than the box (in the page's font)
 * is widened to hold it, and the picture with it. When the wider box would run into another
 * node or box, the diagram cannot be drawn faithfully here and this throws.
 */
function fitGroupTitles(svg: string): string {
  const rects: Box[] = [...svg.matchAll(RECT_RE)].map((m) => ({
    x: num(m[1]),
    y: num(m[2]),
    w: num(m[3]),
    h: num(m[4]),
  }));
  const inside = (a: Box, b: Box) =>
    a.x >= b.x - 0.5 && a.y >= b.y - 0.5 && a.x + a.w <= b.x + b.w + 0.5 && a.y + a.h <= b.y + b.h + 0.5;
  const meets = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
  let right = 0;
  const out = svg.replace(
    GROUP_RE,
    (whole, x: string, y: string, w: string, h: string, size: string, label: string) => {
      const box = { x: num(x), y: num(y), w: num(w), h: num(h) };
      const title = label.replace(/&(amp|lt|gt|quot|#39);/g, 'x');
      const need = 12 + labelWidth(title, num(size)) + 8;
      if (need <= box.w) return whole;
      const strip = { x: box.x + box.w, y: box.y, w: need - box.w, h: box.h };
      for (const r of rects) {
        if (inside(r, box) || inside(strip, r)) continue; // its own nodes, or a box around it
        if (meets(r, strip)) throw new Error(`renderFlowSvg: the subgraph title "${label}" does not fit its box`);
      }
      right = Math.max(right, box.x + need);
      const wide = String(Math.round(need * 1000) / 1000);
      return whole.replace(new RegExp(`width="${w.replace(/\./g, '\\.')}"`, 'g'), `width="${wide}"`);
    },
  );
  if (right === 0) return out;
  return out.replace(/^<svg[^>]*>/, (tag) => {
    const vb = /viewBox="([\d.-]+) ([\d.-]+) ([\d.]+) ([\d.]+)"/.exec(tag);
    if (!vb) return tag;
    const width = Math.max(num(vb[3]), right + 16);
    return tag
      .replace(vb[0], `viewBox="${vb[1]} ${vb[2]} ${width} ${vb[4]}"`)
      .replace(/ width="[\d.]+"/, ` width="${width}"`);
  });
}

export function renderFlowSvg(mermaid: string, opts: RenderFlowSvgOptions = {}): string {
  if (!/^\s*(flowchart|graph)\s+(TD|TB|LR|RL|BT)\s*$/m.test(mermaid.split('\n')[0] ?? '')) {
    throw new Error('renderFlowSvg: not a Mermaid flowchart');
  }
  const { text, chars } = protectEntities(prepareMermaid(mermaid));
  const parsed = parseMermaid(text);
  const misread = misreadStatement(
    parsed.nodes instanceof Map ? parsed.nodes.keys() : (parsed.nodes as Array<{ id: string }>).map((n) => n.id),
  );
  if (misread) throw new Error(`renderFlowSvg: ${misread}`);
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
  svg = fitGroupTitles(svg);
  // placeholders back to escaped text
  svg = svg.replace(/[\u{f0000}-\u{fffff}]/gu, (c) => escapeHtml(chars[c.codePointAt(0)! - PUA_BASE] ?? ''));
  // no third-party font request; a Korean-capable font stack instead
  svg = svg.replace(/^\s*@import url\([^)]*\);\s*$/gm, '');
  svg = svg.replace(/text \{ font-family:[^}]*\}/, `.flow-diagram text { font-family: ${FONT_STACK}; }`);
  // inline <style> in HTML is page-wide: scope the renderer's rules to this diagram class
  svg = svg.replace(/^(\s*)svg \{/m, '$1svg.flow-diagram {');
  // unique marker ids: several diagrams share a page
  const suffix = fnv1a(mermaid).toString(36);
  svg = svg
    .replace(/id="(arrowhead[\w-]*)"/g, `id="$1-${suffix}"`)
    .replace(/url\(#(arrowhead[\w-]*)\)/g, `url(#$1-${suffix})`);
  // integer-ish size to avoid sub-pixel layout shift, accessibility
  svg = svg.replace(/^<svg[^>]*>/, (tag) =>
    tag.replace(/ (width|height)="([\d.]+)"/g, (_m, k: string, v: string) => ` ${k}="${Math.ceil(Number(v))}"`),
  );
  const title = escapeHtml(opts.title?.trim() || t.flow.name);
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
