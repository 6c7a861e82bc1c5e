import { describe, it, expect } from 'vitest';
import { renderQuizCard, quizStrings } from '../../src/lib/quiz/card.ts';
import { escapeHtml } from '../../src/lib/quiz/html.ts';
import { quizId } from '../../src/lib/quiz/quiz-id.ts';
import { replaceQuizSections } from '../../src/lib/quiz/replace.ts';
import { renderNote } from '../../src/markdown/render-note.ts';
import type { Quiz } from '../../src/lib/quiz/types.ts';

const single: Quiz = {
  question: 'Which one stores <objects> & "files"?\n\nSecond paragraph.',
  multiple: false,
  options: [
    {
      key: 'A',
      text: 'Amazon EBS <script>alert(1)</script>',
      correct: false,
      explanation: "block storage, it's <b>not</b> shared",
    },
    { key: 'B', text: 'Amazon S3', correct: true },
    { key: 'C', text: 'Amazon EFS', correct: false },
  ],
  answerText: 'S3 & friends',
};
const multi: Quiz = {
  question: 'Pick two',
  multiple: true,
  options: [
    { key: 'A', text: 'one', correct: true, explanation: 'UNIQUE-EXPLANATION-A' },
    { key: 'B', text: 'two', correct: false },
    { key: 'C', text: 'three', correct: true },
  ],
};

const count = (html: string, needle: string) => html.split(needle).length - 1;

describe('renderQuizCard', () => {
  it('escapes every text and attribute', () => {
    const html = renderQuizCard(single, { id: 'q"><x', noteUrl: '/n?a=1&b="2"', noteTitle: '<T>' });
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<objects>');
    expect(html).not.toContain('<b>not</b>');
    expect(html).not.toContain('q"><x');
    expect(html).toContain('Amazon EBS &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;objects&gt; &amp; &quot;files&quot;');
    expect(html).toContain('it&#39;s &lt;b&gt;not&lt;/b&gt; shared');
    expect(html).toContain('href="/n?a=1&amp;b=&quot;2&quot;"');
    expect(html).toContain('&lt;T&gt;');
    expect(html).toContain('S3 &amp; friends');
  });

  it('uses radio buttons for a single answer and checkboxes for several', () => {
    const a = renderQuizCard(single, { id: 'a' });
    const b = renderQuizCard(multi, { id: 'b' });
    expect(count(a, 'type="radio"')).toBe(3);
    expect(count(a, 'type="checkbox"')).toBe(0);
    expect(count(b, 'type="checkbox"')).toBe(3);
    expect(count(b, 'type="radio"')).toBe(0);
    expect(b).toContain('data-multiple="true"');
    expect(b).toContain('data-answer="A,C"');
    expect(b).toContain('알맞은 것을 2개 고르세요.');
  });

  it('gives each input a label bound by id and a shared group name', () => {
    const html = renderQuizCard(single, { id: 'card1' });
    for (const k of ['A', 'B', 'C']) {
      expect(html).toContain(`id="card1-opt-${k}" value="${k}"`);
      expect(html).toContain(`<label class="quiz-card__choice" for="card1-opt-${k}">`);
    }
    expect(count(html, 'name="card1-choice"')).toBe(3);
    expect(html).toMatch(/<form class="quiz-card" id="card1"/);
    expect(html).toMatch(/<fieldset[^>]*><legend[^>]*>/);
  });

  it('keeps the answer and explanations inside a Pagefind-ignored <details>, none before it', () => {
    const html = renderQuizCard(multi, { id: 'm' });
    const at = html.indexOf('<details');
    expect(at).toBeGreaterThan(0);
    const before = html.slice(0, at);
    const details = html.slice(at, html.indexOf('</details>') + 10);
    expect(details).toMatch(/^<details class="quiz-card__answer" data-pagefind-ignore="all">/);
    expect(details).toContain(`<summary>${quizStrings.reveal}</summary>`);
    expect(details).toContain(`${quizStrings.answer}: A, C`);
    expect(details).toContain('UNIQUE-EXPLANATION-A');
    expect(before).not.toContain('UNIQUE-EXPLANATION-A');
    expect(before).not.toContain(`${quizStrings.answer}:`);
  });

  it('renders hidden check/retry buttons, a live region and question paragraphs', () => {
    const html = renderQuizCard(single, { id: 'x' });
    expect(html).toContain(`<button type="submit" class="quiz-card__check" hidden>${quizStrings.check}</button>`);
    expect(html).toContain(`<button type="button" class="quiz-card__retry" hidden>${quizStrings.retry}</button>`);
    expect(html).toMatch(/class="quiz-card__result" role="status" aria-live="polite"/);
    expect(count(html, 'class="quiz-card__para"')).toBe(2);
  });

  it('links to the note only when given a URL', () => {
    expect(renderQuizCard(single, { id: 'x' })).not.toContain('<a ');
    expect(renderQuizCard(single, { id: 'x', noteUrl: '/base/n/', noteTitle: '노트' })).toContain(
      '<a href="/base/n/">노트: 노트</a>',
    );
  });
});

