/**
 * FlowGraph → SVG with our own layered layout (layout.ts and its phases in layout/): no ELK, no DOM, well under a millisecond
 * for a note-sized graph. Same outer conventions as svg.ts (beautiful-mermaid): `<svg role="img"
 * aria-labelledby=… class="flow-diagram">` with a `<title>`, whole-number width/height, and the
 * `g.node` / `g.subgraph` / `polyline.edge` / `g.edge-label` elements with the data-* attributes
 * figure.ts reads back (outlineOfSvg). Colours are CSS variables only (--diagram-node/-line/-fg/
 * -accent/-bg); the background stays transparent. No <style> element: everything is an attribute.
 */
import type { FlowGraph } from './types.ts';
import {
  layoutGraph,
  DETAIL_FONT,
  DETAIL_LINE,
  EDGE_FONT,
  EDGE_LINE,
  GROUP_FONT,
  LABEL_FONT,
  LABEL_LINE,
  PAD_Y,
  type FlowLayout,
  type Point,
} from './layout.ts';
import { escapeHtml } from '../html/escape.ts';
import { fnv1a } from '../hash.ts';
import { t } from '../../i18n/index.ts';

export { layoutGraph } from './layout.ts';
export type { FlowLayout, LaidNode, LaidEdge, LaidGroup, Box, Point } from './layout.ts';

export interface RenderGraphSvgOptions {
  /** Accessible name (the <title>); defaults to "흐름도". */
  title?: string;
  /** Width the diagram should fit in (px); defaults to FIT_WIDTH, Infinity keeps the author's direction. */
  fitWidth?: number;
}

/**
 * Room for a diagram in a note's column: the 44rem measure (global.css `--measure`) less the figure's
 * border and padding (flow.css). Wider diagrams are scaled down to fit on the page, with 크게 보기.
 */
export const FIT_WIDTH = 44 * 16 - 2 - 8;
/** A left-to-right flow turned top-to-bottom must stay about a screen tall. */
const MAX_TURNED_HEIGHT = 900;

/**
 * The author's layout, or, for a left-to-right flow wider than fitWidth, the same graph top to bottom
 * when that shows it larger (at least 10% less scaling) without getting taller than a screen.
 */
export function layoutToFit(graph: FlowGraph, fitWidth: number = FIT_WIDTH): { graph: FlowGraph; layout: FlowLayout } {
  const layout = layoutGraph(graph);
  if (layout.width <= fitWidth || graph.direction !== 'LR') return { graph, layout };
  const turnedGraph: FlowGraph = { ...graph, direction: 'TD' };
  const turned = layoutGraph(turnedGraph);
  const scale = (l: FlowLayout) => Math.min(1, fitWidth / l.width);
  if (scale(turned) >= scale(layout) * 1.1 && turned.height * scale(turned) <= MAX_TURNED_HEIGHT)
    return { graph: turnedGraph, layout: turned };
  return { graph, layout };
}

export const FONT_STACK =
  "var(--diagram-font, 'Pretendard Variable', Pretendard, 'Noto Sans KR', 'Noto Sans CJK KR', 'Apple SD Gothic Neo', 'Malgun Gothic', system-ui, sans-serif)";

const ARROW_BACK = 1.8; // the line stops this short of the tip, so its end hides under the arrowhead

/** One decimal place, no trailing zeros. */
function num(v: number): string {
  return String(Math.round(v * 10) / 10);
}

/** Moves an end point back along its segment (the arrowhead covers the gap). */
function pullBack(p: Point, from: Point, by: number): Point {
  const dx = p.x - from.x;
  const dy = p.y - from.y;
  const len = Math.hypot(dx, dy);
  if (len <= by * 2) return p;
  return { x: p.x - (dx / len) * by, y: p.y - (dy / len) * by };
}

/** Baseline of a line of text centred in a line box (no dominant-baseline: not everywhere reliable). */
const baseline = (top: number, lineHeight: number, fontSize: number) => top + lineHeight / 2 + fontSize * 0.35;

