// Each phase of the flow layout (src/lib/flow/layout/) on small graphs built to show what it decides.
import { describe, it, expect } from 'vitest';
import type { FlowGraph } from '../../src/lib/flow/types.ts';
import { measureNodes, textWidth, wrapText } from '../../src/lib/flow/layout/measure.ts';
import { rankGraph } from '../../src/lib/flow/layout/rank.ts';
import { expandLongEdges } from '../../src/lib/flow/layout/long-edges.ts';
import { crossings, gatherGroups, orderLayers } from '../../src/lib/flow/layout/order.ts';
import { positionVertices, separation } from '../../src/lib/flow/layout/position.ts';
import { edgePorts } from '../../src/lib/flow/layout/ports.ts';
import { cutSegments } from '../../src/lib/flow/layout/segments.ts';
import { placeEdgeLabels } from '../../src/lib/flow/layout/labels.ts';
import { rankAxis } from '../../src/lib/flow/layout/gaps.ts';
import { pushPoint, routeEdges } from '../../src/lib/flow/layout/route.ts';
import { groupFrames, normalise } from '../../src/lib/flow/layout/output.ts';
import { GAP_TD, GROUP_PAD, MARGIN, MIN_NODE_W, NODE_SEP_TD } from '../../src/lib/flow/layout/constants.ts';
import { layoutGraph } from '../../src/lib/flow/layout.ts';

/** `a>b b>c` → a TD graph; `a>b:label`, `a<>b` two-way. Node labels are the ids in capitals. */
function graph(spec: string, opts: { lr?: boolean; groups?: [string, string[]][] } = {}): FlowGraph {
  const nodes: string[] = [];
  const add = (id: string) => nodes.includes(id) || nodes.push(id);
  const edges = spec
    .split(/\s+/)
    .filter(Boolean)
    .map((t) => {
      const m = /^(\w+)(<>|>)(\w+)(?::(.+))?$/.exec(t)!;
      add(m[1]);
      add(m[3]);
      return { from: m[1], to: m[3], label: m[4]?.replace(/_/g, ' ') ?? null, both: m[2] === '<>' };
    });
  return {
    direction: opts.lr ? 'LR' : 'TD',
    nodes: nodes.map((id) => ({ id, label: id.toUpperCase(), detail: [] })),
    edges,
    groups: (opts.groups ?? []).map(([label, ids]) => ({ label, nodes: ids })),
  };
}

/** Runs the phases in order, as layoutGraph does, and keeps every intermediate result. */
function phases(g: FlowGraph) {
  const td = g.direction !== 'LR';
  const index = new Map(g.nodes.map((nd, i) => [nd.id, i]));
  const groupOf = new Int32Array(g.nodes.length).fill(-1);
  g.groups.forEach((gr, gi) => gr.nodes.forEach((id) => groupOf[index.get(id)!] < 0 && (groupOf[index.get(id)!] = gi)));
  const size = measureNodes(g);
  const rank = rankGraph(g, index);
  const vx = expandLongEdges(rank, groupOf, size, td);
  const ord = orderLayers(vx, rank.layerCount, g.groups.length > 0);
  const c = positionVertices(vx, ord.layers, td);
  const ports = edgePorts(g, rank.dag, vx, c);
  const segs = cutSegments(rank.dag, vx, c, ports, rank.layerCount);
  const labels = placeEdgeLabels(g, rank.dag, segs, rank.layerCount, td);
  const ax = rankAxis(g, groupOf, rank.layer, vx, segs, labels, rank.layerCount, td);
  const edges = routeEdges(g, rank.dag, vx, segs, labels, ax, td);
  const at = (id: string) => index.get(id)!;
  return { td, index, at, groupOf, size, rank, vx, ord, c, ports, segs, labels, ax, edges };
}

describe('measure', () => {
  it('sizes boxes from the text: Hangul 1 em, Latin narrower, a minimum width, wrapped lines add height', () => {
    expect(textWidth('가나', 14)).toBe(28);
    expect(textWidth('ab', 14)).toBeLessThan(textWidth('가나', 14));
    const m = measureNodes({
      direction: 'TD',
      nodes: [
        { id: 'a', label: 'A', detail: [] },
        { id: 'b', label: '아주 긴 라벨 '.repeat(6), detail: ['(세부)'] },
      ],
      edges: [],
      groups: [],
    });
    expect(m.width[0]).toBe(MIN_NODE_W);
    expect(m.labelLines[1].length).toBeGreaterThan(1);
    expect(m.height[1]).toBe(m.height[0] + (m.labelLines[1].length - 1) * 20 + 17); // label lines 20 px, detail lines 17 px
    expect(wrapText('한단어만있는아주아주아주아주아주아주아주긴라벨입니다요', 14, 100)).toHaveLength(1);
  });
});

