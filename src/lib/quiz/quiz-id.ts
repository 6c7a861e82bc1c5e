// Stable ids of questions, shared by note pages and /quiz/ so that progress recorded on one shows on the other.

/**
 * `quizId('/garden/notes/glue-sagemaker/', 0)` → `"q-garden-notes-glue-sagemaker-1"`. Pass the same note key
 * (e.g. the note's URL or slug) on the note page and in buildQuizIndex. Usable as an HTML id.
 */
export function quizId(noteKey: string, index: number): string {
  const key = noteKey
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}_-]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return `q-${key || 'note'}-${index + 1}`;
}
