import { describe, it, expect } from 'vitest';
import { parseFlow, findFlowsInMarkdown, findProseFlow, codePointWidth } from '../../src/lib/flow/index.ts';
import { outlineOfGraph, outlineOfSvg } from '../../src/lib/flow/figure.ts';
import { layoutGraph, renderGraphSvg } from '../../src/lib/flow/draw-svg.ts';
import {
  wrapText,
  textWidth,
  LABEL_FONT,
  type Box,
  type FlowLayout,
  type LaidNode,
} from '../../src/lib/flow/layout.ts';
import type { FlowGraph } from '../../src/lib/flow/types.ts';
import { seed, fenceAfter } from './flow-helpers.ts';

const STEPS_002 = [
  '고객 요청: SageMaker 노트북 생성',
  'AWS 서비스 계정에서 EC2 인스턴스 생성',
  'ENI(네트워크 인터페이스)를 통해 고객 VPC 연결',
  '고객은 Jupyter 인터페이스만 접근 가능',
  '실제 EC2 인스턴스는 AWS 계정에 숨겨진 상태',
];

const SEEDS: Record<string, FlowGraph> = {
  '000': parseFlow(fenceAfter(seed('000_'), '### 아키텍처 플로우'))!,
  '001': findProseFlow(findFlowsInMarkdown(seed('001_'))[0].source)!,
  '002': parseFlow(STEPS_002.join('\n     ↓\n'))!,
  '003': parseFlow(fenceAfter(seed('003_'), '### 아키텍처 플로우'))!,
  '004': parseFlow(fenceAfter(seed('004_'), '### 아키텍처 플로우'))!,
};

const byLabel = (l: FlowLayout, g: FlowGraph, label: string): LaidNode => {
  const id = g.nodes.find((x) => x.label === label)!.id;
  return l.nodes.find((x) => x.id === id)!;
};
const cx = (b: Box) => b.x + b.width / 2;
const cy = (b: Box) => b.y + b.height / 2;
const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
/** Coarse width: Hangul/CJK 1 em, everything else 0.6 em (independent of the layout's own table). */
const coarseWidth = (text: string, size: number) => {
  let em = 0;
  for (const ch of text) em += codePointWidth(ch.codePointAt(0)!) === 2 ? 1 : 0.6;
  return em * size;
};
const onBorder = (p: { x: number; y: number }, b: Box) => {
  const inX = p.x >= b.x - 0.01 && p.x <= b.x + b.width + 0.01;
  const inY = p.y >= b.y - 0.01 && p.y <= b.y + b.height + 0.01;
  const edgeX = Math.abs(p.x - b.x) < 0.01 || Math.abs(p.x - b.x - b.width) < 0.01;
  const edgeY = Math.abs(p.y - b.y) < 0.01 || Math.abs(p.y - b.y - b.height) < 0.01;
  return inX && inY && (edgeX || edgeY);
};

/** Minimal XML well-formedness: balanced tags, quoted attributes, no stray `<` or `&`. */
function checkXml(xml: string): string[] {
  const problems: string[] = [];
  const stack: string[] = [];
  const tag = /<(\/?)([A-Za-z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>/y;
  let i = 0;
  let roots = 0;
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    const text = xml.slice(i, lt === -1 ? xml.length : lt);
    if (/&(?!(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);)/i.test(text)) problems.push(`bad & in text ${text}`);
    if (stack.length === 0 && text.trim()) problems.push(`text outside the root: ${text}`);
    if (lt === -1) break;
    tag.lastIndex = lt;
    const m = tag.exec(xml);
    if (!m) {
      problems.push(`bad tag at ${lt}: ${xml.slice(lt, lt + 40)}`);
      break;
    }
    const attrs = m[3];
    for (const a of attrs.matchAll(/="([^"]*)"/g)) {
      if (/&(?!(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);)/i.test(a[1])) problems.push(`bad & in attribute ${a[1]}`);
    }
    const names = [...attrs.matchAll(/([\w:-]+)=/g)].map((a) => a[1]);
    if (new Set(names).size !== names.length) problems.push(`duplicate attribute in ${m[0]}`);
    if (m[1]) {
      if (stack.pop() !== m[2]) problems.push(`unbalanced </${m[2]}>`);
    } else if (!m[4]) {
      if (stack.length === 0) roots++;
      stack.push(m[2]);
    } else if (stack.length === 0) roots++;
    i = tag.lastIndex;
  }
  if (stack.length) problems.push(`unclosed ${stack.join(',')}`);
  if (roots !== 1) problems.push(`${roots} root elements`);
  return problems;
}

