// Note graphs: neighbourhoods, a small deterministic force layout (Fruchterman–Reingold,
// O(n²) per iteration over at most GARDEN_GRAPH_CAP notes) and SVG markup whose nodes are
// <a href> elements (focusable, activated with Enter, named by <title>). d3-force was measured
// against it and is 7–17× slower on these graphs (README, "Design notes").
//
// Whole-garden graph: capped at GARDEN_GRAPH_CAP notes, the most connected ones
// (links + rare shared tags), so the page stays ~100 KB for 10,000 notes; the page
// says how many notes are left out and points to the tag tree for the rest.

import { escapeHtml } from '../html/escape.ts';

export const GARDEN_GRAPH_CAP = 300;

export interface GraphNode {
  slug: string;
  title: string;
  href: string;
  /** 'center' for the local graph's own note. */
  kind: 'center' | 'note';
}

export interface GraphEdge {
  a: number;
  b: number;
  /** 'link': a wiki/Markdown link either way; 'tag': related by shared tags. */
  kind: 'link' | 'tag';
}

export interface Graph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

export interface GraphSource {
  /** Undirected link adjacency: slug → linked slugs (either direction). */
  links: Map<string, Set<string>>;
  /** Tag-related notes, best first. */
  related: Map<string, Array<{ slug: string }>>;
  title: (slug: string) => string;
  href: (slug: string) => string;
}

/** Undirected adjacency from forward links (slug → targets). */
export function undirected(forward: Map<string, Iterable<string>>): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const add = (a: string, b: string) => {
    let s = out.get(a);
    if (!s) out.set(a, (s = new Set()));
    s.add(b);
  };
  for (const [a, targets] of forward) {
    for (const b of targets) {
      if (a === b) continue;
      add(a, b);
      add(b, a);
    }
  }
  return out;
}

function edgesAmong(slugs: string[], src: GraphSource, relatedPerNode: number): GraphEdge[] {
  const at = new Map(slugs.map((s, i) => [s, i]));
  const seen = new Set<string>();
  const edges: GraphEdge[] = [];
  const push = (a: number, b: number, kind: GraphEdge['kind']) => {
    const key = a < b ? `${a},${b}` : `${b},${a}`;
    if (a === b || seen.has(key)) return;
    seen.add(key);
    edges.push({ a: Math.min(a, b), b: Math.max(a, b), kind });
  };
  slugs.forEach((s, i) => {
    for (const t of src.links.get(s) ?? []) {
      const j = at.get(t);
      if (j !== undefined) push(i, j, 'link');
    }
  });
  slugs.forEach((s, i) => {
    for (const r of (src.related.get(s) ?? []).slice(0, relatedPerNode)) {
      const j = at.get(r.slug);
      if (j !== undefined) push(i, j, 'tag');
    }
  });
  return edges;
}

/** A note and its neighbours: linked notes first, then tag-related ones, at most `limit` besides itself. */
export function localGraph(slug: string, src: GraphSource, limit = 16): Graph {
  const picked: string[] = [slug];
  const has = new Set(picked);
  const take = (s: string) => {
    if (picked.length > limit || has.has(s)) return;
    has.add(s);
    picked.push(s);
  };
  for (const s of [...(src.links.get(slug) ?? [])].sort()) take(s);
  for (const r of src.related.get(slug) ?? []) take(r.slug);
  const nodes = picked.map((s, i) => ({
    slug: s,
    title: src.title(s),
    href: src.href(s),
    kind: i === 0 ? ('center' as const) : ('note' as const),
  }));
  return { nodes, edges: edgesAmong(picked, src, 3) };
}

