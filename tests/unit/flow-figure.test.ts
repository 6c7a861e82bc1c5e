import { describe, it, expect } from 'vitest';
import { parseFlow, toMermaid, renderFlowSvg } from '../../src/lib/flow/index.ts';
import {
  flowFigureHtml,
  mermaidClientFigureHtml,
  flowCaption,
  outlineOfGraph,
  outlineOfSvg,
} from '../../src/lib/flow/figure.ts';

const ASCII = ['데이터 수집', '   ↓', '전처리 <필터>', '   ↓', 'S3 & EFS 저장'].join('\n');
const graph = parseFlow(ASCII)!;
const svg = renderFlowSvg(toMermaid(graph));
const between = (html: string, open: RegExp, close: string) => {
  const m = open.exec(html);
  if (!m) throw new Error(`no ${open}`);
  return html.slice(m.index, html.indexOf(close, m.index) + close.length);
};

describe('flowFigureHtml', () => {
  const html = flowFigureHtml({ svg, graph, source: ASCII, kind: 'fence' });

  it('is one figure with a short caption, a scrollable focusable region holding the SVG, a text alternative and the source', () => {
    expect(graph).not.toBeNull();
    expect(html).toMatch(/^<figure class="flow-figure"[^>]*>[\s\S]*<\/figure>$/);
    expect(html).toContain(
      '<figcaption class="visually-hidden" data-pagefind-ignore>흐름도: 데이터 수집, 전처리 &lt;필터&gt;, S3 &amp; EFS 저장</figcaption>',
    );
    const region = between(html, /<div class="flow-scroll"/, '</svg></div>');
    expect(region).toMatch(/role="region"/);
    expect(region).toMatch(/tabindex="0"/);
    expect(region).toMatch(/aria-label="[^"]+"/);
    expect(region).toMatch(/data-pagefind-ignore/);
    expect(region).toMatch(/<svg role="img"[^>]* width="\d+" height="\d+"/);
    expect(html.indexOf('<div class="flow-scroll"')).toBeLessThan(html.indexOf('<svg'));
  });

  it('the SVG title is the caption and the inline <style> is gone (flow.css carries it)', () => {
    expect(svg).toContain('<style>');
    expect(html).not.toContain('<style>');
    expect(html).toMatch(
      /<title id="flow-title-[^"]+">흐름도: 데이터 수집, 전처리 &lt;필터&gt;, S3 &amp; EFS 저장<\/title>/,
    );
  });

  it('the text alternative lists the edges as `A → B`, escaped, and is the only indexed part', () => {
    const alt = between(html, /<div class="flow-alt visually-hidden">/, '</div>');
    expect(alt).toContain('<li>데이터 수집 → 전처리 &lt;필터&gt;</li><li>전처리 &lt;필터&gt; → S3 &amp; EFS 저장</li>');
    expect(alt).not.toContain('data-pagefind-ignore');
    // the other children of the figure are left out of the search index
    for (const open of [/<figcaption[^>]*>/, /<div class="flow-scroll"[^>]*>/, /<details[^>]*>/]) {
      expect(open.exec(html)?.[0]).toContain('data-pagefind-ignore');
    }
  });

  it('a 원본 보기 disclosure shows the original ASCII, escaped', () => {
    const details = between(html, /<details class="flow-source" data-pagefind-ignore>/, '</details>');
    expect(details).toContain('<summary>원본 보기</summary>');
    expect(details).toContain(
      '<pre><code>데이터 수집\n   ↓\n전처리 &lt;필터&gt;\n   ↓\nS3 &amp; EFS 저장</code></pre>',
    );
  });

  it('a prose flow: no source disclosure and the text alternative is not indexed (the paragraph is)', () => {
    const prose = flowFigureHtml({ svg, graph, source: '데이터 수집 → 전처리', kind: 'prose' });
    expect(prose).not.toContain('<details');
    expect(prose).toContain('<div class="flow-alt visually-hidden" data-pagefind-ignore>');
  });

  it('an author Mermaid flowchart: the outline is read back from the SVG, edge labels and two-way edges included', () => {
    const mm = 'graph LR\n  A["시작 & 끝"] -->|예| B(처리)\n  subgraph S[그룹]\n    B --> C{판단}\n  end\n  C <--> A\n';
    const out = outlineOfSvg(renderFlowSvg(mm));
    expect(out.labels.sort()).toEqual(['시작 & 끝', '처리', '판단'].sort());
    expect(out.edges.sort()).toEqual(['시작 & 끝 → 처리 (예)', '처리 → 판단', '판단 ↔ 시작 & 끝'].sort());
    expect(out.groups).toEqual(['그룹']);
    const html2 = flowFigureHtml({ svg: renderFlowSvg(mm), source: mm, kind: 'mermaid' });
    expect(html2).toContain('<summary>원본 보기 (Mermaid)</summary>');
    expect(html2).toContain('<li>시작 &amp; 끝 → 처리 (예)</li>');
  });

  it('graph outline: details join the label, groups are listed', () => {
    const g = {
      direction: 'LR' as const,
      nodes: [
        { id: 'n0', label: 'A', detail: ['(설명)'] },
        { id: 'n1', label: 'B', detail: [] },
      ],
      edges: [{ from: 'n0', to: 'n1', label: '호출', both: true }],
      groups: [{ label: '묶음', nodes: ['n0', 'n1'] }],
    };
    expect(outlineOfGraph(g)).toEqual({
      labels: ['A', 'B'],
      edges: ['A (설명) ↔ B (호출)'],
      groups: ['묶음: A (설명), B'],
    });
  });

  it('caption: at most three labels, then 외 N개', () => {
    expect(flowCaption({ labels: ['가', '나', '다', '라', '마'], edges: [], groups: [] })).toBe(
      '흐름도: 가, 나, 다 외 2개',
    );
    expect(flowCaption({ labels: [], edges: [], groups: [] })).toBe('흐름도');
  });
});

describe('mermaidClientFigureHtml', () => {
  it('keeps the escaped source readable without JS and marks the figure for the client', () => {
    const html = mermaidClientFigureHtml('sequenceDiagram\n  A->>B: <안녕>\n');
    expect(html).toMatch(/^<figure class="mermaid-figure" data-mermaid>/);
    expect(html).toContain(
      '<pre class="mermaid-source"><code>sequenceDiagram\n  A-&gt;&gt;B: &lt;안녕&gt;</code></pre>',
    );
  });
});
