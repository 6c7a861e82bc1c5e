// A light reading of the stored study record for the home and tag pages: only what their due counts need (due
// dates, first review dates, tags, the daily limit, tag totals), so those pages load no more than this.

import type { StudyStore } from './store.ts';

type Light = Pick<StudyStore, 'newPerDay' | 'cards' | 'totals'>;

/** The parts of stored JSON the counts use, or undefined when nothing was ever reviewed or the text is unreadable. */
export function parseForCounts(json: string | null | undefined): Light | undefined {
  if (!json) return undefined;
  let data: { newPerDay?: unknown; cards?: unknown; totals?: unknown };
  try {
    data = JSON.parse(json) as typeof data;
  } catch {
    return undefined;
  }
  if (!data || typeof data !== 'object' || !data.cards || typeof data.cards !== 'object') return undefined;
  const cards: Light['cards'] = {};
  for (const [id, r] of Object.entries(
    data.cards as Record<string, { card?: { due?: unknown }; log?: unknown; tags?: unknown }>,
  )) {
    if (!r || typeof r.card?.due !== 'string' || Number.isNaN(Date.parse(r.card.due))) continue;
    cards[id] = {
      card: r.card as StudyStore['cards'][string]['card'],
      log: Array.isArray(r.log)
        ? (r.log.filter((l) => Array.isArray(l) && typeof l[0] === 'string') as Light['cards'][string]['log'])
        : [],
      tags: Array.isArray(r.tags) ? r.tags.filter((t) => typeof t === 'string') : [],
    };
  }
  if (Object.keys(cards).length === 0) return undefined;
  const n = data.newPerDay;
  const totals = data.totals && typeof data.totals === 'object' ? (data.totals as Record<string, number>) : {};
  return { newPerDay: typeof n === 'number' && n >= 0 ? n : 20, cards, totals };
}
