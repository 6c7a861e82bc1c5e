// The review schedule of one question, computed by FSRS through ts-fsrs (the scheduler modern Anki uses).
// The only module of src/lib/study that loads ts-fsrs: the daily queue and the stats read stored dates alone,
// so pages that show counts never pull in the scheduler.

import { createEmptyCard, fsrs, Rating, type Card } from 'ts-fsrs';
import type { StoredCard } from './store.ts';

export { Rating };

/** The ratings a learner gives after checking an answer: 1 다시 · 2 어려움 · 3 알맞음 · 4 쉬움. */
export type StudyRating = 1 | 2 | 3 | 4;

/** ts-fsrs with its defaults (90 % retention, learning steps 1 m and 10 m, relearning 10 m) and no fuzz, so a schedule is reproducible. */
export const scheduler = fsrs({ enable_fuzz: false });

export function toStored(card: Card): StoredCard {
  return {
    due: card.due.toISOString(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsed_days,
    scheduled_days: card.scheduled_days,
    learning_steps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    ...(card.last_review ? { last_review: card.last_review.toISOString() } : {}),
  };
}

export function fromStored(s: StoredCard): Card {
  return {
    due: new Date(s.due),
    stability: s.stability,
    difficulty: s.difficulty,
    elapsed_days: s.elapsed_days,
    scheduled_days: s.scheduled_days,
    learning_steps: s.learning_steps,
    reps: s.reps,
    lapses: s.lapses,
    state: s.state,
    last_review: s.last_review ? new Date(s.last_review) : undefined,
  };
}

/** A question never reviewed, as of `now`. */
export function newCard(now: Date): StoredCard {
  return toStored(createEmptyCard(now));
}

/** The card after a review with `rating` at `now` (a missing card is a new one). */
export function reviewCard(card: StoredCard | undefined, rating: StudyRating, now: Date): StoredCard {
  const current = card ? fromStored(card) : createEmptyCard(now);
  return toStored(scheduler.next(current, now, rating).card);
}
