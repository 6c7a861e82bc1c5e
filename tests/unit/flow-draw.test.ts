import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { findFlowsInMarkdown } from '../../src/lib/flow/markdown-flows.ts';
import { layoutGraph, renderGraphSvg } from '../../src/lib/flow/draw-svg.ts';
import { textWidth, LABEL_FONT } from '../../src/lib/flow/layout.ts';
import type { FlowGraph } from '../../src/lib/flow/types.ts';

const seedGraphs = (): Array<[string, FlowGraph]> =>
  ['000_ecde0a6713dd0052', '001_89b60256bcfde2a5', '003_e45674b8a82906ae', '004_0d672612ca3504b6'].flatMap((f) =>
    findFlowsInMarkdown(readFileSync(new URL(`../../content/${f}.md`, import.meta.url), 'utf8')).map((x) => [f, x.graph] as [string, FlowGraph]),
  );

const overlaps = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Tags balance and every attribute is quoted: enough to know the SVG is well formed. */
function wellFormed(svg: string): boolean {
  const stack: string[] = [];
  for (const m of svg.matchAll(/<(\/?)([a-zA-Z][\w:-]*)((?:\s+[\w:-]+="[^"]*")*)\s*(\/?)>/g)) {
    const [, close, name, , self] = m;
    if (self) continue;
    if (close) {
      if (stack.pop() !== name) return false;
    } else stack.push(name);
  }
  const tags = svg.match(/<[^>]*>/g) ?? [];
  return stack.length === 0 && tags.every((t) => /^<\/?[a-zA-Z][\w:-]*((\s+[\w:-]+="[^"]*")*)\s*\/?>$/.test(t));
}

describe('our layered flow layout', () => {
  const graphs = seedGraphs();

  it('finds the four seed flows on disk', () => {
    expect(graphs.map(([f]) => f)).toEqual(['000_ecde0a6713dd0052', '001_89b60256bcfde2a5', '003_e45674b8a82906ae', '004_0d672612ca3504b6']);
  });

  it('never overlaps two boxes and makes every box wide enough for its text at CJK width', () => {
    for (const [f, g] of graphs) {
      const l = layoutGraph(g);
      for (let i = 0; i < l.nodes.length; i++) {
        for (let j = i + 1; j < l.nodes.length; j++) expect(overlaps(l.nodes[i], l.nodes[j]), `${f}: ${l.nodes[i].id}/${l.nodes[j].id}`).toBe(false);
        for (const line of l.nodes[i].labelLines) expect(l.nodes[i].width, `${f}: ${line}`).toBeGreaterThanOrEqual(textWidth(line, LABEL_FONT));
        expect(l.nodes[i].labelLines.join(' ').replace(/\s+/g, '')).toBe(g.nodes.find((n) => n.id === l.nodes[i].id)!.label.replace(/\s+/g, ''));
      }
      for (const n of l.nodes) {
        expect(n.x).toBeGreaterThanOrEqual(0);
        expect(n.x + n.width).toBeLessThanOrEqual(l.width);
      }
    }
  });

  it('draws a vertical chain perfectly straight (seed 004 below FSx)', () => {
    const [, g] = graphs.find(([f]) => f.startsWith('004'))!;
    const l = layoutGraph(g);
    const centre = (label: string) => {
      const n = l.nodes.find((x) => g.nodes.find((y) => y.id === x.id)!.label === label)!;
      return n.x + n.width / 2;
    };
    const chain = ['SageMaker Processing Job', '여러 Processing 인스턴스 (병렬)', '공유 파일 시스템 접근 (POSIX)', '전처리된 데이터', 'S3/EFS 저장'];
    for (const label of chain) expect(centre(label)).toBeCloseTo(centre(chain[0]), 5);
  });

  it('keeps tree children in source order (seed 000)', () => {
    const [, g] = graphs.find(([f]) => f.startsWith('000'))!;
    const l = layoutGraph(g);
    const pos = (label: string) => l.nodes.find((x) => g.nodes.find((y) => y.id === x.id)!.label === label)!.y;
    expect(pos('AWS Glue Development Endpoint (B)')).toBeLessThan(pos('SageMaker 노트북 인스턴스 (C)'));
    expect(pos('SageMaker 노트북 인스턴스 (C)')).toBeLessThan(pos('IAM 권한 설정 (F)'));
  });

  it('writes well-formed, themable SVG: title, role, CSS variables, markers at both ends of two-way edges', () => {
    for (const [f, g] of graphs) {
      const svg = renderGraphSvg(g, { title: `${f} 흐름도` });
      expect(wellFormed(svg), f).toBe(true);
      expect(svg).toMatch(/^<svg role="img" aria-labelledby="[^"]+" class="flow-diagram"/);
      expect(svg).toContain(`${f} 흐름도</title>`);
      expect(svg).toMatch(/viewBox="0 0 \d+ \d+" width="\d+" height="\d+"/);
      expect(svg).toContain('var(--diagram-line)');
      expect(svg).not.toMatch(/fill="#|stroke="#/);
    }
    const svg004 = renderGraphSvg(graphs.find(([f]) => f.startsWith('004'))![1]);
    expect(svg004.match(/marker-start=/g)?.length).toBe(1);
  });

  it('escapes labels for XML', () => {
    const g: FlowGraph = { direction: 'LR', nodes: [{ id: 'n0', label: 'a <b> & "c"', detail: [] }, { id: 'n1', label: 'end', detail: [] }], edges: [{ from: 'n0', to: 'n1', label: '<x>', both: false }], groups: [] };
    const svg = renderGraphSvg(g);
    expect(wellFormed(svg)).toBe(true);
    expect(svg).toContain('a &lt;b&gt; &amp; &quot;c&quot;');
  });

  it('is fast: well under a millisecond a diagram', () => {
    const t0 = performance.now();
    for (let i = 0; i < 100; i++) for (const [, g] of graphs) renderGraphSvg(g);
    expect((performance.now() - t0) / (100 * graphs.length)).toBeLessThan(2);
  });
});
