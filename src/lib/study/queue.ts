// Today's work: the questions due by the end of the day (earliest due first), then new questions in the order
// given, up to the day's limit less the new ones already started today. Reads stored due dates only.

import { addDays, startOfDay } from './days.ts';
import type { StudyRecord, StudyStore } from './store.ts';

export type QueueQuestion = { id: string; tags: string[] };

/** Does a question carrying `tags` fall under `filter` (the tag or a descendant `filter/…`)? Empty filter: yes. */
export function underTag(tags: readonly string[], filter: string): boolean {
  if (!filter) return true;
  return tags.some((t) => t === filter || t.startsWith(`${filter}/`));
}

/** Is the record's next review on or before the day of `now`? */
export function isDueToday(r: StudyRecord, now: Date): boolean {
  return Date.parse(r.card.due) < addDays(now, 1).getTime();
}

/** How many questions had their first review on the day of `now` (they use up the day's new-question limit). */
export function newStartedToday(store: Pick<StudyStore, 'cards'>, now: Date): number {
  const from = startOfDay(now).getTime();
  const to = addDays(now, 1).getTime();
  let n = 0;
  for (const r of Object.values(store.cards)) {
    const first = r.log.length ? Date.parse(r.log[0][0]) : NaN;
    if (first >= from && first < to) n++;
  }
  return n;
}

/** New questions still allowed today. */
export function newLeftToday(store: Pick<StudyStore, 'cards' | 'newPerDay'>, now: Date): number {
  return Math.max(0, store.newPerDay - newStartedToday(store, now));
}

export type DailyQueue = {
  /** Due questions, earliest due first (ties in the order of `questions`). */
  due: string[];
  /** New questions for today, in the order of `questions`. */
  fresh: string[];
};

/** Today's queue among `questions` (already filtered by tag or not): due first, then new up to the limit. */
export function dailyQueue(store: StudyStore, questions: readonly QueueQuestion[], now: Date): DailyQueue {
  const due: Array<{ id: string; at: number; i: number }> = [];
  const fresh: string[] = [];
  let left = newLeftToday(store, now);
  questions.forEach((q, i) => {
    const r = store.cards[q.id];
    if (r) {
      if (isDueToday(r, now)) due.push({ id: q.id, at: Date.parse(r.card.due), i });
    } else if (left > 0) {
      fresh.push(q.id);
      left--;
    }
  });
  due.sort((a, b) => a.at - b.at || a.i - b.i);
  return { due: due.map((d) => d.id), fresh };
}

/**
 * The counts shown on the home and tag pages without the quiz index: due from the stored cards under `tag`, new
 * from the tag's question total at the last /quiz/ visit less the questions already seen, within today's limit.
 */
export function dueSummary(
  store: Pick<StudyStore, 'cards' | 'newPerDay' | 'totals'>,
  tag: string,
  now: Date,
): { due: number; fresh: number } {
  let due = 0;
  let seen = 0;
  for (const r of Object.values(store.cards)) {
    if (!underTag(r.tags, tag)) continue;
    seen++;
    if (isDueToday(r, now)) due++;
  }
  const total = store.totals[tag] ?? 0;
  return { due, fresh: Math.min(newLeftToday(store, now), Math.max(0, total - seen)) };
}