describe('checkXml (the test helper itself)', () => {
  it('rejects broken XML', () => {
    expect(checkXml('<svg><g></svg>')).not.toEqual([]);
    expect(checkXml('<svg><text>a & b</text></svg>')).not.toEqual([]);
    expect(checkXml('<svg a="1" a="2"/>')).not.toEqual([]);
    expect(checkXml('<svg><text>a &amp; b</text><rect x="1"/></svg>')).toEqual([]);
  });
});

describe('own flow renderer: the five seed graphs', () => {
  for (const [name, graph] of Object.entries(SEEDS)) {
    describe(name, () => {
      const layout = layoutGraph(graph);
      const svg = renderGraphSvg(graph, { title: `seed ${name}` });

      it('parsed', () => {
        expect(graph).not.toBeNull();
        expect(layout.nodes).toHaveLength(graph.nodes.length);
        expect(layout.edges).toHaveLength(graph.edges.length);
      });

      it('no two node boxes overlap (nor come closer than 12px)', () => {
        for (let i = 0; i < layout.nodes.length; i++) {
          for (let j = i + 1; j < layout.nodes.length; j++) {
            const a = layout.nodes[i];
            const b = layout.nodes[j];
            const grown = { x: a.x - 6, y: a.y - 6, width: a.width + 12, height: a.height + 12 };
            expect(
              overlaps(grown, { x: b.x - 6, y: b.y - 6, width: b.width + 12, height: b.height + 12 }),
              `${a.id} / ${b.id}`,
            ).toBe(false);
          }
        }
      });

      it('every box is at least as wide as its text at CJK width, and inside the canvas', () => {
        for (const nd of layout.nodes) {
          const src = graph.nodes.find((x) => x.id === nd.id)!;
          // wrapping keeps every word: the lines read back as the label
          expect(nd.labelLines.join(' ')).toBe(src.label.replace(/\s+/g, ' ').trim());
          expect(nd.labelLines.length).toBeLessThanOrEqual(3);
          for (const l of nd.labelLines) expect(nd.width, l).toBeGreaterThanOrEqual(coarseWidth(l, 14));
          for (const l of nd.detailLines) expect(nd.width, l).toBeGreaterThanOrEqual(coarseWidth(l, 12));
          expect(nd.height).toBeGreaterThanOrEqual(nd.labelLines.length * 14 + nd.detailLines.length * 12 + 8);
          expect(nd.x).toBeGreaterThanOrEqual(0);
          expect(nd.y).toBeGreaterThanOrEqual(0);
          expect(nd.x + nd.width).toBeLessThanOrEqual(layout.width);
          expect(nd.y + nd.height).toBeLessThanOrEqual(layout.height);
        }
      });

      it('edges run from border to border, in straight or right-angled pieces, outside other boxes', () => {
        for (const e of layout.edges) {
          const from = layout.nodes.find((x) => x.id === e.from)!;
          const to = layout.nodes.find((x) => x.id === e.to)!;
          expect(e.points.length).toBeGreaterThanOrEqual(2);
          expect(onBorder(e.points[0], from), `${e.from} start`).toBe(true);
          expect(onBorder(e.points.at(-1)!, to), `${e.to} end`).toBe(true);
          for (let k = 1; k < e.points.length; k++) {
            const p = e.points[k - 1];
            const q = e.points[k];
            expect(p.x === q.x || p.y === q.y, 'orthogonal').toBe(true);
            const seg = {
              x: Math.min(p.x, q.x),
              y: Math.min(p.y, q.y),
              width: Math.abs(p.x - q.x) || 0.01,
              height: Math.abs(p.y - q.y) || 0.01,
            };
            for (const nd of layout.nodes) {
              const inner = { x: nd.x + 1, y: nd.y + 1, width: nd.width - 2, height: nd.height - 2 };
              expect(overlaps(seg, inner), `${e.from}->${e.to} crosses ${nd.id}`).toBe(false);
            }
          }
        }
      });

      it('is well-formed SVG with the outer conventions of svg.ts', () => {
        expect(checkXml(svg)).toEqual([]);
        const head =
          /^<svg role="img" aria-labelledby="(flow-title-[\w-]+)" class="flow-diagram" xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 (\d+) (\d+)" width="(\d+)" height="(\d+)"/.exec(
            svg,
          );
        expect(head).not.toBeNull();
        expect(svg).toContain(`<title id="${head![1]}">seed ${name}</title>`);
        expect(head![2]).toBe(head![4]);
        expect(head![3]).toBe(head![5]);
        expect(svg).not.toMatch(/NaN|undefined|Infinity/);
        // colours only through the diagram variables
        for (const m of svg.matchAll(/(?:fill|stroke)="([^"]*)"/g))
          expect(m[1]).toMatch(/^(none|var\(--diagram-(node|line|fg|accent|bg)\))$/);
        expect(svg).not.toMatch(/#[0-9a-f]{3,6}\b(?!\w*\))/i);
        for (const nd of graph.nodes)
          if (wrapText(nd.label, 14, 22 * 14).length === 1) expect(svg).toContain(`>${nd.label}<`);
      });

      it('reads back (figure.ts outlineOfSvg) as the graph it came from', () => {
        const read = outlineOfSvg(svg);
        const want = outlineOfGraph(graph);
        expect(read.edges).toEqual(want.edges);
        expect(read.groups).toEqual(graph.groups.map((g) => g.label));
        // a node's data-label carries its detail lines too
        expect(read.labels).toHaveLength(want.labels.length);
        read.labels.forEach((l, i) => expect(l.startsWith(want.labels[i]), l).toBe(true));
      });
    });
  }

  it('002 and 004: chains are perfectly straight (one centre x)', () => {
    const l2 = layoutGraph(SEEDS['002']);
    expect(new Set(l2.nodes.map(cx)).size).toBe(1);
    const g4 = SEEDS['004'];
    const l4 = layoutGraph(g4);
    const x = (label: string) => cx(byLabel(l4, g4, label));
    expect(x('S3 원본 데이터 (20TB)')).toBe(x('FSx for Lustre'));
    const chain = [
      'SageMaker Processing Job',
      '여러 Processing 인스턴스 (병렬)',
      '공유 파일 시스템 접근 (POSIX)',
      '전처리된 데이터',
      'S3/EFS 저장',
    ];
    expect(new Set(chain.map(x)).size).toBe(1);
    // top to bottom, in order
    const ys = chain.map((label) => cy(byLabel(l4, g4, label)));
    expect(ys).toEqual([...ys].sort((a, b) => a - b));
  });

  it('003: both branches are straight, the fork is centred over them', () => {
    const g = SEEDS['003'];
    const l = layoutGraph(g);
    const n = (label: string) => byLabel(l, g, label);
    expect(cx(n('SageMaker'))).toBe(cx(n('REST API Endpoint')));
    expect(cx(n('마이크로 배치 처리'))).toBe(cx(n('전처리된 데이터')));
    expect(cx(n('전처리된 데이터'))).toBe(cx(n('S3')));
    expect(cx(n('Kinesis Data Streams'))).toBe(cx(n('EMR Spark Cluster')));
    expect(cx(n('EMR Spark Cluster'))).toBeCloseTo((cx(n('SageMaker')) + cx(n('마이크로 배치 처리'))) / 2, 5);
    expect(cx(n('SageMaker'))).toBeLessThan(cx(n('마이크로 배치 처리')));
  });

  it('000: the tree comes out as a tree, children in source order, parents centred', () => {
    const g = SEEDS['000'];
    const l = layoutGraph(g);
    expect(l.direction).toBe('LR');
    const node = (id: string) => l.nodes.find((x) => x.id === id)!;
    const children: Record<string, string[]> = {};
    for (const e of g.edges) (children[e.from] ??= []).push(e.to);
    const root = 'n0';
    const mids = children[root];
    const leaves = mids.flatMap((m) => children[m]);
    expect(leaves).toHaveLength(7);
    // layers left to right, one column per depth
    expect(new Set(mids.map((id) => node(id).layer))).toEqual(new Set([1]));
    expect(new Set(leaves.map((id) => node(id).layer))).toEqual(new Set([2]));
    for (const m of mids) expect(node(m).x).toBeGreaterThan(node(root).x + node(root).width);
    // source order top to bottom, at every depth
    const ysOf = (ids: string[]) => ids.map((id) => cy(node(id)));
    expect(ysOf(mids)).toEqual([...ysOf(mids)].sort((a, b) => a - b));
    expect(ysOf(leaves)).toEqual([...ysOf(leaves)].sort((a, b) => a - b));
    expect(new Set(ysOf(leaves)).size).toBe(7);
    // each parent centred on its children
    for (const p of [root, ...mids]) {
      const ys = ysOf(children[p]);
      expect(cy(node(p)), p).toBeCloseTo((Math.min(...ys) + Math.max(...ys)) / 2, 5);
    }
  });

  it('001: a straight LR chain, each group framed around its members only', () => {
    const g = SEEDS['001'];
    const l = layoutGraph(g);
    expect(new Set(l.nodes.map(cy)).size).toBe(1);
    const xs = ['Jupyter', 'SparkMagic', '네트워크', 'Apache Livy', 'Apache Spark'].map((x) => cx(byLabel(l, g, x)));
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    expect(l.groups).toHaveLength(2);
    for (const gr of l.groups) {
      for (const nd of l.nodes) {
        const inside =
          nd.x >= gr.x && nd.y >= gr.y && nd.x + nd.width <= gr.x + gr.width && nd.y + nd.height <= gr.y + gr.height;
        if (gr.nodes.includes(nd.id)) expect(inside, `${nd.id} in ${gr.label}`).toBe(true);
        else expect(overlaps(nd, gr), `${nd.id} outside ${gr.label}`).toBe(false);
      }
      // the label fits in the frame, above the members
      expect(gr.width).toBeGreaterThanOrEqual(coarseWidth(gr.label, 12));
      for (const id of gr.nodes) expect(l.nodes.find((x) => x.id === id)!.y).toBeGreaterThan(gr.labelY);
    }
    const svg = renderGraphSvg(g);
    expect(svg.match(/<g class="subgraph"/g)).toHaveLength(2);
    expect(svg).toContain('>AWS Glue SageMaker 노트북<');
  });

  it('004: the two-way edge has arrowheads at both ends, the others one', () => {
    const g = SEEDS['004'];
    const svg = renderGraphSvg(g);
    const edges = [...svg.matchAll(/<polyline class="edge"[^>]*>/g)].map((m) => m[0]);
    expect(edges).toHaveLength(g.edges.length);
    for (const e of g.edges) {
      const tag = edges.find((t) => t.includes(`data-from="${e.from}" data-to="${e.to}"`))!;
      expect(tag).toMatch(/marker-end="url\(#flow-arrow-\w+\)"/);
      if (e.both) expect(tag).toMatch(/marker-start="url\(#flow-arrow-start-\w+\)"/);
      else expect(tag).not.toContain('marker-start');
    }
    expect(edges.filter((t) => t.includes('marker-start'))).toHaveLength(1);
    // both markers are defined, with ids unique to this diagram
    const key = /id="flow-arrow-(\w+)"/.exec(svg)![1];
    expect(svg).toContain(`id="flow-arrow-start-${key}"`);
    expect(renderGraphSvg(SEEDS['003'])).not.toContain(`id="flow-arrow-${key}"`);
    // the same graph always gets the same SVG (stable builds)
    expect(renderGraphSvg(g)).toBe(svg);
  });
});

