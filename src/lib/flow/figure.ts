/**
 * The HTML of one diagram in a note:
 *
 *   <figure class="flow-figure">
 *     <figcaption>  short accessible name ("흐름도: A, B, C 외 4개"), not indexed
 *     <div class="flow-scroll" role="region" tabindex="0">  the build-time SVG, scaled down to the column when wider
 *     <button class="flow-zoom" hidden>크게 보기  shown by src/scripts/flow-zoom.ts when the SVG is scaled down:
 *                                                it opens the diagram at full size in a dialog
 *     <div class="flow-alt visually-hidden">  the edges as `A → B` lines: the ONLY indexed text
 *     <details><summary>원본 보기</summary><pre>  the original ASCII / Mermaid, not indexed
 *
 * The renderer's inline <style> is dropped (the note sanitizer removes <style> anyway);
 * src/styles/flow.css carries those rules once for every diagram.
 */
import type { FlowGraph } from './types.ts';
import { escapeHtml } from '../html/escape.ts';
import { t } from '../../i18n/index.ts';

export type FlowFigureKind = 'fence' | 'prose' | 'mermaid';

export interface FlowFigureInput {
  /** From renderFlowSvg. */
  svg: string;
  /** The graph drawn; when absent (an author's Mermaid) it is read back from the SVG. */
  graph?: FlowGraph | null;
  /** The block as written: ASCII for a fence, Mermaid text for a mermaid fence, the paragraph for prose. */
  source: string;
  kind: FlowFigureKind;
}

/** Nodes and edges as plain text, the way a reader would say them. */
export interface FlowOutline {
  labels: string[];
  edges: string[];
  groups: string[];
}

const MAX_CAPTION_LABELS = 3;
/** The control that shows a scaled-down diagram at full size. */
export const ZOOM_LABEL = t.flow.zoom;

function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (whole, code: string) => {
    const c = code.toLowerCase();
    if (c === 'amp') return '&';
    if (c === 'lt') return '<';
    if (c === 'gt') return '>';
    if (c === 'quot') return '"';
    if (c === 'apos') return "'";
    const n = c.startsWith('#x') ? parseInt(c.slice(2), 16) : parseInt(c.slice(1), 10);
    return Number.isFinite(n) ? String.fromCodePoint(n) : whole;
  });
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

function edgeLine(from: string, to: string, both: boolean, label: string | null): string {
  return `${from} ${both ? '↔' : '→'} ${to}${label ? ` (${label})` : ''}`;
}

export function outlineOfGraph(graph: FlowGraph): FlowOutline {
  const byId = new Map(graph.nodes.map((n) => [n.id, oneLine([n.label, ...n.detail].join(' '))]));
  const name = (id: string) => byId.get(id) ?? id;
  return {
    labels: graph.nodes.map((n) => oneLine(n.label)),
    edges: graph.edges.map((e) => edgeLine(name(e.from), name(e.to), e.both, e.label ? oneLine(e.label) : null)),
    groups: graph.groups.map((g) => `${oneLine(g.label)}: ${g.nodes.map(name).join(', ')}`),
  };
}

const attr = (tag: string, name: string): string | null => {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m ? decodeXml(m[1]) : null;
};

