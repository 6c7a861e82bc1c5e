// Grading the choices made on a card.

export type OptionState = 'right-chosen' | 'wrong-chosen' | 'right-missed' | 'wrong';

export type Grade = {
  /** All correct options chosen and nothing else. */
  correct: boolean;
  /** Correct options chosen. */
  hits: number;
  /** Wrong options chosen. */
  misses: number;
  /** Number of correct options. */
  total: number;
  states: Record<string, OptionState>;
};

export function gradeChoices(allKeys: string[], answerKeys: string[], chosen: string[]): Grade {
  const answer = new Set(answerKeys);
  const picked = new Set(chosen);
  const states: Record<string, OptionState> = {};
  let hits = 0;
  let misses = 0;
  for (const k of allKeys) {
    if (answer.has(k)) {
      states[k] = picked.has(k) ? 'right-chosen' : 'right-missed';
      if (picked.has(k)) hits++;
    } else {
      states[k] = picked.has(k) ? 'wrong-chosen' : 'wrong';
      if (picked.has(k)) misses++;
    }
  }
  return { correct: hits === answer.size && misses === 0, hits, misses, total: answer.size, states };
}
