import { describe, it, expect } from 'vitest';
import { findQuizSections, parseQuiz } from '../../src/lib/quiz/parse.ts';
import { parseAnswer, expectedAnswerCount } from '../../src/lib/quiz/answer.ts';
import { stripInlineMarkdown } from '../../src/lib/quiz/plain-text.ts';

const md = (...lines: string[]) => lines.join('\n');
const keysOf = (r: ReturnType<typeof parseQuiz>) => r.quiz?.options.map((o) => o.key);
const correctOf = (r: ReturnType<typeof parseQuiz>) => r.quiz?.options.filter((o) => o.correct).map((o) => o.key);

describe('labels and option letters', () => {
  it('reads 문제:/보기: labels and "A." options', () => {
    const r = parseQuiz(
      md(
        '## 연습 문제',
        '',
        '**문제:** S3 버킷을 **공개**하지 않으려면?',
        '',
        '**보기:**',
        '',
        'A. 버킷 정책',
        'B. `Block Public Access`',
        '',
        '**정답: B**',
      ),
    );
    expect(r.problems).toEqual([]);
    expect(r.quiz?.question).toBe('S3 버킷을 공개하지 않으려면?');
    expect(r.quiz?.options.map((o) => [o.key, o.text])).toEqual([
      ['A', '버킷 정책'],
      ['B', 'Block Public Access'],
    ]);
    expect(correctOf(r)).toEqual(['B']);
    expect(r.quiz?.multiple).toBe(false);
    expect(r.quiz?.answerText).toBeUndefined();
  });

  it('reads "(A)" options and a question without a label', () => {
    const r = parseQuiz(
      md(
        '### 문제',
        'Which service stores objects?',
        '',
        '(A) Amazon EBS',
        '(B) Amazon S3',
        '(C) Amazon EFS',
        '',
        '정답: (B)',
      ),
    );
    expect(r.problems).toEqual([]);
    expect(r.quiz?.question).toBe('Which service stores objects?');
    expect(keysOf(r)).toEqual(['A', 'B', 'C']);
    expect(correctOf(r)).toEqual(['B']);
  });

  it('keeps question paragraphs apart and joins wrapped lines', () => {
    const r = parseQuiz(
      md(
        '## Question',
        'Question: first line',
        'continues here.',
        '',
        'Second paragraph?',
        '- A) yes',
        '- B) no',
        'Answer: A',
      ),
    );
    expect(r.quiz?.question).toBe('first line continues here.\n\nSecond paragraph?');
  });

  it('appends indented continuation lines to the option above', () => {
    const r = parseQuiz(md('## 문제', '문제: q?', '- A) first part', '  second part', '- B) other', '정답: A'));
    expect(r.quiz?.options[0].text).toBe('first part second part');
  });
});

describe('explanation line forms', () => {
  const base = [
    '## 관련 문제',
    '**Question:** Pick one.',
    '- A) Alpha service',
    '- B) Beta service',
    '- C) Gamma',
    '**정답: C**',
    '💡 추가 설명:',
  ];
  it('"**Option A (…)** - …"', () => {
    const r = parseQuiz(md(...base, '- **Option A (Alpha)** - alpha is wrong', '- **Option B** - beta is wrong'));
    expect(r.quiz?.options.map((o) => o.explanation)).toEqual(['alpha is wrong', 'beta is wrong', undefined]);
  });
  it('"**A) …** - …" and "**B.** …"', () => {
    const r = parseQuiz(md(...base, '- **A) Alpha** - no alpha', '- **B.** no beta'));
    expect(r.quiz?.options.map((o) => o.explanation)).toEqual(['no alpha', 'no beta', undefined]);
  });
  it('"**A번** - …" and the option text as label', () => {
    const r = parseQuiz(md(...base, '- **A번** - 알파 아님', '- **Beta service** - 베타 아님', '- **gamma**: 정답'));
    expect(r.quiz?.options.map((o) => o.explanation)).toEqual(['알파 아님', '베타 아님', '정답']);
  });
  it('un-bolded "- A: …" lines and indented continuations', () => {
    const r = parseQuiz(md(...base, '해설:', '- A: first', '  more about A', '- B) second'));
    expect(r.problems).toEqual([]);
    expect(r.quiz?.options.map((o) => o.explanation)).toEqual(['first more about A', 'second', undefined]);
  });
});

