import { describe, it, expect } from 'vitest';
import { reviewCard } from '../../src/lib/study/scheduler.ts';
import {
  emptyStore,
  hasStarted,
  mergeStores,
  parseStore,
  resetStore,
  serializeStore,
  withReview,
  type StudyStore,
} from '../../src/lib/study/store.ts';

const at = (d: number, h = 9) => new Date(Date.UTC(2026, 3, d, h));

function reviewed(store: StudyStore, id: string, rating: 1 | 2 | 3 | 4, when: Date, tags: string[] = []): StudyStore {
  return withReview(store, id, reviewCard(store.cards[id]?.card, rating, when), rating, when, tags);
}

describe('the stored study record', () => {
  it('round-trips through JSON, including the export file with its extra fields', () => {
    let store: StudyStore = { ...emptyStore(), newPerDay: 7, totals: { '': 4, aws: 2 } };
    store = reviewed(store, 'q-a', 3, at(1), ['aws']);
    expect(parseStore(serializeStore(store))).toEqual(store);
    expect(parseStore(serializeStore(store, at(2)))).toEqual(store);
    expect(hasStarted(store)).toBe(true);
    expect(hasStarted(emptyStore())).toBe(false);
  });

  it('drops malformed parts and never throws', () => {
    expect(parseStore('not json')).toEqual(emptyStore());
    expect(parseStore('[1,2]')).toEqual(emptyStore());
    const good = reviewed(emptyStore(), 'q-a', 3, at(1));
    const messy = JSON.parse(serializeStore(good)) as {
      newPerDay: number;
      cards: Record<string, { card: unknown; log: unknown[] }>;
    };
    messy.newPerDay = -5;
    messy.cards['q-bad'] = { card: { due: 'yesterday' }, log: [] };
    messy.cards['q-a'].log.push(['x', 9]);
    const parsed = parseStore(JSON.stringify(messy));
    expect(Object.keys(parsed.cards)).toEqual(['q-a']);
    expect(parsed.cards['q-a'].log).toHaveLength(1);
    expect(parsed.newPerDay).toBe(0);
  });

  it('resets every review and keeps the daily limit', () => {
    const store = reviewed({ ...emptyStore(), newPerDay: 5 }, 'q-a', 3, at(1));
    expect(resetStore(store)).toEqual({ ...emptyStore(), newPerDay: 5 });
  });
});

describe('import merges by question id, newest review wins', () => {
  let ours: StudyStore = { ...emptyStore(), newPerDay: 10, totals: { '': 3 } };
  ours = reviewed(ours, 'q-a', 3, at(1)); // only here
  ours = reviewed(ours, 'q-b', 1, at(5)); // newer here
  ours = reviewed(ours, 'q-c', 4, at(2)); // older here
  let theirs: StudyStore = { ...emptyStore(), newPerDay: 50 };
  theirs = reviewed(theirs, 'q-b', 4, at(3));
  theirs = reviewed(theirs, 'q-c', 2, at(1));
  theirs = reviewed(theirs, 'q-c', 3, at(4));
  theirs = reviewed(theirs, 'q-d', 3, at(2)); // only there

  const merged = mergeStores(ours, parseStore(serializeStore(theirs, at(6))));

  it('keeps questions found on either side', () => {
    expect(Object.keys(merged.cards).sort()).toEqual(['q-a', 'q-b', 'q-c', 'q-d']);
    expect(merged.cards['q-a']).toEqual(ours.cards['q-a']);
    expect(merged.cards['q-d']).toEqual(theirs.cards['q-d']);
  });

  it('takes the record whose latest review is newer', () => {
    expect(merged.cards['q-b']).toEqual(ours.cards['q-b']);
    expect(merged.cards['q-c']).toEqual(theirs.cards['q-c']);
    expect(merged.cards['q-c'].log.map((r) => r[1])).toEqual([2, 3]);
  });

  it('keeps our own daily limit and totals, and is idempotent', () => {
    expect(merged.newPerDay).toBe(10);
    expect(merged.totals).toEqual({ '': 3 });
    expect(mergeStores(merged, theirs)).toEqual(merged);
    expect(mergeStores(merged, merged)).toEqual(merged);
  });
});
