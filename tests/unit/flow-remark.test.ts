// The remark plugin through the garden's real Markdown pipeline (render-note.ts), on the seed notes.
import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { renderNote } from '../../src/markdown/render-note.ts';

const CONTENT = join(import.meta.dirname, '../../content');
const seed = (prefix: string) => {
  const f = readdirSync(CONTENT).find((x) => x.startsWith(prefix))!;
  return readFileSync(join(CONTENT, f), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
};
const render = async (md: string) => (await renderNote(md, { slug: 'test', file: 'test.md', base: '/' })).html;
const figures = (html: string) => html.match(/<figure class="flow-figure"[\s\S]*?<\/figure>/g) ?? [];

describe('remark-ascii-flow in renderNote', () => {
  it('000/003/004: the architecture fence becomes one figure with an SVG; no <style> survives', async () => {
    for (const p of ['000_', '003_', '004_']) {
      const html = await render(seed(p));
      const figs = figures(html);
      expect(figs, p).toHaveLength(1);
      expect(figs[0]).toMatch(/<div class="flow-scroll"[^>]*><svg role="img"[^>]*viewBox="[^"]+"/);
      expect(figs[0]).toContain('<summary>원본 보기</summary>');
      expect(figs[0]).toContain('marker-end="url(#flow-arrow-');
      expect(html).not.toMatch(/<style/);
      // the fence is gone as code: no highlighted block holds the arrows any more
      expect(html).not.toMatch(/<pre class="astro-code[^>]*data-language="plaintext"[\s\S]*?(↓|├──)/);
    }
  });

  it('000: the text alternative lists the tree edges', async () => {
    const fig = figures(await render(seed('000_')))[0]!;
    expect(fig).toContain('<li>데이터 사이언스팀 VPC → AWS Glue Development Endpoint (B)</li>');
    expect(fig).toContain('<li>IAM 권한 설정 (F) → SageMaker 훈련 프로세스 트리거 권한</li>');
  });

  it('003: the python block stays highlighted code', async () => {
    const html = await render(seed('003_'));
    expect(html).toMatch(/<pre class="astro-code[^"]*"[^>]*data-language="python"/);
    expect(figures(html)).toHaveLength(1);
  });

  it('002: the bash block stays code', async () => {
    const html = await render(seed('002_'));
    expect(html).toMatch(/<pre class="astro-code[^"]*"[^>]*data-language="bash"/);
  });

  it('001: the prose flow paragraph keeps its text and gets the figure right after it', async () => {
    const html = await render(seed('001_'));
    const para =
      '<p>AWS Glue SageMaker 노트북: (Jupyter → SparkMagic) → (네트워크) → AWS Glue 개발 엔드포인트: (Apache Livy → Apache Spark)</p>';
    expect(html).toContain(para);
    const after = html.slice(html.indexOf(para) + para.length).trimStart();
    expect(after).toMatch(/^<figure class="flow-figure" data-flow-kind="prose">/);
    expect(figures(html)).toHaveLength(1);
    expect(figures(html)[0]).toContain('<li>Jupyter → SparkMagic</li>');
  });

  it('code-language fences and sentences with an arrow are never touched', async () => {
    const md =
      '```python\na = 1\n# A → B\n```\n\n```bash\necho "A -> B"\n```\n\n요청이 들어오면 서버 → 클라이언트 순서로 응답한다.\n';
    const html = await render(md);
    expect(html).not.toContain('<figure');
    expect(html).toContain('요청이 들어오면 서버 → 클라이언트 순서로 응답한다.');
  });

  it('a flow fence that cannot be drawn stays exactly as code', async () => {
    const html = await render('```\n그냥 텍스트 한 줄\n```\n');
    expect(html).not.toContain('<figure');
    expect(html).toContain('그냥 텍스트 한 줄');
  });

  it('mermaid: a flowchart is drawn at build time; other diagram types go to the client with readable source', async () => {
    const built = await render('```mermaid\ngraph LR\n  A[수집] --> B[저장]\n```\n');
    expect(built).toMatch(/<figure class="flow-figure" data-flow-kind="mermaid">/);
    expect(built).toContain('<li>수집 → 저장</li>');
    expect(built).not.toContain('data-mermaid');
    const client = await render('```mermaid\nsequenceDiagram\n  고객->>서버: 요청\n```\n');
    expect(client).toMatch(/<figure class="mermaid-figure" data-mermaid="?"?>/);
    expect(client).toContain('<pre class="mermaid-source"><code>sequenceDiagram\n  고객->>서버: 요청</code></pre>');
  });

  it('mermaid: class and click lines are not drawn; a flowchart the build cannot draw faithfully goes to the client', async () => {
    const built = await render(
      '```mermaid\nflowchart LR\n  A[수집] --> B[저장]\n  class A,B internal-link;\n  click A "https://example.com"\n```\n',
    );
    expect(built).toMatch(/<figure class="flow-figure" data-flow-kind="mermaid">/);
    expect(built).toContain('<li>수집 → 저장</li>');
    expect(built).not.toMatch(/<li>[^<]*(class|click)/);
    const client = await render(
      '```mermaid\nflowchart LR\n  subgraph S [a title far longer than the one node inside it]\n    X[x]\n  end\n  X --> Y[y]\n```\n',
    );
    expect(client).toMatch(/<figure class="mermaid-figure" data-mermaid="?"?>/);
    expect(client).toContain('subgraph S [a title far longer than the one node inside it]');
  });

  it('records a fact when the page needs Mermaid in the browser (the build publishes its bundle on it)', async () => {
    const facts = async (md: string) => (await renderNote(md, { slug: 'test', file: 'test.md', base: '/' })).facts;
    expect((await facts('```mermaid\ngraph LR\n  A[수집] --> B[저장]\n```\n')).features?.clientMermaid).toBeUndefined();
    expect((await facts('```mermaid\nsequenceDiagram\n  고객->>서버: 요청\n```\n')).features?.clientMermaid).toBe(true);
    expect((await facts('```\n수집 -> 저장 -> 분석\n```\n')).features?.clientMermaid).toBeUndefined();
  });
});
