// localStorage access for practice progress (`garden:quiz:v1`). Quietly does nothing where storage is unavailable.

import { QUIZ_PROGRESS_KEY, parseProgress, withResult, type QuizProgress } from '../lib/quiz/progress.ts';

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined; // e.g. blocked third-party storage
  }
}

export function readQuizProgress(): QuizProgress {
  try {
    return parseProgress(storage()?.getItem(QUIZ_PROGRESS_KEY));
  } catch {
    return {};
  }
}

/** Stores the latest result of one question. */
export function recordQuizResult(quizId: string, correct: boolean, at: Date = new Date()): void {
  try {
    storage()?.setItem(
      QUIZ_PROGRESS_KEY,
      JSON.stringify(withResult(readQuizProgress(), quizId, correct, at.toISOString())),
    );
  } catch {
    // storage full or denied: progress is a convenience
  }
}

export function clearQuizProgress(): void {
  try {
    storage()?.removeItem(QUIZ_PROGRESS_KEY);
  } catch {
    // ignore
  }
}