describe('answer lines', () => {
  const opts = [
    { key: 'A', text: 'Amazon EBS' },
    { key: 'B', text: 'Amazon S3' },
    { key: 'C', text: 'Glue' },
    { key: 'D', text: 'Amazon EFS' },
    { key: 'E', text: 'Amazon FSx for Lustre' },
    { key: 'F', text: 'IAM' },
  ];
  it.each([
    ['B', ['B'], undefined],
    ['B)', ['B'], undefined],
    ['B, C, F) Glue endpoint and IAM', ['B', 'C', 'F'], 'Glue endpoint and IAM'],
    ['B,C', ['B', 'C'], undefined],
    ['B와 D', ['B', 'D'], undefined],
    ['A and B', ['A', 'B'], undefined],
    ['D) Amazon EFS, E) Amazon FSx for Lustre', ['D', 'E'], undefined],
    ['D) Amazon EFS', ['D'], undefined],
    ['D) Amazon EFS.', ['D'], undefined],
    ['D) EFS is right', ['D'], 'EFS is right'],
    ['D. 파일 시스템', ['D'], '파일 시스템'],
    ['Option B', ['B'], undefined],
    ['Amazon EFS, Amazon FSx for Lustre', ['D', 'E'], undefined],
  ])('"%s" → %j', (line, keys, text) => {
    expect(parseAnswer(line, opts)).toEqual(text === undefined ? { keys } : { keys, answerText: text });
  });
  it('does not take the first word "A" of a sentence for a letter', () => {
    expect(parseAnswer('A company should use S3', opts).keys).toEqual([]);
  });
  it('"정답: B, C, F)" makes a multiple-answer question even without "Select"', () => {
    const r = parseQuiz(
      md('## 문제', '문제: which?', 'A) a', 'B) b', 'C) c', 'D) d', 'E) e', 'F) f', '**정답: B, C, F)**'),
    );
    expect(r.problems).toEqual([]);
    expect(correctOf(r)).toEqual(['B', 'C', 'F']);
    expect(r.quiz?.multiple).toBe(true);
  });
  it('counts answers asked for', () => {
    expect(expectedAnswerCount('Which? (Select two)')).toBe(2);
    expect(expectedAnswerCount('Which? (Choose THREE.)')).toBe(3);
    expect(expectedAnswerCount('알맞은 것을 두 개 고르시오.')).toBe(2);
    expect(expectedAnswerCount('해당하는 것을 모두 고르시오')).toBe('many');
    expect(expectedAnswerCount('Which one?')).toBeUndefined();
  });
});

describe('malformed sections', () => {
  it('no answer line → problem with a line number, no quiz', () => {
    const r = parseQuiz(md('## 관련 문제', '', '**Question:** q?', '', '- A) a', '- B) b'));
    expect(r.quiz).toBeUndefined();
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0].line).toBe(6);
    expect(r.problems[0].message).toBe('expected an answer line after the options, found none');
    expect(r.problems[0].hint).toMatch(/정답: B\)/);
  });
  it('answer letter not among the options → problem on the answer line', () => {
    const r = parseQuiz(md('## 관련 문제', '**Question:** q?', '- A) a', '- B) b', '', '**정답: E**'));
    expect(r.quiz).toBeUndefined();
    expect(r.problems).toEqual([
      { line: 6, message: 'expected an answer among the options (A, B), found E)', hint: expect.any(String) as string },
    ]);
  });
  it('"Select two" with one answer → problem', () => {
    const r = parseQuiz(
      md('## 관련 문제', '**Question:** q? (Select two)', '- A) a', '- B) b', '- C) c', '**정답: B**'),
    );
    expect(r.quiz).toBeUndefined();
    expect(r.problems[0].line).toBe(6);
  });
  it('an explanation for an unknown option → problem', () => {
    const r = parseQuiz(
      md('## 관련 문제', '**Question:** q?', '- A) a', '- B) b', '**정답: B**', '- **Amazon Q** - what'),
    );
    expect(r.quiz).toBeUndefined();
    expect(r.problems.map((p) => p.line)).toEqual([6]);
  });
  it('duplicate option letters → problem', () => {
    const r = parseQuiz(md('## 관련 문제', '**Question:** q?', '- A) a', '- A) b', '**정답: A**'));
    expect(r.problems.map((p) => p.line)).toEqual([4]);
  });
  it('findQuizSections reports problems with document line numbers', () => {
    const doc = md(
      '---',
      'title: x',
      '---',
      '# T',
      '',
      '## 관련 문제',
      '',
      '**Question:** q?',
      '- A) a',
      '- B) b',
      '**정답: Z**',
      '',
      '---',
      '',
      '## 다음',
    );
    const s = findQuizSections(doc);
    expect(s).toHaveLength(1);
    expect(s[0]).toMatchObject({ startLine: 6, endLine: 11 });
    expect(s[0].quiz).toBeUndefined();
    expect(s[0].problems.map((p) => p.line)).toEqual([11]);
  });
});