describe('own flow renderer: other shapes', () => {
  const node = (id: string, label: string) => ({ id, label, detail: [] });

  it('cycles are broken; labels, escapes and long edges come out readable', () => {
    const g: FlowGraph = {
      direction: 'TD',
      nodes: [node('a', 'A & <B>'), node('b', '"인용" \'따옴표\''), node('c', 'C'), node('d', 'D')],
      edges: [
        { from: 'a', to: 'b', label: '요청 <1>', both: false },
        { from: 'b', to: 'c', label: null, both: false },
        { from: 'c', to: 'a', label: '재시도 & 실패', both: false },
        { from: 'a', to: 'd', label: '바로', both: false },
        { from: 'c', to: 'd', label: null, both: true },
      ],
      groups: [],
    };
    const l = layoutGraph(g);
    const layerOf = (id: string) => l.nodes.find((x) => x.id === id)!.layer;
    expect([layerOf('a'), layerOf('b'), layerOf('c'), layerOf('d')]).toEqual([0, 1, 2, 3]);
    // the back edge still points at its own target
    const back = l.edges.find((e) => e.from === 'c')!;
    const a = l.nodes.find((x) => x.id === 'a')!;
    expect(onBorder(back.points.at(-1)!, a)).toBe(true);
    // labels do not overlap each other or any box
    const boxes = l.edges.flatMap((e) => (e.labelBox ? [e.labelBox] : []));
    expect(boxes).toHaveLength(3);
    for (let i = 0; i < boxes.length; i++) {
      for (const nd of l.nodes) expect(overlaps(boxes[i], nd)).toBe(false);
      for (let j = i + 1; j < boxes.length; j++) expect(overlaps(boxes[i], boxes[j])).toBe(false);
    }
    const svg = renderGraphSvg(g, { title: 'a < b & "c"' });
    expect(checkXml(svg)).toEqual([]);
    expect(svg).toContain('>A &amp; &lt;B&gt;<');
    expect(svg).toContain('>&quot;인용&quot; &#39;따옴표&#39;<');
    expect(svg).toContain('data-label="재시도 &amp; 실패"');
    expect(svg).toContain('>a &lt; b &amp; &quot;c&quot;</title>');
  });

  it('long labels wrap at spaces into at most three lines; Hangul words stay whole', () => {
    const label = '아주 긴 노드 라벨로 줄바꿈이 필요한 경우에는 공백에서만 나누고 한글 단어는 통째로 유지합니다';
    const lines = wrapText(label, 14, 22 * 14);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.length).toBeLessThanOrEqual(3);
    expect(lines.join(' ')).toBe(label);
    const words = new Set(label.split(' '));
    for (const line of lines) for (const w of line.split(' ')) expect(words.has(w), w).toBe(true);
    expect(wrapText('Supercalifragilisticexpialidociouslyveryveryverylongword', 14, 100)).toHaveLength(1);
    expect(wrapText('짧은 라벨', 14, 22 * 14)).toEqual(['짧은 라벨']);
  });

  it('an empty graph and a lone node still give a valid SVG', () => {
    for (const g of [
      { direction: 'TD', nodes: [], edges: [], groups: [] },
      {
        direction: 'LR',
        nodes: [node('x', '혼자')],
        edges: [{ from: 'x', to: 'x', label: null, both: false }],
        groups: [],
      },
    ] as FlowGraph[]) {
      const svg = renderGraphSvg(g);
      expect(checkXml(svg)).toEqual([]);
      expect(svg).not.toMatch(/NaN|Infinity/);
    }
  });
});