describe('escapeHtml / quizId', () => {
  it('escapes the five HTML specials', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
  it('makes stable, id-safe keys from note URLs', () => {
    expect(quizId('/garden/notes/Glue VPC/', 0)).toBe('q-garden-notes-glue-vpc-1');
    expect(quizId('/garden/notes/관련-노트/', 1)).toBe('q-garden-notes-관련-노트-2');
    expect(quizId('/a/', 0)).not.toBe(quizId('/b/', 0));
  });
});

describe('replaceQuizSections', () => {
  const doc = [
    '# T',
    '',
    '## 관련 문제',
    '',
    '**Question:** q?',
    '- A) a',
    '- B) b',
    '**정답: B**',
    '',
    '---',
    '',
    '## 연습 문제',
    '문제: broken?',
    '- A) a',
    '- B) b',
    '',
    '## 끝',
    'tail',
  ].join('\n');
  it('replaces clean sections after their heading and leaves broken ones alone', () => {
    const out = replaceQuizSections(doc, (quiz, i) => renderQuizCard(quiz, { id: `c${i}` }));
    expect(out.quizzes.map((q) => q.question)).toEqual(['q?']);
    const lines = out.markdown.split('\n');
    expect(lines.slice(0, 5)).toEqual(['# T', '', '## 관련 문제', '', lines[4]]);
    expect(lines[4]).toMatch(/^<form class="quiz-card" id="c0"/);
    expect(lines[4]).not.toContain('\n');
    expect(out.markdown).not.toContain('**정답: B**');
    expect(out.markdown).toContain('---\n\n## 연습 문제\n문제: broken?\n- A) a\n- B) b\n\n## 끝\ntail');
  });
});

describe('the questions a render records', () => {
  it('are the cards of the page, in the order of the body, for the /quiz/ index', async () => {
    const one = (k: number) => [
      `## 연습 문제 ${k}`,
      '',
      `**문제:** 질문 ${k}?`,
      '',
      '- A) 하나',
      '- B) 둘',
      '',
      '**정답: B)**',
      '',
    ];
    const body = ['# 노트', '', ...one(1), '## 본문', '', '글', '', ...one(2)].join('\n');
    const r = await renderNote(body, { slug: 'q', file: 'q.md', base: '/' });
    expect(r.facts.quizzes?.map((q) => q.question)).toEqual(['질문 1?', '질문 2?']);
    expect(r.html.match(/class="quiz-card"/g)).toHaveLength(2);
    const none = await renderNote('# 노트\n\n## 문제 해결\n\n재시작하세요.\n', { slug: 'n', file: 'n.md', base: '/' });
    expect(none.facts.quizzes).toBeUndefined();
  });
});