describe('findQuizSections', () => {
  it('ends a section at the next heading of the same or higher level, not at a deeper one', () => {
    const doc = md(
      '# T',
      '## 관련 문제',
      '문제: q?',
      '### 보기',
      '- A) a',
      '- B) b',
      '**정답: A**',
      '## 다음 절',
      '- A) not',
      '- B) part',
    );
    const s = findQuizSections(doc);
    expect(s.map((x) => [x.startLine, x.endLine])).toEqual([[2, 7]]);
    expect(s[0].problems).toEqual([]);
  });
  it('ignores headings inside code fences and headings that merely mention 문제 without any question', () => {
    const doc = md(
      '# T',
      '```',
      '## 관련 문제',
      '```',
      '## 문제 해결',
      '재시작하세요.',
      '## Questions',
      'Question: q?',
      'A) x',
      'B) y',
      'Answer: B',
    );
    const s = findQuizSections(doc);
    expect(s.map((x) => x.startLine)).toEqual([7]);
    expect(s[0].quiz?.options.find((o) => o.correct)?.key).toBe('B');
  });
  it('splits nested question headings into their innermost sections', () => {
    const doc = md(
      '## 연습 문제',
      '### 문제 1',
      '문제: one?',
      'A) a',
      'B) b',
      '정답: A',
      '### 문제 2',
      '문제: two?',
      'A) a',
      'B) b',
      '정답: B',
    );
    const s = findQuizSections(doc);
    expect(s.map((x) => [x.startLine, x.endLine, x.quiz?.question])).toEqual([
      [2, 6, 'one?'],
      [7, 11, 'two?'],
    ]);
  });
  it('handles CRLF line endings', () => {
    const s = findQuizSections('## 관련 문제\r\n문제: q?\r\nA) a\r\nB) b\r\n정답: A\r\n');
    expect(s[0].quiz?.options.map((o) => o.text)).toEqual(['a', 'b']);
  });
  it('reads a note of 200,000 question-like headings without a blow-up (each is ended once)', () => {
    const doc = Array.from({ length: 200_000 }, (_, i) => `## 문제 해결 ${i}\n재시작하세요.`).join('\n');
    const started = performance.now();
    expect(findQuizSections(doc)).toEqual([]);
    // guards against a blow-up only: a scan per heading for its end took minutes here
    expect(performance.now() - started).toBeLessThan(30_000);
  });
  it('keeps the innermost of nested sections when many follow each other', () => {
    const one = (k: number) => ['## 연습 문제', `### 문제 ${k}`, `문제: q${k}?`, 'A) a', 'B) b', '정답: A'];
    const s = findQuizSections(md(...one(1), ...one(2), ...one(3)));
    expect(s.map((x) => [x.startLine, x.endLine, x.quiz?.question])).toEqual([
      [2, 6, 'q1?'],
      [8, 12, 'q2?'],
      [14, 18, 'q3?'],
    ]);
  });
});

describe('stripInlineMarkdown', () => {
  it.each([
    ['**bold** and *em* and _em_', 'bold and em and em'],
    ['keep `code **not bold**` text', 'keep code **not bold** text'],
    ['snake_case_name stays', 'snake_case_name stays'],
    ['[link](http://x) and [[Note|label]]', 'link and label'],
    ['~~gone~~ 2 * 3 * 4', 'gone 2 * 3 * 4'],
  ])('%s', (input, out) => {
    expect(stripInlineMarkdown(input)).toBe(out);
  });
});

describe('explanation headings', () => {
  it('accepts "**정답 해설**" and "### 해설" as the start of explanations', () => {
    const r = parseQuiz(
      md(
        '## 문제',
        '문제: q?',
        '- A) a',
        '- B) b',
        '정답: A',
        '**정답 해설**',
        '- **B** - no',
        '### 해설',
        '- **A** - yes',
      ),
    );
    expect(r.problems).toEqual([]);
    expect(r.quiz?.options.map((o) => o.explanation)).toEqual(['yes', 'no']);
  });
});
