// Choosing which questions the /quiz/ page shows, and in what order.

import type { QuizIndex } from './index.ts';
import type { QuizProgress } from './progress.ts';

/** Deterministic PRNG (mulberry32) → numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher–Yates with a seeded PRNG: same seed, same order. Returns a new array. */
export function seededShuffle<T>(items: readonly T[], seed: number): T[] {
  const out = items.slice();
  const rand = seededRandom(seed);
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** Does a note carrying `tags` fall under `filter` (the tag itself or a descendant `filter/…`)? Empty filter: yes. */
export function tagMatches(tags: string[], filter: string): boolean {
  if (!filter) return true;
  return tags.some((t) => t === filter || t.startsWith(`${filter}/`));
}

export type PracticeMode = 'all' | 'wrong';

/**
 * Ids of the questions to practise, in the seeded shuffled order: filtered by tag, and in 'wrong' mode only those
 * whose latest result is wrong. The order of the whole set is fixed by the seed, so filters keep relative order.
 */
export function practiceOrder(
  index: Pick<QuizIndex, 'notes' | 'questions'>,
  settings: { seed: number; tag: string; mode: PracticeMode },
  progress: QuizProgress,
): string[] {
  return seededShuffle(index.questions, settings.seed)
    .filter((q) => tagMatches(index.notes[q.note]?.tags ?? [], settings.tag))
    .filter((q) => settings.mode === 'all' || progress[q.id]?.correct === false)
    .map((q) => q.id);
}
