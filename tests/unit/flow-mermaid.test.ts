import { describe, it, expect } from 'vitest';
import { parseFlow, toMermaid, renderFlowSvg, escapeMermaidText } from '../../src/lib/flow/index.ts';
import type { FlowGraph } from '../../src/lib/flow/types.ts';

const graph = (labels: string[], edgeLabel: string | null = null): FlowGraph => ({
  direction: 'LR',
  nodes: labels.map((label, i) => ({ id: `n${i}`, label, detail: [] })),
  edges: labels.slice(1).map((_, i) => ({ from: `n${i}`, to: `n${i + 1}`, label: edgeLabel, both: false })),
  groups: [],
});

describe('toMermaid', () => {
  it('generates ids, quotes labels, declares group members inside subgraphs', () => {
    const g = parseFlow('VPC: (ALB → EC2) → RDS')!;
    expect(toMermaid(g)).toBe(
      [
        'flowchart LR',
        '  n2["RDS"]',
        '  subgraph g0["VPC"]',
        '    n0["ALB"]',
        '    n1["EC2"]',
        '  end',
        '  n0 --> n1',
        '  n1 --> n2',
        '',
      ].join('\n'),
    );
  });
  it('escapes quotes, brackets, pipes, # and markup characters', () => {
    expect(escapeMermaidText('say "hi" [x] {y} a|b #1 <b> *k* ~s~ a\\b')).toBe(
      'say #quot;hi#quot; #91;x#93; #123;y#125; a#124;b #35;1 #lt;b#gt; #42;k#42; #126;s#126; a#92;b',
    );
  });
  it('a node labelled `end` never becomes an id', () => {
    const m = toMermaid(graph(['end', 'subgraph', 'graph TD']));
    expect(m).toContain('n0["end"]');
    expect(m).not.toMatch(/^\s*end\s*$/m);
    expect(
      m
        .split('\n')
        .filter((l) => /^\s+n\d/.test(l))
        .every((l) => /^\s+n\d+(\["|\s)/.test(l)),
    ).toBe(true);
  });
  it('two-way edges, edge labels and details', () => {
    const g: FlowGraph = {
      direction: 'TD',
      nodes: [
        { id: 'n0', label: 'A', detail: ['(x)'] },
        { id: 'n1', label: 'B', detail: [] },
      ],
      edges: [{ from: 'n0', to: 'n1', label: '이벤트 "e"', both: true }],
      groups: [],
    };
    expect(toMermaid(g)).toBe('flowchart TD\n  n0["A<br/>(x)"]\n  n1["B"]\n  n0 <-->|"이벤트 #quot;e#quot;"| n1\n');
  });
});

describe('renderFlowSvg', () => {
  const tricky = [
    'end',
    'say "hi"',
    'a ] b [c]',
    'x | y',
    '#35; & <b>bold</b>',
    '한글 라벨 (괄호)',
    '**별표** ~물결~ a\\nb',
  ];

  it('renders tricky labels exactly, as escaped text', () => {
    const svg = renderFlowSvg(toMermaid(graph(tricky, '라벨 | "q"')), { title: '흐름 <테스트>' });
    expect(svg).toContain('<title id="flow-title-');
    expect(svg).toContain('흐름 &lt;테스트&gt;</title>');
    expect(svg).toMatch(/^<svg role="img" aria-labelledby="flow-title-\w+" class="flow-diagram"/);
    expect(svg).toMatch(/viewBox="0 0 [\d.]+ [\d.]+" width="\d+" height="\d+"/);
    for (const l of tricky) {
      const esc = l
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&#39;');
      expect(svg).toContain(`>${esc}</text>`);
    }
    expect(svg).toContain('>라벨 | &quot;q&quot;</text>');
    expect(svg).not.toMatch(/[\u{f0000}-\u{fffff}]/u);
    expect((svg.match(/class="node"/g) ?? []).length).toBe(tricky.length);
  });
  it('colours are CSS variables and no font is fetched', () => {
    const svg = renderFlowSvg(toMermaid(graph(['A', 'B'])));
    for (const v of ['--diagram-fg', '--diagram-bg', '--diagram-line', '--diagram-accent'])
      expect(svg).toContain(`var(${v})`);
    expect(svg).not.toContain('@import');
    expect(svg).not.toContain('googleapis');
    expect(svg).not.toMatch(/fill="#[0-9a-f]{3,6}"/i);
  });
  it('marker ids differ between diagrams (several on one page)', () => {
    const a = renderFlowSvg(toMermaid(graph(['A', 'B'])));
    const b = renderFlowSvg(toMermaid(graph(['C', 'D'])));
    const id = (s: string) => /<marker id="([^"]+)"/.exec(s)![1];
    expect(id(a)).not.toBe(id(b));
    expect(a).toContain(`url(#${id(a)})`);
  });
  it('Hangul label boxes are at least as wide as 1em per syllable', () => {
    const labels = ['실제 EC2 인스턴스는 AWS 계정에 숨겨진 상태', '가나다라마바사아자차카타파하'];
    const svg = renderFlowSvg(toMermaid(graph(labels)));
    for (const l of labels) {
      const m = new RegExp(`data-label="${l}"[^>]*>\\s*<rect [^>]*? width="([\\d.]+)"`).exec(svg)!;
      const hangul = [...l].filter((c) => /[가-힣]/.test(c)).length;
      const other = [...l].length - hangul;
      // 13px font: Hangul ≈ 1em, Latin/space ≤ 0.6em
      expect(Number(m[1])).toBeGreaterThanOrEqual(hangul * 13 + other * 13 * 0.6);
    }
  });
  it('throws on input that is not a flowchart (the caller keeps the ASCII)', () => {
    expect(() => renderFlowSvg('sequenceDiagram\n A->>B: hi')).toThrow();
    expect(() => renderFlowSvg('')).toThrow();
  });
  it('every Mermaid emitted for the shape cases renders', () => {
    const blocks = [
      'root\n├── a\n│   └── a1\n└── b',
      'A\n |\n v\nB',
      '      A\n    ↙    ↘\n  B          C',
      'S3 --(이벤트)--> Lambda ←→ DynamoDB',
      '+-----+     +-----+\n| 가  | --> | 나  |\n+-----+     +-----+',
      '1. 수집\n2. 정제\n3. 저장',
      'G: (x → y) → end → "q"',
    ];
    for (const b of blocks) {
      const g = parseFlow(b);
      expect(g, b).not.toBeNull();
      const svg = renderFlowSvg(toMermaid(g!));
      expect((svg.match(/class="node"/g) ?? []).length).toBe(g!.nodes.length);
      expect((svg.match(/class="edge"/g) ?? []).length).toBe(g!.edges.length);
    }
  });
});

describe("an author's Mermaid flowchart", () => {
  const nodeTexts = (svg: string) =>
    [...svg.matchAll(/<g class="node"[\s\S]*?<\/g>/g)].map((m) =>
      m[0]
        .replace(/<[^>]*>/g, ' ')
        .replace(/\s+/g, ' ')
        .trim(),
    );

  it('applies or ignores class, classDef, style, linkStyle and click lines, never draws them', () => {
    const svg = renderFlowSvg(
      [
        'flowchart TD',
        '  A[시작] --> B[검사]',
        '  B --> C[완료];',
        '  class A,B internal-link;',
        '  classDef internal-link fill:#f9f,stroke:#333;',
        '  classDef done,ok fill:#bbf',
        '  C:::done',
        '  style B stroke-width:3px',
        '  linkStyle 0 stroke:#f00',
        '  click A "https://example.com" "열기"',
        '  click B callback',
        '  %% a comment',
      ].join('\n'),
    );
    const texts = nodeTexts(svg);
    expect(texts).toHaveLength(3);
    expect(texts.join(' ')).not.toMatch(/class|click|style|linkStyle/);
    expect(svg).toContain('fill="#f9f"'); // class A,B internal-link applied
    expect(svg).toContain('fill="#bbf"'); // C:::done applied
    expect(svg).toContain('stroke="#f00"'); // linkStyle applied
  });

  it('draws subgraph titles in full and the box around them', () => {
    const svg = renderFlowSvg(
      ['flowchart LR', '  A[작업] --> X', '  subgraph S1 ["Blocked by 다른 팀의 승인 대기"]', '    X[x]', '  end'].join(
        '\n',
      ),
    );
    expect(svg).toContain('>Blocked by 다른 팀의 승인 대기</text>');
    expect(svg).not.toContain('&quot;Blocked');
    const box =
      /<rect x="([\d.]+)" y="[\d.]+" width="([\d.]+)" height="[\d.]+" rx="0" ry="0" fill="var\(--_group-fill\)"/.exec(
        svg,
      )!;
    const header =
      /<rect x="[\d.]+" y="[\d.]+" width="([\d.]+)" height="[\d.]+" rx="0" ry="0" fill="var\(--_group-hdr\)"/.exec(
        svg,
      )!;
    // 12 px bold: 12 Latin letters and spaces, 9 Hangul: well over 150 px in any Korean font
    expect(Number(box[2])).toBeGreaterThan(12 + 150);
    expect(header[1]).toBe(box[2]);
    const viewWidth = Number(/viewBox="0 0 ([\d.]+) /.exec(svg)![1]);
    expect(Number(box[1]) + Number(box[2])).toBeLessThanOrEqual(viewWidth);
  });

  it('a short title in a wide box is left as drawn', () => {
    const svg = renderFlowSvg(
      ['flowchart TD', '  subgraph S [DB]', '    A[아주 긴 노드 이름 하나] --> B[또 다른 긴 노드 이름]', '  end'].join(
        '\n',
      ),
    );
    expect(svg).toContain('>DB</text>');
  });

  it('throws (the page then lets Mermaid draw it) when a title cannot fit or a line would be misread', () => {
    // the widened box would run into Y, drawn to its right
    expect(() =>
      renderFlowSvg(
        [
          'flowchart LR',
          '  subgraph S [a title far longer than the one node inside it]',
          '    X[x]',
          '  end',
          '  X --> Y[y]',
        ].join('\n'),
      ),
    ).toThrow(/does not fit/);
    // `direction` outside a subgraph is read by the build-time renderer as a node
    expect(() => renderFlowSvg('flowchart LR\n  direction TB\n  A --> B\n')).toThrow(/drawn as a node/);
  });
});