/** The garden's graph, capped at `cap` notes chosen by degree (links count 2, tag relations 1). */
export function gardenGraph(slugs: string[], src: GraphSource, cap = GARDEN_GRAPH_CAP): Graph & { total: number } {
  const degree = new Map<string, number>();
  for (const s of slugs)
    degree.set(s, 2 * (src.links.get(s)?.size ?? 0) + Math.min(3, src.related.get(s)?.length ?? 0));
  const chosen = [...slugs]
    .sort((a, b) => degree.get(b)! - degree.get(a)! || (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, cap);
  chosen.sort();
  const nodes = chosen.map((s) => ({ slug: s, title: src.title(s), href: src.href(s), kind: 'note' as const }));
  return { nodes, edges: edgesAmong(chosen, src, 2), total: slugs.length };
}

export interface Point {
  x: number;
  y: number;
}

/** Deterministic force layout in a width×height box (node 0 pinned to the centre when `pinFirst`). */
export function forceLayout(
  n: number,
  edges: GraphEdge[],
  opts: { width: number; height: number; iterations?: number; pinFirst?: boolean },
): Point[] {
  const { width: W, height: H } = opts;
  const iterations = opts.iterations ?? (n > 150 ? 120 : 250);
  const pos: Point[] = [];
  // golden-angle spiral start: spread out, no randomness
  for (let i = 0; i < n; i++) {
    const r = Math.sqrt((i + 0.5) / Math.max(1, n)) * Math.min(W, H) * 0.45;
    const a = i * 2.399963229728653;
    pos.push({ x: W / 2 + r * Math.cos(a), y: H / 2 + r * Math.sin(a) });
  }
  if (n <= 1) return pos.map(() => ({ x: W / 2, y: H / 2 }));
  // Ideal edge length; capped so a small garden stays together instead of flying to the walls.
  const k = Math.min(Math.sqrt((W * H) / n) * 0.8, 140);
  let temp = Math.min(W, H) / 8;
  const dx = new Float64Array(n);
  const dy = new Float64Array(n);
  // Notes with no edge feel only repulsion: pull them in harder, or they end up in a corner.
  const degree = new Uint32Array(n);
  for (const e of edges) {
    degree[e.a]++;
    degree[e.b]++;
  }
  for (let it = 0; it < iterations; it++) {
    dx.fill(0);
    dy.fill(0);
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        let vx = pos[i].x - pos[j].x;
        let vy = pos[i].y - pos[j].y;
        let d2 = vx * vx + vy * vy;
        if (d2 < 0.01) {
          vx = 0.1 * ((i % 3) - 1) + 0.05;
          vy = 0.1 * ((j % 3) - 1) + 0.05;
          d2 = vx * vx + vy * vy;
        }
        const f = (k * k) / d2;
        dx[i] += vx * f;
        dy[i] += vy * f;
        dx[j] -= vx * f;
        dy[j] -= vy * f;
      }
    }
    for (const e of edges) {
      const vx = pos[e.a].x - pos[e.b].x;
      const vy = pos[e.a].y - pos[e.b].y;
      const d = Math.sqrt(vx * vx + vy * vy) || 0.01;
      const f = (d / k) * (e.kind === 'link' ? 1 : 0.5);
      dx[e.a] -= vx * f;
      dy[e.a] -= vy * f;
      dx[e.b] += vx * f;
      dy[e.b] += vy * f;
    }
    for (let i = 0; i < n; i++) {
      // gravity keeps unconnected notes on screen
      const gravity = 0.05 * (k / 50) * (degree[i] === 0 ? 6 : 1);
      dx[i] += (W / 2 - pos[i].x) * gravity;
      dy[i] += (H / 2 - pos[i].y) * gravity;
      if (opts.pinFirst && i === 0) continue;
      const d = Math.sqrt(dx[i] * dx[i] + dy[i] * dy[i]) || 1;
      const step = Math.min(d, temp);
      // keep room for the label above each dot and for its width at the sides
      pos[i].x = Math.min(W - 60, Math.max(60, pos[i].x + (dx[i] / d) * step));
      pos[i].y = Math.min(H - 12, Math.max(24, pos[i].y + (dy[i] / d) * step));
    }
    temp = Math.max(0.5, temp * 0.97);
  }
  if (opts.pinFirst) pos[0] = { x: W / 2, y: H / 2 };
  else centre(pos, W, H);
  return pos;
}

/** Moves the drawing so its bounding box sits in the middle of the frame. */
function centre(pos: Point[], W: number, H: number): void {
  let minX = Infinity,
    maxX = -Infinity,
    minY = Infinity,
    maxY = -Infinity;
  for (const p of pos) {
    minX = Math.min(minX, p.x);
    maxX = Math.max(maxX, p.x);
    minY = Math.min(minY, p.y);
    maxY = Math.max(maxY, p.y);
  }
  const ox = W / 2 - (minX + maxX) / 2;
  const oy = H / 2 - (minY + maxY) / 2;
  for (const p of pos) {
    p.x += ox;
    p.y += oy;
  }
}

const esc = escapeHtml;

function shorten(s: string, max: number): string {
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

/** SVG markup of a laid-out graph: edges as lines, notes as focusable links with a label. */
export function graphSvg(
  g: Graph,
  pos: Point[],
  opts: { width: number; height: number; label: string; labels?: 'all' | 'center' },
): string {
  const r1 = (v: number) => Math.round(v * 10) / 10;
  const lines = g.edges
    .map(
      (e) =>
        `<line class="graph-edge graph-edge-${e.kind}" x1="${r1(pos[e.a].x)}" y1="${r1(pos[e.a].y)}" x2="${r1(pos[e.b].x)}" y2="${r1(pos[e.b].y)}"/>`,
    )
    .join('');
  const showAll = (opts.labels ?? 'all') === 'all';
  const nodes = g.nodes
    .map((n, i) => {
      const { x, y } = pos[i];
      const center = n.kind === 'center';
      const label =
        showAll || center
          ? `<text x="${r1(x)}" y="${r1(y - (center ? 11 : 8))}" text-anchor="middle">${esc(shorten(n.title, 24))}</text>`
          : '';
      return `<a href="${esc(n.href)}" class="graph-node${center ? ' graph-center' : ''}" data-slug="${esc(n.slug)}"${center ? ' aria-current="page"' : ''}><title>${esc(n.title)}</title><circle cx="${r1(x)}" cy="${r1(y)}" r="${center ? 7 : 5}"/>${label}</a>`;
    })
    .join('');
  return `<svg class="graph-svg" viewBox="0 0 ${opts.width} ${opts.height}" role="group" aria-label="${esc(opts.label)}" xmlns="http://www.w3.org/2000/svg"><g class="graph-edges" aria-hidden="true">${lines}</g><g class="graph-nodes">${nodes}</g></svg>`;
}
