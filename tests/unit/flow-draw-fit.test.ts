// Diagrams wider than the note column: a left-to-right flow is turned top to bottom when that shows it
// larger; otherwise it stays as written (the page scales it down and offers 크게 보기).
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  FIT_WIDTH,
  graphKey,
  layoutGraph,
  layoutToFit,
  renderGraphSvg,
  svgOfLayout,
} from '../../src/lib/flow/draw-svg.ts';
import { flowFigureHtml, ZOOM_LABEL } from '../../src/lib/flow/figure.ts';
import type { FlowGraph } from '../../src/lib/flow/types.ts';

const golden = (name: string) =>
  JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures/flow-golden', `${name}.json`), 'utf8')) as FlowGraph;
const chain = (direction: 'LR' | 'TD', labels: string[]): FlowGraph => ({
  direction,
  nodes: labels.map((label, i) => ({ id: `n${i}`, label, detail: [] })),
  edges: labels.slice(1).map((_l, i) => ({ from: `n${i}`, to: `n${i + 1}`, label: null, both: false })),
  groups: [],
});

describe('layoutToFit', () => {
  it('the column is the 44rem measure less the figure frame', () => {
    expect(FIT_WIDTH).toBe(694);
  });
  it('seed 001 (LR, 819 px) turns top to bottom and fits the column', () => {
    const g = golden('seed-001-1');
    expect(layoutGraph(g).width).toBeGreaterThan(FIT_WIDTH);
    const fit = layoutToFit(g);
    expect(fit.graph.direction).toBe('TD');
    expect(fit.layout.width).toBeLessThanOrEqual(FIT_WIDTH);
    expect(fit.graph.nodes).toBe(g.nodes);
  });
  it('seed 000 (LR tree, 880 px) stays as written: top to bottom it would be wider still', () => {
    const g = golden('seed-000-1');
    const fit = layoutToFit(g);
    expect(fit.graph).toBe(g);
    expect(fit.layout.width).toBeGreaterThan(FIT_WIDTH);
    expect(layoutGraph({ ...g, direction: 'TD' }).width).toBeGreaterThan(fit.layout.width);
  });
  it('a flow that fits, a top-to-bottom flow, or an unlimited width keeps the author’s direction', () => {
    expect(layoutToFit(chain('LR', ['가', '나', '다'])).graph.direction).toBe('LR');
    const wideTd = chain('TD', ['a']);
    wideTd.nodes.push(...Array.from({ length: 12 }, (_x, i) => ({ id: `m${i}`, label: `갈래 ${i}`, detail: [] })));
    wideTd.edges.push(...wideTd.nodes.slice(1).map((nd) => ({ from: 'n0', to: nd.id, label: null, both: false })));
    expect(layoutGraph(wideTd).width).toBeGreaterThan(FIT_WIDTH);
    expect(layoutToFit(wideTd).graph.direction).toBe('TD');
    expect(layoutToFit(golden('seed-001-1'), Infinity).graph.direction).toBe('LR');
  });
  it('a long LR chain that would turn into a tower taller than a screen stays LR', () => {
    const g = chain(
      'LR',
      Array.from({ length: 14 }, (_x, i) => `단계 ${i + 1}`),
    );
    expect(layoutGraph({ ...g, direction: 'TD' }).height).toBeGreaterThan(900);
    expect(layoutToFit(g).graph.direction).toBe('LR');
  });
  it('renderGraphSvg draws the chosen layout', () => {
    const g = golden('seed-001-1');
    const fit = layoutToFit(g);
    expect(renderGraphSvg(g)).toBe(svgOfLayout(fit.layout, graphKey(fit.graph), '흐름도'));
    expect(renderGraphSvg(g, { fitWidth: Infinity })).toBe(svgOfLayout(layoutGraph(g), graphKey(g), '흐름도'));
  });
});

describe('the figure’s 크게 보기 control', () => {
  it('is a real button right after the diagram, hidden until the page script finds the diagram scaled down', () => {
    const g = golden('seed-000-1');
    const html = flowFigureHtml({ svg: renderGraphSvg(g), graph: g, source: 'A → B', kind: 'fence' });
    expect(html).toContain(
      `</svg></div><button type="button" class="flow-zoom" data-flow-zoom hidden data-pagefind-ignore>${ZOOM_LABEL}</button><div class="flow-alt`,
    );
    expect(ZOOM_LABEL).toBe('크게 보기');
  });
});
