import { describe, it, expect } from 'vitest';
import { buildQuizIndex, tagWithParents } from '../../src/lib/quiz/index.ts';
import { practiceOrder, seededShuffle, tagMatches } from '../../src/lib/quiz/practice.ts';
import { gradeChoices } from '../../src/lib/quiz/grade.ts';
import { parseProgress, summarizeProgress, withResult } from '../../src/lib/quiz/progress.ts';
import type { Quiz } from '../../src/lib/quiz/types.ts';
import { questionId } from '../../src/lib/quiz/quiz-id.ts';

const quiz = (q: string): Quiz => ({
  question: q,
  multiple: false,
  options: [
    { key: 'A', text: 'a', correct: true },
    { key: 'B', text: 'b', correct: false },
  ],
});

const entries = [
  {
    noteUrl: '/g/notes/glue/',
    noteTitle: 'Glue',
    tags: ['service/glue', 'infra/vpc'],
    quizzes: [quiz('g1'), quiz('g2')],
  },
  { noteUrl: '/g/notes/empty/', noteTitle: 'Empty', tags: ['service/s3'], quizzes: [] },
  { noteUrl: '/g/notes/emr/', noteTitle: 'EMR', tags: ['service/emr'], quizzes: [quiz('e1')] },
];

describe('buildQuizIndex', () => {
  const index = buildQuizIndex(entries);
  it('lists questions with text ids, their position keys and note references, skipping notes without questions', () => {
    expect(index.notes.map((n) => n.title)).toEqual(['Glue', 'EMR']);
    expect(index.questions.map((q) => [q.id, q.was, q.note, q.quiz.question])).toEqual([
      [questionId(quiz('g1')), 'q-g-notes-glue-1', 0, 'g1'],
      [questionId(quiz('g2')), 'q-g-notes-glue-2', 0, 'g2'],
      [questionId(quiz('e1')), 'q-g-notes-emr-1', 1, 'e1'],
    ]);
  });
  it('counts questions per tag including parent tags', () => {
    expect(index.tags).toEqual([
      { tag: 'service', count: 3 },
      { tag: 'infra', count: 2 },
      { tag: 'infra/vpc', count: 2 },
      { tag: 'service/glue', count: 2 },
      { tag: 'service/emr', count: 1 },
    ]);
  });
  it('expands tag parents', () => {
    expect(tagWithParents('a/b/c')).toEqual(['a', 'a/b', 'a/b/c']);
  });
});

describe('practice order', () => {
  const index = buildQuizIndex(entries);
  it('is a permutation fixed by the seed', () => {
    const items = Array.from({ length: 50 }, (_, i) => i);
    const a = seededShuffle(items, 42);
    expect(seededShuffle(items, 42)).toEqual(a);
    expect([...a].sort((x, y) => x - y)).toEqual(items);
    expect(a).not.toEqual(items);
    expect(seededShuffle(items, 43)).not.toEqual(a);
  });
  it('filters by tag (with descendants) keeping the shuffled relative order', () => {
    const all = practiceOrder(index, { seed: 7, tag: '', mode: 'all' }, {});
    const glue = practiceOrder(index, { seed: 7, tag: 'service/glue', mode: 'all' }, {});
    expect(all).toHaveLength(3);
    expect(glue).toEqual(all.filter((id) => id !== questionId(quiz('e1'))));
    expect(practiceOrder(index, { seed: 7, tag: 'service', mode: 'all' }, {})).toEqual(all);
    expect(tagMatches(['service/glue'], 'serv')).toBe(false);
  });
  it('review mode keeps only the questions last answered wrongly', () => {
    const [g1, e1] = [questionId(quiz('g1')), questionId(quiz('e1'))];
    const progress = withResult(withResult({}, g1, false, 't1'), e1, true, 't2');
    expect(practiceOrder(index, { seed: 1, tag: '', mode: 'wrong' }, progress)).toEqual([g1]);
    expect(
      summarizeProgress(
        progress,
        index.questions.map((q) => q.id),
      ),
    ).toEqual({ right: 1, wrong: 1, todo: 1 });
  });
});

describe('grading and stored progress', () => {
  it('marks each option and requires exactly the correct set', () => {
    const g = gradeChoices(['A', 'B', 'C', 'D'], ['B', 'C'], ['B', 'D']);
    expect(g.states).toEqual({ A: 'wrong', B: 'right-chosen', C: 'right-missed', D: 'wrong-chosen' });
    expect(g).toMatchObject({ correct: false, hits: 1, misses: 1, total: 2 });
    expect(gradeChoices(['A', 'B', 'C'], ['B', 'C'], ['C', 'B']).correct).toBe(true);
  });
  it('parses stored progress tolerantly', () => {
    expect(parseProgress('{"a":{"correct":true,"at":"x"},"b":{"correct":"yes"},"c":3}')).toEqual({
      a: { correct: true, at: 'x' },
    });
    expect(parseProgress('not json')).toEqual({});
    expect(parseProgress('[1]')).toEqual({});
    expect(parseProgress(null)).toEqual({});
  });
});
