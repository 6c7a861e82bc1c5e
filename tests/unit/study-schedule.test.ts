import { describe, it, expect } from 'vitest';
import { createEmptyCard, fsrs, Rating, State } from 'ts-fsrs';
import { newCard, reviewCard, fromStored } from '../../src/lib/study/scheduler.ts';
import { dailyQueue, dueSummary, newLeftToday } from '../../src/lib/study/queue.ts';
import { forecast, reviewHistory, tagStats } from '../../src/lib/study/stats.ts';
import { emptyStore, withReview, type StudyStore } from '../../src/lib/study/store.ts';

// Local-time dates, so day boundaries hold in any time zone.
const day = (d: number, h = 9, m = 0) => new Date(2026, 2, d, h, m);

describe('one question scheduled by FSRS (ts-fsrs)', () => {
  it('follows ts-fsrs for a new card rated Good, Good, Good on fixed dates', () => {
    const f = fsrs({ enable_fuzz: false });
    let expected = createEmptyCard(day(1));
    let ours = newCard(day(1));
    let now = day(1);
    for (const rating of [Rating.Good, Rating.Good, Rating.Good] as const) {
      expected = f.next(expected, now, rating).card;
      ours = reviewCard(ours, rating, now);
      expect(new Date(ours.due).getTime()).toBe(expected.due.getTime());
      expect(ours.stability).toBe(expected.stability);
      now = expected.due;
    }
    expect(ours.state).toBe(State.Review);
    expect(ours.reps).toBe(3);
  });

  it('uses the learning steps on a new card: 다시 1 minute, 알맞음 10 minutes, 쉬움 days away', () => {
    const again = reviewCard(undefined, 1, day(1));
    const good = reviewCard(undefined, 3, day(1));
    const easy = reviewCard(undefined, 4, day(1));
    expect(new Date(again.due).getTime() - day(1).getTime()).toBe(60_000);
    expect(new Date(good.due).getTime() - day(1).getTime()).toBe(600_000);
    expect(new Date(easy.due).getTime()).toBeGreaterThanOrEqual(day(2).getTime());
    expect(easy.state).toBe(State.Review);
  });

  it('counts a lapse and shortens the interval when a review card is rated 다시', () => {
    const review = reviewCard(undefined, 4, day(1));
    const lapsed = reviewCard(review, 1, new Date(review.due));
    expect(lapsed.lapses).toBe(1);
    expect(lapsed.state).toBe(State.Relearning);
    expect(fromStored(lapsed).due.getTime()).toBeLessThan(fromStored(review).due.getTime() + 3600_000);
  });
});

function reviewed(store: StudyStore, id: string, rating: 1 | 2 | 3 | 4, at: Date, tags: string[] = []): StudyStore {
  return withReview(store, id, reviewCard(store.cards[id]?.card, rating, at), rating, at, tags);
}

describe('the daily queue', () => {
  const questions = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id, tags: id < 'c' ? ['aws/glue'] : ['aws/emr'] }));

  it('offers new questions up to the daily limit, in the given order, on a fresh start', () => {
    const store = { ...emptyStore(), newPerDay: 3 };
    expect(dailyQueue(store, questions, day(1))).toEqual({ due: [], fresh: ['a', 'b', 'c'] });
  });

  it("puts due questions first, earliest due first, and counts today's new ones against the limit", () => {
    let store: StudyStore = { ...emptyStore(), newPerDay: 3 };
    store = reviewed(store, 'a', 3, day(1, 9)); // learning, due 09:10
    store = reviewed(store, 'b', 1, day(1, 9, 5)); // learning, due 09:06
    const q = dailyQueue(store, questions, day(1, 9, 5));
    expect(q.due).toEqual(['b', 'a']);
    expect(q.fresh).toEqual(['c']);
    expect(newLeftToday(store, day(1, 12))).toBe(1);
    // The next day the limit is whole again.
    expect(newLeftToday(store, day(2, 8))).toBe(3);
  });

  it('leaves out questions due on a later day', () => {
    let store: StudyStore = { ...emptyStore(), newPerDay: 0 };
    store = reviewed(store, 'a', 4, day(1));
    const due = new Date(store.cards.a.card.due);
    expect(dailyQueue(store, questions, day(1, 23, 59)).due).toEqual([]);
    expect(dailyQueue(store, questions, new Date(due.getFullYear(), due.getMonth(), due.getDate(), 0, 1)).due).toEqual([
      'a',
    ]);
  });

  it('sums up due and new per tag for the home and tag pages from the stored totals', () => {
    let store: StudyStore = { ...emptyStore(), newPerDay: 20, totals: { '': 5, aws: 5, 'aws/glue': 2, 'aws/emr': 3 } };
    store = reviewed(store, 'a', 1, day(1), ['aws/glue']);
    store = reviewed(store, 'c', 4, day(1), ['aws/emr']);
    expect(dueSummary(store, '', day(1))).toEqual({ due: 1, fresh: 3 });
    expect(dueSummary(store, 'aws/glue', day(1))).toEqual({ due: 1, fresh: 1 });
    expect(dueSummary(store, 'aws/emr', day(1))).toEqual({ due: 0, fresh: 2 });
    expect(dueSummary({ ...store, newPerDay: 3 }, '', day(1))).toEqual({ due: 1, fresh: 1 });
  });
});

describe('progress figures', () => {
  const questions = ['a', 'b', 'c'].map((id) => ({ id, tags: id === 'c' ? ['emr'] : ['glue'] }));
  let store: StudyStore = emptyStore();
  store = reviewed(store, 'a', 4, day(1), ['glue']);
  store = reviewed(store, 'b', 1, day(3), ['glue']);
  store = reviewed(store, 'b', 3, day(3, 10), ['glue']);

  it('splits each tag into learned, due and new', () => {
    expect(tagStats(store, questions, ['glue', 'emr'], day(3, 11))).toEqual([
      { tag: '', learned: 1, due: 1, fresh: 1 },
      { tag: 'glue', learned: 1, due: 1, fresh: 0 },
      { tag: 'emr', learned: 0, due: 0, fresh: 1 },
    ]);
  });

  it('counts reviews per day over the last 30 days, and what comes due over the next 7', () => {
    const history = reviewHistory(store, day(3, 11));
    expect(history).toHaveLength(30);
    expect(history.at(-1)).toEqual({ day: '2026-03-03', count: 2 });
    expect(history.at(-3)).toEqual({ day: '2026-03-01', count: 1 });
    expect(history.reduce((n, d) => n + d.count, 0)).toBe(3);
    expect(reviewHistory(store, day(31, 11)).reduce((n, d) => n + d.count, 0)).toBe(2);

    const ahead = forecast(store, day(3, 11));
    expect(ahead).toHaveLength(7);
    expect(ahead[0]).toEqual({ day: '2026-03-03', count: 1 });
    const dueA = new Date(store.cards.a.card.due);
    const i = Math.round(
      (new Date(dueA.getFullYear(), dueA.getMonth(), dueA.getDate()).getTime() - new Date(2026, 2, 3).getTime()) /
        86_400_000,
    );
    if (i < 7) expect(ahead[Math.max(0, i)].count).toBeGreaterThanOrEqual(1);
    expect(ahead.reduce((n, d) => n + d.count, 0)).toBe(i < 7 ? 2 : 1);
  });
});