const seedGraphs = (): Array<[string, FlowGraph]> =>
  ['000_ecde0a6713dd0052', '001_89b60256bcfde2a5', '003_e45674b8a82906ae', '004_0d672612ca3504b6'].flatMap((f) =>
    findFlowsInMarkdown(seed(f)).map((x) => [f, x.graph] as [string, FlowGraph]),
  );

const overlapsLead = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
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

describe('our layered flow layout (first checks)', () => {
  const graphs = seedGraphs();

  it('finds the four seed flows on disk', () => {
    expect(graphs.map(([f]) => f)).toEqual([
      '000_ecde0a6713dd0052',
      '001_89b60256bcfde2a5',
      '003_e45674b8a82906ae',
      '004_0d672612ca3504b6',
    ]);
  });

  it('never overlaps two boxes and makes every box wide enough for its text at CJK width', () => {
    for (const [f, g] of graphs) {
      const l = layoutGraph(g);
      for (let i = 0; i < l.nodes.length; i++) {
        for (let j = i + 1; j < l.nodes.length; j++)
          expect(overlapsLead(l.nodes[i], l.nodes[j]), `${f}: ${l.nodes[i].id}/${l.nodes[j].id}`).toBe(false);
        for (const line of l.nodes[i].labelLines)
          expect(l.nodes[i].width, `${f}: ${line}`).toBeGreaterThanOrEqual(textWidth(line, LABEL_FONT));
        expect(l.nodes[i].labelLines.join(' ').replace(/\s+/g, '')).toBe(
          g.nodes.find((n) => n.id === l.nodes[i].id)!.label.replace(/\s+/g, ''),
        );
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
    const chain = [
      'SageMaker Processing Job',
      '여러 Processing 인스턴스 (병렬)',
      '공유 파일 시스템 접근 (POSIX)',
      '전처리된 데이터',
      'S3/EFS 저장',
    ];
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
    const g: FlowGraph = {
      direction: 'LR',
      nodes: [
        { id: 'n0', label: 'a <b> & "c"', detail: [] },
        { id: 'n1', label: 'end', detail: [] },
      ],
      edges: [{ from: 'n0', to: 'n1', label: '<x>', both: false }],
      groups: [],
    };
    const svg = renderGraphSvg(g);
    expect(wellFormed(svg)).toBe(true);
    expect(svg).toContain('a &lt;b&gt; &amp; &quot;c&quot;');
  });
});