describe('rank', () => {
  it('a chain takes one layer per node', () => {
    const p = phases(graph('a>b b>c c>d'));
    expect(Array.from(p.rank.layer)).toEqual([0, 1, 2, 3]);
    expect(p.rank.layerCount).toBe(4);
  });
  it('a cycle is broken by reversing its back edge; the layers stay a strict order', () => {
    const p = phases(graph('a>b b>c c>a'));
    expect(p.rank.dag.map((d) => d.reversed)).toEqual([false, false, true]);
    for (const d of p.rank.dag) expect(p.rank.layer[d.b]).toBeGreaterThan(p.rank.layer[d.a]);
  });
  it('self loops and edges to unknown nodes are left out', () => {
    const g = graph('a>b b>b');
    g.edges.push({ from: 'a', to: 'ghost', label: null, both: false });
    expect(phases(g).rank.dag).toHaveLength(1);
  });
  it('a source whose targets all sit deeper moves down next to them', () => {
    const p = phases(graph('a>b b>c c>d x>d'));
    expect(p.rank.layer[p.at('x')]).toBe(2);
  });
});

describe('long edges', () => {
  it('an edge across three layers passes two dummies, grouped only when both ends are', () => {
    const p = phases(graph('a>b b>c c>d a>d', { groups: [['G', ['a', 'd']]] }));
    const long = p.rank.dag[3];
    expect(long.chain).toHaveLength(4);
    const dummies = long.chain.slice(1, -1);
    expect(dummies.every((v) => v >= p.vx.n && p.vx.oSize[v] === 0 && p.vx.group[v] === 0)).toBe(true);
    expect(p.vx.count).toBe(6);
    expect(phases(graph('a>b b>c c>d a>d', { groups: [['G', ['a']]] })).vx.group[4]).toBe(-1);
  });
});

describe('order', () => {
  it('a tree keeps its source order', () => {
    const p = phases(graph('r>a r>b r>c'));
    expect(p.ord.layers[1].map((v) => p.vx.n > v && ['r', 'a', 'b', 'c'][v])).toEqual(['a', 'b', 'c']);
  });
  it('barycenter sweeps remove a crossing the discovery order makes', () => {
    const p = phases(graph('a>y b>x a>z'));
    expect(crossings(p.ord.layers, p.vx.down, p.ord.pos)).toBe(0);
  });
  it('group members are gathered where the first one is', () => {
    expect(gatherGroups([0, 1, 2, 3], [0, -1, 1, 0])).toEqual([0, 3, 1, 2]);
  });
  it('counts crossings between consecutive layers', () => {
    const pos = new Float64Array([0, 1, 1, 0]);
    expect(
      crossings(
        [
          [0, 1],
          [2, 3],
        ],
        [[2], [3], [], []],
        pos,
      ),
    ).toBe(1);
  });
});

describe('position', () => {
  it('a chain is straight and a parent sits centred over its two children', () => {
    const chain = phases(graph('a>b b>c'));
    expect(new Set([0, 1, 2].map((v) => chain.c[v]))).toHaveProperty('size', 1);
    const fork = phases(graph('r>a r>b'));
    expect(fork.c[0]).toBeCloseTo((fork.c[1] + fork.c[2]) / 2, 6);
  });
  it('neighbours in a layer never come closer than their separation', () => {
    const p = phases(graph('r>a r>b r>c a>d b>d c>e x>e x>c'));
    const sep = separation(p.vx, true);
    for (const list of p.ord.layers)
      for (let k = 1; k < list.length; k++) {
        expect(p.c[list[k]] - p.c[list[k - 1]]).toBeGreaterThanOrEqual(sep(list[k - 1], list[k]) - 1e-9);
      }
    expect(sep(1, 2)).toBeGreaterThanOrEqual(MIN_NODE_W + NODE_SEP_TD);
  });
});

