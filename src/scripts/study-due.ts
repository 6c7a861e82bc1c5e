// The home and tag pages' `오늘 복습 12 · 새 문제 5` line: reads the study record from localStorage and fills
// `[data-study-due]` (its `data-tag`, `data-template`). Nothing happens for a reader who never studied.

import { parseForCounts } from '../lib/study/summary.ts';
import { dueSummary } from '../lib/study/queue.ts';
import { STUDY_STORE_KEY } from '../lib/study/key.ts';
import { gardenNow } from './clock.ts';

export function showStudyDue(root: ParentNode = document): void {
  const el = root.querySelector<HTMLElement>('[data-study-due]');
  if (!el) return;
  let text: string | null;
  try {
    text = globalThis.localStorage?.getItem(STUDY_STORE_KEY) ?? null;
  } catch {
    return;
  }
  const store = parseForCounts(text);
  if (!store) return;
  const { due, fresh } = dueSummary(store, el.dataset.tag ?? '', gardenNow());
  const link = el.querySelector('a') ?? el;
  link.textContent = (el.dataset.template ?? '{due} · {fresh}')
    .replace('{due}', String(due))
    .replace('{fresh}', String(fresh));
  el.hidden = false;
}