/** Reads nodes, edges and groups back from a beautiful-mermaid SVG (its data-* attributes). */
export function outlineOfSvg(svg: string): FlowOutline {
  const nodes = new Map<string, string>();
  const groups: string[] = [];
  for (const m of svg.matchAll(/<g class="(node|subgraph)"[^>]*>/g)) {
    const id = attr(m[0], 'data-id');
    const label = oneLine(attr(m[0], 'data-label') ?? id ?? '');
    if (!id) continue;
    if (m[1] === 'node') nodes.set(id, label);
    else groups.push(label);
  }
  const edgeLabels = new Map<string, string>();
  for (const m of svg.matchAll(/<g class="edge-label"[^>]*>/g)) {
    edgeLabels.set(`${attr(m[0], 'data-from')}\u0000${attr(m[0], 'data-to')}`, oneLine(attr(m[0], 'data-label') ?? ''));
  }
  const edges: string[] = [];
  for (const m of svg.matchAll(/<(?:polyline|path) class="edge"[^>]*>/g)) {
    const from = attr(m[0], 'data-from');
    const to = attr(m[0], 'data-to');
    if (!from || !to) continue;
    const both = attr(m[0], 'data-arrow-start') === 'true' && attr(m[0], 'data-arrow-end') === 'true';
    edges.push(
      edgeLine(nodes.get(from) ?? from, nodes.get(to) ?? to, both, edgeLabels.get(`${from}\u0000${to}`) || null),
    );
  }
  return { labels: [...nodes.values()], edges, groups };
}

/** The figure's short accessible name: "흐름도: A, B, C 외 4개". */
export function flowCaption(outline: FlowOutline): string {
  const shown = outline.labels.slice(0, MAX_CAPTION_LABELS);
  const rest = outline.labels.length - shown.length;
  if (shown.length === 0) return t.flow.name;
  return t.flow.caption(shown.join(', '), rest);
}

/** The SVG as placed in the page: no inline <style> (flow.css has it), the caption as its <title>. */
export function prepareSvg(svg: string, caption: string): string {
  return svg
    .replace(/<style>[\s\S]*?<\/style>\s*/, '')
    .replace(
      /(<title\b[^>]*>)[\s\S]*?(<\/title>)/,
      (_m, open: string, close: string) => `${open}${escapeHtml(caption)}${close}`,
    );
}

export function flowFigureHtml(input: FlowFigureInput): string {
  const outline = input.graph ? outlineOfGraph(input.graph) : outlineOfSvg(input.svg);
  const caption = flowCaption(outline);
  const lines = [...outline.edges, ...outline.groups.map((g) => t.flow.group(g))];
  // A prose flow's paragraph stays right above the figure and is indexed already.
  const altIgnore = input.kind === 'prose' ? ' data-pagefind-ignore' : '';
  const alt =
    `<div class="flow-alt visually-hidden"${altIgnore}><p>${escapeHtml(t.flow.edges(outline.edges.length))}</p>` +
    `<ul>${lines.map((l) => `<li>${escapeHtml(l)}</li>`).join('')}</ul></div>`;
  const sourceLabel = input.kind === 'mermaid' ? t.flow.sourceMermaid : t.flow.source;
  const details =
    input.kind === 'prose'
      ? ''
      : `<details class="flow-source" data-pagefind-ignore><summary>${sourceLabel}</summary>` +
        `<pre><code>${escapeHtml(input.source.replace(/\n+$/, ''))}</code></pre></details>`;
  return (
    `<figure class="flow-figure" data-flow-kind="${input.kind}">` +
    `<figcaption class="visually-hidden" data-pagefind-ignore>${escapeHtml(caption)}</figcaption>` +
    `<div class="flow-scroll" role="region" tabindex="0" aria-label="${escapeHtml(t.flow.region)}" data-pagefind-ignore>` +
    prepareSvg(input.svg, caption) +
    `</div>` +
    `<button type="button" class="flow-zoom" data-flow-zoom hidden data-pagefind-ignore>${ZOOM_LABEL}</button>` +
    `${alt}${details}</figure>`
  );
}

/**
 * An author's Mermaid block the build cannot draw (sequence, class, …): the source reads
 * without JS; src/scripts/mermaid-lazy.ts renders it when it nears the viewport.
 */
export function mermaidClientFigureHtml(source: string): string {
  return (
    `<figure class="mermaid-figure" data-mermaid>` +
    `<figcaption class="visually-hidden">${escapeHtml(t.flow.mermaidCaption)}</figcaption>` +
    `<pre class="mermaid-source"><code>${escapeHtml(source.replace(/\n+$/, ''))}</code></pre></figure>`
  );
}
