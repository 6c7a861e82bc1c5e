// What the progress view shows: per tag learned / due / new, reviews per day over the last 30 days, and how many
// questions come due on each of the next 7 days. Reads stored dates only.

import { addDays, dayKey } from './days.ts';
import { isDueToday, underTag, type QueueQuestion } from './queue.ts';
import type { StudyStore } from './store.ts';

export type TagStats = { tag: string; learned: number; due: number; fresh: number };

/**
 * For each tag (and `""`, the whole garden, first): `fresh` never reviewed, `due` reviewed and due by the end of
 * today, `learned` reviewed and not due today. The three add up to the tag's questions.
 */
export function tagStats(
  store: StudyStore,
  questions: readonly QueueQuestion[],
  tags: readonly string[],
  now: Date,
): TagStats[] {
  return ['', ...tags].map((tag) => {
    const s: TagStats = { tag, learned: 0, due: 0, fresh: 0 };
    for (const q of questions) {
      if (!underTag(q.tags, tag)) continue;
      const r = store.cards[q.id];
      if (!r) s.fresh++;
      else if (isDueToday(r, now)) s.due++;
      else s.learned++;
    }
    return s;
  });
}

export type DayCount = { day: string; count: number };

/** Reviews on each of the `days` local days ending today, oldest first. */
export function reviewHistory(store: StudyStore, now: Date, days = 30): DayCount[] {
  const out: DayCount[] = [];
  const index = new Map<string, number>();
  for (let i = days - 1; i >= 0; i--) {
    const key = dayKey(addDays(now, -i));
    index.set(key, out.length);
    out.push({ day: key, count: 0 });
  }
  for (const r of Object.values(store.cards)) {
    for (const [at] of r.log) {
      const i = index.get(dayKey(new Date(at)));
      if (i !== undefined) out[i].count++;
    }
  }
  return out;
}

/**
 * Questions coming due on each of the `days` local days starting today, among `ids` when given. Today counts
 * everything due by its end, overdue included.
 */
export function forecast(store: StudyStore, now: Date, days = 7, ids?: ReadonlySet<string>): DayCount[] {
  const out: DayCount[] = [];
  const index = new Map<string, number>();
  for (let i = 0; i < days; i++) {
    const key = dayKey(addDays(now, i));
    index.set(key, out.length);
    out.push({ day: key, count: 0 });
  }
  for (const [id, r] of Object.entries(store.cards)) {
    if (ids && !ids.has(id)) continue;
    if (isDueToday(r, now)) out[0].count++;
    else {
      const i = index.get(dayKey(new Date(r.card.due)));
      if (i !== undefined) out[i].count++;
    }
  }
  return out;
}
