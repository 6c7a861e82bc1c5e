// Moving stored practice results to the current question ids (a module of its own: note pages never load it).

import type { QuizProgress } from './progress.ts';

/**
 * Progress keyed by current question ids only: a result stored under a question's position key (`was` in the
 * index) moves to its id unless the id has a result of its own; keys of questions no longer in the garden drop.
 */
export function migrateProgress(
  progress: QuizProgress,
  questions: ReadonlyArray<{ id: string; was?: string }>,
): QuizProgress {
  const out: QuizProgress = {};
  for (const q of questions) {
    const r = progress[q.id] ?? (q.was !== undefined ? progress[q.was] : undefined);
    if (r) out[q.id] = r;
  }
  return out;
}
