// Practice progress as stored in localStorage under `garden:quiz:v1`: { [quizId]: { correct, at } }.

export const QUIZ_PROGRESS_KEY = 'garden:quiz:v1';

export type QuizResult = { correct: boolean; at: string };
export type QuizProgress = Record<string, QuizResult>;

/** Reads stored JSON, dropping anything malformed (never throws). */
export function parseProgress(json: string | null | undefined): QuizProgress {
  if (!json) return {};
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return {};
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return {};
  const out: QuizProgress = {};
  for (const [id, v] of Object.entries(data as Record<string, unknown>)) {
    if (
      v &&
      typeof v === 'object' &&
      typeof (v as QuizResult).correct === 'boolean' &&
      typeof (v as QuizResult).at === 'string'
    ) {
      out[id] = { correct: (v as QuizResult).correct, at: (v as QuizResult).at };
    }
  }
  return out;
}

export function withResult(progress: QuizProgress, id: string, correct: boolean, at: string): QuizProgress {
  return { ...progress, [id]: { correct, at } };
}

/** Right / wrong / not yet answered among `ids` (the latest result of each question counts). */
export function summarizeProgress(
  progress: QuizProgress,
  ids: string[],
): { right: number; wrong: number; todo: number } {
  let right = 0;
  let wrong = 0;
  for (const id of ids) {
    const r = progress[id];
    if (!r) continue;
    if (r.correct) right++;
    else wrong++;
  }
  return { right, wrong, todo: ids.length - right - wrong };
}
