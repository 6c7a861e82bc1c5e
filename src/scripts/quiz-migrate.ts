// Keeps stored practice results (`garden:quiz:v1`) keyed by the current question ids: results stored under a
// question's position key move to its id, and results of questions no longer in the garden drop.

import { QUIZ_PROGRESS_KEY, parseProgress } from '../lib/quiz/progress.ts';
import { migrateProgress } from '../lib/quiz/migrate.ts';
import type { QuizIndex } from '../lib/quiz/index.ts';

export function migrateStoredProgress(index: Pick<QuizIndex, 'questions'>): void {
  try {
    const storage = globalThis.localStorage;
    const text = storage?.getItem(QUIZ_PROGRESS_KEY);
    if (!storage || !text) return;
    const next = JSON.stringify(migrateProgress(parseProgress(text), index.questions));
    if (next !== text) storage.setItem(QUIZ_PROGRESS_KEY, next);
  } catch {
    // storage blocked: nothing to keep
  }
}