describe('route', () => {
  it('edges into one box arrive side by side; a two-way edge leaves beside the shared trunk', () => {
    const p = phases(graph('a>c b>c'));
    expect(p.ports.endO[0]).toBeLessThan(p.ports.endO[1]);
    const q = phases(graph('a<>b a>c'));
    expect(q.ports.startO[0]).not.toBe(q.c[0]);
    expect(q.ports.startO[1]).toBe(q.c[0]);
  });
  it('aligned segments are straight; elbows leaving one vertex share a bus', () => {
    const straight = phases(graph('a>b'));
    expect(straight.segs.segsOf[0][0].bus).toBe(-1);
    expect(straight.edges[0].points).toHaveLength(2);
    const fork = phases(graph('r>a r>b'));
    const buses = fork.segs.segsOf[0].map((s) => s.bus);
    expect(buses[0]).toBeGreaterThanOrEqual(0);
    expect(buses[1]).toBe(buses[0]);
    expect(fork.segs.busCount).toBe(1);
  });
  it('labels that would overlap across a gap go to separate rows, and the gap grows for them', () => {
    const p = phases(graph('r>a:아주_긴_라벨_하나 r>b:아주_긴_라벨_둘'));
    expect([p.labels.row[0], p.labels.row[1]].sort()).toEqual([0, 1]);
    expect(p.labels.rowCount[0]).toBe(2);
    expect(p.ax.innerEnd[0] - p.ax.innerStart[0]).toBeGreaterThan(GAP_TD);
  });
  it('a lone bus runs midway through its gap', () => {
    const p = phases(graph('r>a r>b'));
    expect(p.ax.chan[0]).toBe((p.ax.innerStart[0] + p.ax.innerEnd[0]) / 2);
  });
  it('polylines go from box border to box border, reversed edges in their own direction', () => {
    const p = phases(graph('a>b b>a'));
    const [ab, ba] = p.edges;
    const h = p.size.height[0];
    expect(ab.points[0].y).toBe(p.ax.rc[0] + h / 2);
    expect(ab.points.at(-1)!.y).toBe(p.ax.rc[1] - h / 2);
    expect(ba.points[0].y).toBeGreaterThan(ba.points.at(-1)!.y);
  });
  it('collinear points merge', () => {
    const pts = [0, 0, 0, 5];
    pushPoint(pts, 0, 9);
    pushPoint(pts, 0, 9);
    expect(pts).toEqual([0, 0, 0, 9]);
    pushPoint(pts, 4, 9);
    expect(pts).toEqual([0, 0, 0, 9, 4, 9]);
  });
});

describe('output', () => {
  it('group frames hold their members and their label; everything starts at the margin', () => {
    const g = graph('a>b b>c', { groups: [['아주 긴 묶음 이름이 들어가는 자리', ['a', 'b']]] });
    const layout = layoutGraph(g);
    const [frame] = groupFrames(g, layout.nodes, new Int32Array([0, 0, -1]));
    for (const nd of layout.nodes.slice(0, 2)) {
      expect(nd.x).toBeGreaterThanOrEqual(frame.x + GROUP_PAD - 1e-9);
      expect(nd.y + nd.height).toBeLessThanOrEqual(frame.y + frame.height - GROUP_PAD + 1e-9);
    }
    expect(frame.width).toBeGreaterThanOrEqual(textWidth(frame.label, 12) + 20 - 1e-9);
    expect(Math.min(...layout.nodes.map((n) => n.x), ...layout.groups.map((x) => x.x))).toBe(MARGIN);
  });
  it('an edge entering a frame from above never runs through its label: the label moves aside, the frame grows', () => {
    const g = graph('a>b b>c', { groups: [['아주 긴 묶음 이름이 들어가는 자리', ['b', 'c']]] });
    const layout = layoutGraph(g);
    const frame = layout.groups[0];
    const w = textWidth(frame.label, 12);
    const entering = layout.edges[0].points;
    expect(entering[0].x).toBe(entering.at(-1)!.x); // a straight run down into the frame
    const x = entering[0].x;
    expect(x < frame.labelX || x > frame.labelX + w).toBe(true);
    expect(frame.labelX).toBeGreaterThanOrEqual(frame.x + 10 - 1e-9);
    expect(frame.labelX + w).toBeLessThanOrEqual(frame.x + frame.width - 10 + 1e-9);
    // left-to-right, edges enter through the side: the label stays at the top left
    const lr = layoutGraph({ ...g, direction: 'LR' }).groups[0];
    expect(lr.labelX).toBe(lr.x + 10);
  });
  it('normalise sizes the drawing in whole pixels, margins on both sides', () => {
    const out = normalise({
      direction: 'TD',
      nodes: [
        {
          id: 'a',
          labelLines: [],
          detailLines: [],
          x: -50.3,
          y: 7,
          width: 80,
          height: 30,
          layer: 0,
          order: 0,
          group: -1,
        },
      ],
      edges: [],
      groups: [],
    });
    expect(out.nodes[0].x).toBe(MARGIN);
    expect(out.width).toBe(Math.ceil(80 + 2 * MARGIN));
    expect(out.height).toBe(30 + 2 * MARGIN);
  });
});