export function svgOfLayout(layout: FlowLayout, key: string, title: string): string {
  const arrow = `flow-arrow-${key}`;
  const arrowStart = `flow-arrow-start-${key}`;
  const titleId = `flow-title-${key}`;
  const o: string[] = [];
  o.push(
    `<svg role="img" aria-labelledby="${titleId}" class="flow-diagram" xmlns="http://www.w3.org/2000/svg" ` +
      `viewBox="0 0 ${layout.width} ${layout.height}" width="${layout.width}" height="${layout.height}" ` +
      `font-family="${FONT_STACK}">`,
  );
  o.push(`<title id="${titleId}">${escapeHtml(title)}</title>`);
  o.push(
    `<defs>` +
      `<marker id="${arrow}" viewBox="0 0 10 10" refX="8" refY="5" markerWidth="9" markerHeight="9" markerUnits="userSpaceOnUse" orient="auto">` +
      `<path d="M0 0L10 5L0 10z" fill="var(--diagram-accent)"/></marker>` +
      `<marker id="${arrowStart}" viewBox="0 0 10 10" refX="2" refY="5" markerWidth="9" markerHeight="9" markerUnits="userSpaceOnUse" orient="auto">` +
      `<path d="M10 0L0 5L10 10z" fill="var(--diagram-accent)"/></marker>` +
      `</defs>`,
  );
  layout.groups.forEach((g, i) => {
    o.push(
      `<g class="subgraph" data-id="g${i}" data-label="${escapeHtml(g.label)}">` +
        `<rect x="${num(g.x)}" y="${num(g.y)}" width="${num(g.width)}" height="${num(g.height)}" rx="10" ry="10" ` +
        `fill="none" stroke="var(--diagram-accent)" stroke-width="1" stroke-dasharray="5 3"/>` +
        `<text x="${num(g.labelX)}" y="${num(g.labelY)}" font-size="${GROUP_FONT}" font-weight="600" fill="var(--diagram-accent)">${escapeHtml(g.label)}</text>` +
        `</g>`,
    );
  });
  for (const e of layout.edges) {
    const pts = e.points.slice();
    if (pts.length >= 2) {
      pts[pts.length - 1] = pullBack(pts[pts.length - 1], pts[pts.length - 2], ARROW_BACK);
      if (e.both) pts[0] = pullBack(pts[0], pts[1], ARROW_BACK);
    }
    let list = '';
    for (const p of pts) list += (list ? ' ' : '') + num(p.x) + ',' + num(p.y);
    o.push(
      `<polyline class="edge" data-from="${escapeHtml(e.from)}" data-to="${escapeHtml(e.to)}" data-arrow-start="${e.both}" data-arrow-end="true" ` +
        `points="${list}" fill="none" stroke="var(--diagram-line)" stroke-width="1.25" stroke-linejoin="round" ` +
        `marker-end="url(#${arrow})"${e.both ? ` marker-start="url(#${arrowStart})"` : ''}/>`,
    );
  }
  for (const nd of layout.nodes) {
    const cx = num(nd.x + nd.width / 2);
    const label = [...nd.labelLines, ...nd.detailLines].join(' ');
    let s =
      `<g class="node" data-id="${escapeHtml(nd.id)}" data-label="${escapeHtml(label)}">` +
      `<rect x="${num(nd.x)}" y="${num(nd.y)}" width="${num(nd.width)}" height="${num(nd.height)}" rx="6" ry="6" ` +
      `fill="var(--diagram-node)" stroke="var(--diagram-line)" stroke-width="1"/>`;
    let top = nd.y + PAD_Y;
    for (const line of nd.labelLines) {
      s += `<text x="${cx}" y="${num(baseline(top, LABEL_LINE, LABEL_FONT))}" text-anchor="middle" font-size="${LABEL_FONT}" font-weight="500" fill="var(--diagram-fg)">${escapeHtml(line)}</text>`;
      top += LABEL_LINE;
    }
    for (const line of nd.detailLines) {
      s += `<text x="${cx}" y="${num(baseline(top, DETAIL_LINE, DETAIL_FONT))}" text-anchor="middle" font-size="${DETAIL_FONT}" fill="var(--diagram-fg)" fill-opacity="0.75">${escapeHtml(line)}</text>`;
      top += DETAIL_LINE;
    }
    o.push(s + `</g>`);
  }
  for (const e of layout.edges) {
    const b = e.labelBox;
    if (!b || !e.label) continue;
    const cx = num(b.x + b.width / 2);
    let s =
      `<g class="edge-label" data-from="${escapeHtml(e.from)}" data-to="${escapeHtml(e.to)}" data-label="${escapeHtml(e.label)}">` +
      `<rect x="${num(b.x)}" y="${num(b.y)}" width="${num(b.width)}" height="${num(b.height)}" rx="3" ry="3" fill="var(--diagram-bg)" stroke="var(--diagram-line)" stroke-width="0.5"/>`;
    let top = b.y + (b.height - e.labelLines.length * EDGE_LINE) / 2;
    for (const line of e.labelLines) {
      s += `<text x="${cx}" y="${num(baseline(top, EDGE_LINE, EDGE_FONT))}" text-anchor="middle" font-size="${EDGE_FONT}" fill="var(--diagram-fg)">${escapeHtml(line)}</text>`;
      top += EDGE_LINE;
    }
    o.push(s + `</g>`);
  }
  o.push('</svg>');
  return o.join('\n');
}

/** Key for the ids in one diagram (marker, title): a hash of the graph, stable across builds. */
export function graphKey(graph: FlowGraph): string {
  let s = graph.direction;
  for (const nd of graph.nodes) s += '\u0001' + nd.id + '\u0002' + nd.label + '\u0002' + nd.detail.join('\u0003');
  for (const e of graph.edges)
    s += '\u0001' + e.from + '\u0002' + e.to + '\u0002' + (e.label ?? '') + (e.both ? '\u0004' : '');
  for (const g of graph.groups) s += '\u0001' + g.label + '\u0002' + g.nodes.join('\u0003');
  return fnv1a(s).toString(36);
}

export function renderGraphSvg(graph: FlowGraph, opts: RenderGraphSvgOptions = {}): string {
  const fit = layoutToFit(graph, opts.fitWidth ?? FIT_WIDTH);
  return svgOfLayout(fit.layout, graphKey(fit.graph), opts.title?.trim() || t.flow.name);
}
