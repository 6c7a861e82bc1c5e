import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { findQuizSections } from '../../src/lib/quiz/parse.ts';
import { buildQuizIndex } from '../../src/lib/quiz/index.ts';
import { questionId, quizId } from '../../src/lib/quiz/quiz-id.ts';
import { migrateProgress } from '../../src/lib/quiz/migrate.ts';
import { parseStore, pruneStore, withReview } from '../../src/lib/study/store.ts';
import { reviewCard } from '../../src/lib/study/scheduler.ts';

const root = join(import.meta.dirname, '..', '..');
const seeds = readdirSync(join(root, 'content'))
  .filter((f) => f.endsWith('.md'))
  .sort();
const read = (name: string) => readFileSync(join(root, 'content', name), 'utf8');
const quizzesOf = (text: string) => findQuizSections(text).flatMap((s) => (s.quiz ? [s.quiz] : []));
const idsOf = (text: string) => quizzesOf(text).map(questionId);
const seed000 = read(seeds.find((f) => f.startsWith('000_'))!);

describe('question ids come from the question text', () => {
  it('gives every seed question a distinct id that is a valid HTML id', () => {
    const ids = seeds.flatMap((f) => idsOf(read(f)));
    expect(ids.length).toBeGreaterThanOrEqual(3);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^q-[0-9a-f]{14}$/);
  });

  it('keeps the id when the note is renamed or moved', () => {
    const quizzes = quizzesOf(seed000);
    const a = buildQuizIndex([{ noteUrl: '/glue-vpc/', noteKey: 'glue-vpc', noteTitle: 'A', tags: ['x'], quizzes }]);
    const b = buildQuizIndex([
      { noteUrl: '/aws/archive/renamed/', noteKey: 'aws/archive/renamed', noteTitle: 'B', tags: ['y'], quizzes },
    ]);
    expect(a.questions.map((q) => q.id)).toEqual(b.questions.map((q) => q.id));
    expect(a.questions[0].was).toBe(quizId('glue-vpc', 0));
    expect(b.questions[0].was).not.toBe(a.questions[0].was);
  });

  it('keeps the id under whitespace, line-wrapping and punctuation edits, and edits elsewhere in the note', () => {
    const [before] = idsOf(seed000);
    const edits = [
      seed000.replace('improve and protect Amazon S3', 'improve  and   protect\tAmazon S3'),
      seed000.replace('The data science team need direct', 'The data science team need\ndirect'),
      seed000.replace('inside a VPC. The data', 'inside a VPC; the data'),
      seed000.replace("team's VPC\n- C)", 'team’s VPC.\n- C)'),
      seed000.replace('(Select three.)', 'Select three!'),
      seed000.replace('혼동을 유발하는 오답', '혼동을 일으키는 오답'),
      seed000.replace('## 🎯 핵심 포인트', '## 🎯 핵심 포인트 (수정)'),
      `---\nextra: 1\n---\n${seed000.replace(/^---[\s\S]*?\n---\n/, '')}`,
    ];
    for (const text of edits) {
      expect(text).not.toBe(seed000);
      expect(idsOf(text)).toEqual([before]);
    }
  });

  it('starts fresh when the stem, an option or the answer changes', () => {
    const [before] = idsOf(seed000);
    const edits = [
      seed000.replace('improve and protect Amazon S3', 'improve and protect Amazon EFS'),
      seed000.replace('Attach a decryption policy', 'Attach an encryption policy'),
      seed000.replace('**정답: B, C, F)', '**정답: B, C, E)'),
    ];
    for (const text of edits) {
      const after = idsOf(text);
      expect(after).toHaveLength(1);
      expect(after[0]).not.toBe(before);
    }
  });

  it('drops the history of a materially edited question at the next visit', () => {
    const [oldId] = idsOf(seed000);
    const [newId] = idsOf(seed000.replace('Amazon S3 datasets', 'Amazon Redshift tables'));
    const at = new Date(2026, 0, 5, 9);
    let store = withReview(parseStore(null), oldId, reviewCard(undefined, 3, at), 3, at, []);
    store = pruneStore(store, [newId]);
    expect(store.cards).toEqual({});
  });

  it('lists a question repeated word for word once, and counts it once under its tags', () => {
    const quizzes = quizzesOf(seed000);
    const index = buildQuizIndex([
      { noteUrl: '/a/', noteTitle: 'A', tags: ['aws/glue'], quizzes },
      { noteUrl: '/b/', noteTitle: 'B', tags: ['aws/glue'], quizzes },
    ]);
    expect(index.questions).toHaveLength(1);
    expect(index.tags).toContainEqual({ tag: 'aws/glue', count: 1 });
  });
});

describe('progress stored under position keys moves to the text ids', () => {
  it('maps `was` keys to ids, prefers a result under the id, and drops unknown keys', () => {
    const questions = [
      { id: 'q-1', was: 'q-glue-1' },
      { id: 'q-2', was: 'q-glue-2' },
    ];
    const migrated = migrateProgress(
      {
        'q-glue-1': { correct: false, at: '2026-01-01T00:00:00.000Z' },
        'q-glue-2': { correct: false, at: '2026-01-01T00:00:00.000Z' },
        'q-2': { correct: true, at: '2026-01-02T00:00:00.000Z' },
        'q-gone-1': { correct: true, at: '2026-01-01T00:00:00.000Z' },
      },
      questions,
    );
    expect(migrated).toEqual({
      'q-1': { correct: false, at: '2026-01-01T00:00:00.000Z' },
      'q-2': { correct: true, at: '2026-01-02T00:00:00.000Z' },
    });
  });
});
