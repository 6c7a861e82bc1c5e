// The components a rendered note holds are recorded by the render itself (no sniffing of HTML):
// the page loads the quiz, flow-zoom and Mermaid scripts only when these say so.
import { describe, expect, it } from 'vitest';
import { renderNote } from '../../src/markdown/render-note.ts';

const facts = async (md: string) => (await renderNote(md, { slug: 'f', file: 'f.md', base: '/' })).facts.features;
const QUIZ = ['## 관련 문제', '', '**Question:** 어느 것?', '- A) 하나', '- B) 둘', '**정답: B**', ''].join('\n');
const FLOW = ['```', '[사용자] --> [API Gateway] --> [Lambda]', '```', ''].join('\n');
const PIE = ['```mermaid', 'pie title 비율', '  "가" : 1', '  "나" : 2', '```', ''].join('\n');

describe('page features', () => {
  it('a plain note holds none', async () => {
    expect(await facts('# 제목\n\n본문과 `quiz-card` 라는 코드, <span class="flow-figure">흉내</span>.\n')).toEqual({});
  });
  it('records practice cards, drawn flows and Mermaid left to the browser', async () => {
    expect(await facts(`# 제목\n\n${QUIZ}`)).toEqual({ quiz: true });
    expect(await facts(`# 제목\n\n${FLOW}`)).toEqual({ flowFigure: true });
    expect(await facts(`# 제목\n\n${PIE}`)).toEqual({ clientMermaid: true });
    expect(await facts(`# 제목\n\n${FLOW}\n${PIE}\n${QUIZ}`)).toEqual({
      quiz: true,
      flowFigure: true,
      clientMermaid: true,
    });
  });
});
