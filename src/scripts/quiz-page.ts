// The /quiz/ practice page: one question at a time in a seeded shuffled order, tag filter, score, wrong-ones review.

import type { QuizIndex } from '../lib/quiz/index.ts';
import { renderQuizCard } from '../lib/quiz/card.ts';
import { practiceOrder, type PracticeMode } from '../lib/quiz/practice.ts';
import { summarizeProgress } from '../lib/quiz/progress.ts';
import { tagMatches } from '../lib/quiz/practice.ts';
import { quizStrings as s, fillString } from '../lib/quiz/strings.ts';
import { escapeHtml } from '../lib/quiz/html.ts';
import { initQuizCards, QUIZ_CHECKED_EVENT } from './quiz-card.ts';
import { clearQuizProgress, readQuizProgress } from './quiz-progress.ts';

export const QUIZ_PAGE_STATE_KEY = 'garden:quiz:page:v1';

type PageState = { seed: number; tag: string; mode: PracticeMode; current?: string };

function newSeed(): number {
  return Math.floor(Math.random() * 2 ** 31);
}

function loadState(): PageState {
  try {
    const v = JSON.parse(globalThis.localStorage?.getItem(QUIZ_PAGE_STATE_KEY) ?? 'null');
    if (v && typeof v.seed === 'number') {
      return { seed: v.seed, tag: typeof v.tag === 'string' ? v.tag : '', mode: v.mode === 'wrong' ? 'wrong' : 'all', current: typeof v.current === 'string' ? v.current : undefined };
    }
  } catch {
    // fall through
  }
  return { seed: newSeed(), tag: '', mode: 'all' };
}

function saveState(state: PageState): void {
  try {
    globalThis.localStorage?.setItem(QUIZ_PAGE_STATE_KEY, JSON.stringify(state));
  } catch {
    // ignore
  }
}

export async function initQuizPage(el: HTMLElement): Promise<void> {
  const src = el.dataset.src;
  if (!src) return;
  el.innerHTML = `<p class="quiz-page__status" role="status">${escapeHtml(s.pageLoading)}</p>`;
  let index: QuizIndex;
  try {
    const res = await fetch(src);
    if (!res.ok) throw new Error(String(res.status));
    index = (await res.json()) as QuizIndex;
  } catch {
    el.innerHTML = `<p class="quiz-page__status" role="status">${escapeHtml(s.pageLoadError)}</p>`;
    return;
  }
  const byId = new Map(index.questions.map((q) => [q.id, q]));
  const state = loadState();
  if (state.tag && !index.tags.some((t) => t.tag === state.tag)) state.tag = '';

  const tagOptions = index.tags
    .map((t) => `<option value="${escapeHtml(t.tag)}">${escapeHtml(t.tag)} (${t.count})</option>`)
    .join('');
  el.innerHTML =
    `<div class="quiz-page__controls">` +
    `<label>${s.tagFilter}<select class="quiz-page__tag"><option value="">${s.allTags} (${index.questions.length})</option>${tagOptions}</select></label>` +
    `<label>${s.mode}<select class="quiz-page__mode"><option value="all">${s.modeAll}</option><option value="wrong">${s.modeWrong}</option></select></label>` +
    `<button type="button" class="quiz-page__reset">${s.reset}</button>` +
    `</div>` +
    `<p class="quiz-page__score" role="status" aria-live="polite"></p>` +
    `<p class="quiz-page__position"></p>` +
    `<div class="quiz-page__card" tabindex="-1"></div>` +
    `<div class="quiz-page__nav">` +
    `<button type="button" class="quiz-page__prev">${s.previous}</button>` +
    `<button type="button" class="quiz-page__next">${s.next}</button>` +
    `</div>`;

  const tagSelect = el.querySelector<HTMLSelectElement>('.quiz-page__tag')!;
  const modeSelect = el.querySelector<HTMLSelectElement>('.quiz-page__mode')!;
  const resetButton = el.querySelector<HTMLButtonElement>('.quiz-page__reset')!;
  const score = el.querySelector<HTMLElement>('.quiz-page__score')!;
  const position = el.querySelector<HTMLElement>('.quiz-page__position')!;
  const cardBox = el.querySelector<HTMLElement>('.quiz-page__card')!;
  const prev = el.querySelector<HTMLButtonElement>('.quiz-page__prev')!;
  const next = el.querySelector<HTMLButtonElement>('.quiz-page__next')!;
  tagSelect.value = state.tag;
  modeSelect.value = state.mode;

  let order: string[] = [];
  let pos = 0;

  const updateScore = () => {
    const ids = index.questions.filter((q) => tagMatches(index.notes[q.note]?.tags ?? [], state.tag)).map((q) => q.id);
    score.textContent = fillString(s.score, summarizeProgress(readQuizProgress(), ids));
  };

  const show = (focus: boolean) => {
    const id = order[pos];
    state.current = id;
    saveState(state);
    prev.disabled = pos <= 0;
    next.disabled = pos >= order.length - 1;
    if (!id) {
      position.textContent = '';
      cardBox.innerHTML = `<p class="quiz-page__empty">${escapeHtml(state.mode === 'wrong' ? s.pageEmptyWrong : s.pageEmpty)}</p>`;
      return;
    }
    const q = byId.get(id)!;
    const note = index.notes[q.note];
    position.textContent = fillString(s.position, { i: pos + 1, n: order.length });
    cardBox.innerHTML = renderQuizCard(q.quiz, { id: q.id, noteUrl: note?.url, noteTitle: note?.title });
    initQuizCards(cardBox);
    if (focus) cardBox.focus();
  };

  const recompute = (keepCurrent: boolean) => {
    order = practiceOrder(index, state, readQuizProgress());
    const at = keepCurrent && state.current ? order.indexOf(state.current) : -1;
    pos = at >= 0 ? at : 0;
    updateScore();
    show(false);
  };

  tagSelect.addEventListener('change', () => {
    state.tag = tagSelect.value;
    recompute(false);
  });
  modeSelect.addEventListener('change', () => {
    state.mode = modeSelect.value === 'wrong' ? 'wrong' : 'all';
    recompute(false);
  });
  prev.addEventListener('click', () => {
    if (pos > 0) { pos--; show(true); }
  });
  next.addEventListener('click', () => {
    if (pos < order.length - 1) { pos++; show(true); }
  });
  resetButton.addEventListener('click', () => {
    if (!globalThis.confirm(s.resetConfirm)) return;
    clearQuizProgress();
    state.seed = newSeed();
    state.current = undefined;
    recompute(false);
    score.textContent = `${s.resetDone} ${score.textContent}`;
  });
  el.addEventListener(QUIZ_CHECKED_EVENT, updateScore);

  recompute(true);
}
