// The layout and its SVG drawing, byte for byte against drawings recorded from the seed notes' diagrams
// (and a few shapes the seeds lack: cycles, two-way edges, labels, long edges, groups), so that a change
// to the layout's code that moves anything is seen. The graphs are stored with the drawings: parsing can
// change without touching these. To re-record after an intended change of the drawing:
//   UPDATE_GOLDEN=1 node_modules/.bin/vitest run --config tests/vitest.config.ts --project unit tests/unit/flow-layout-golden.test.ts
import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { graphKey, layoutGraph, svgOfLayout } from '../../src/lib/flow/draw-svg.ts';
import type { FlowGraph } from '../../src/lib/flow/types.ts';

const DIR = join(import.meta.dirname, '../fixtures/flow-golden');
const names = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.slice(0, -5))
  .sort();

describe('flow drawings match the recorded ones byte for byte', () => {
  it('has a drawing for every seed note with a flow', () => {
    expect(names.filter((n) => n.startsWith('seed-')).length).toBeGreaterThanOrEqual(5);
  });
  for (const name of names) {
    it(name, () => {
      const graph = JSON.parse(readFileSync(join(DIR, `${name}.json`), 'utf8')) as FlowGraph;
      // the layout as written (renderGraphSvg may turn a wide one: tested in flow-draw-fit.test.ts)
      const svg = svgOfLayout(layoutGraph(graph), graphKey(graph), '흐름도');
      if (process.env.UPDATE_GOLDEN) writeFileSync(join(DIR, `${name}.svg`), svg);
      expect(svg).toBe(readFileSync(join(DIR, `${name}.svg`), 'utf8'));
    });
  }
});
