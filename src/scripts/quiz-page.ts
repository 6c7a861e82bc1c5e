// The /quiz/ practice page: one question at a time in a seeded shuffled order, tag filter, score, wrong-ones review,
// keyboard answering. A study extension (src/scripts/study-page.ts) adds a 'today' mode whose order comes from the
// review schedule, and its own panels; without one the page is the plain practice page.

import type { QuizIndex } from '../lib/quiz/index.ts';
import { renderQuizCard } from '../lib/quiz/card.ts';
import { practiceOrder } from '../lib/quiz/practice.ts';
import { summarizeProgress } from '../lib/quiz/progress.ts';
import { tagMatches } from '../lib/quiz/practice.ts';
import { quizStrings as s, fillString } from '../lib/quiz/strings.ts';
import { escapeHtml } from '../lib/quiz/html.ts';
import { studyStrings } from '../lib/study/strings.ts';
import { initQuizCards, QUIZ_CHECKED_EVENT } from './quiz-card.ts';
import { clearQuizProgress, readQuizProgress } from './quiz-progress.ts';
import { migrateStoredProgress } from './quiz-migrate.ts';

export const QUIZ_PAGE_STATE_KEY = 'garden:quiz:page:v1';

export type QuizPageMode = 'today' | 'all' | 'wrong';
export type IndexQuestion = QuizIndex['questions'][number];

/** What a study extension plugs into the page. */
export type QuizPageExtension = {
  /** Called once the index is loaded, before anything is shown; `refresh` re-reads the order and redraws. */
  setup(index: QuizIndex, el: HTMLElement, refresh: () => void): void;
  /** Extra controls (HTML) placed after the mode selector; bound in setup. */
  controlsHtml: string;
  /** Panels (HTML) placed after the question. */
  panelsHtml: string;
  /** Today's order among `questions` (already filtered by tag). */
  todayOrder(questions: IndexQuestion[]): string[];
  /** The counts line at the top for the questions under the tag filter. */
  counts(questions: IndexQuestion[]): string;
  /** Text shown when today's queue is empty. */
  todayEmpty(questions: IndexQuestion[]): string;
  /** After checking in 'today' mode: show the rating controls in `box`; call `done` once the rating is stored. */
  afterCheck(box: HTMLElement, q: IndexQuestion, correct: boolean, done: () => void): void;
  /** A key pressed after checking in 'today' mode (`1`–`4`, `Enter`); true when handled. */
  ratingKey(key: string): boolean;
  /** Redraws the extension's panels after a change. */
  update(): void;
  /** Clears the study record (after the reset confirmation). */
  reset(): void;
  resetConfirm: string;
};

type PageState = { seed: number; tag: string; mode: QuizPageMode; current?: string };

function newSeed(): number {
  return Math.floor(Math.random() * 2 ** 31);
}

function loadState(today: boolean): PageState {
  const fallback: QuizPageMode = today ? 'today' : 'all';
  try {
    const v = JSON.parse(globalThis.localStorage?.getItem(QUIZ_PAGE_STATE_KEY) ?? 'null') as {
      seed?: unknown;
      mode?: unknown;
      tag?: unknown;
      current?: unknown;
    } | null;
    if (v && typeof v.seed === 'number') {
      const mode: QuizPageMode =
        v.mode === 'wrong' || v.mode === 'all' || (v.mode === 'today' && today) ? v.mode : fallback;
      return {
        seed: v.seed,
        tag: typeof v.tag === 'string' ? v.tag : '',
        mode,
        current: typeof v.current === 'string' ? v.current : undefined,
      };
    }
  } catch {
    // fall through
  }
  return { seed: newSeed(), tag: '', mode: fallback };
}

function saveState(state: PageState): void {
  try {
    globalThis.localStorage?.setItem(QUIZ_PAGE_STATE_KEY, JSON.stringify(state));
  } catch {
    // ignore
  }
}

/** Keys typed into these are theirs, not shortcuts. */
function typingTarget(t: EventTarget | null): boolean {
  if (!(t instanceof HTMLElement)) return false;
  if (t.isContentEditable || t instanceof HTMLSelectElement || t instanceof HTMLTextAreaElement) return true;
  return t instanceof HTMLInputElement && t.type !== 'radio' && t.type !== 'checkbox';
}

export async function initQuizPage(el: HTMLElement, ext?: QuizPageExtension): Promise<void> {
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
  migrateStoredProgress(index);
  const byId = new Map(index.questions.map((q) => [q.id, q]));
  const state = loadState(Boolean(ext));
  if (state.tag && !index.tags.some((t) => t.tag === state.tag)) state.tag = '';

  const tagOptions = index.tags
    .map((t) => `<option value="${escapeHtml(t.tag)}">${escapeHtml(t.tag)} (${t.count})</option>`)
    .join('');
  const todayOption = ext ? `<option value="today">${studyStrings.modeToday}</option>` : '';
  el.innerHTML =
    (ext ? `<p class="study-counts" role="status" aria-live="polite"></p>` : '') +
    `<div class="quiz-page__controls">` +
    `<label>${s.tagFilter}<select class="quiz-page__tag"><option value="">${s.allTags} (${index.questions.length})</option>${tagOptions}</select></label>` +
    `<label>${s.mode}<select class="quiz-page__mode">${todayOption}<option value="all">${s.modeAll}</option><option value="wrong">${s.modeWrong}</option></select></label>` +
    (ext?.controlsHtml ?? '') +
    `<button type="button" class="quiz-page__reset">${s.reset}</button>` +
    `</div>` +
    `<p class="quiz-page__score" role="status" aria-live="polite"></p>` +
    `<p class="quiz-page__position"></p>` +
    `<div class="quiz-page__card" tabindex="-1"></div>` +
    `<div class="quiz-page__nav">` +
    `<button type="button" class="quiz-page__prev">${s.previous}</button>` +
    `<button type="button" class="quiz-page__next">${s.next}</button>` +
    `</div>` +
    `<p class="quiz-page__keys">${escapeHtml(studyStrings.keyboardHint)}</p>` +
    (ext?.panelsHtml ?? '');

  const tagSelect = el.querySelector<HTMLSelectElement>('.quiz-page__tag')!;
  const modeSelect = el.querySelector<HTMLSelectElement>('.quiz-page__mode')!;
  const resetButton = el.querySelector<HTMLButtonElement>('.quiz-page__reset')!;
  const counts = el.querySelector<HTMLElement>('.study-counts');
  const score = el.querySelector<HTMLElement>('.quiz-page__score')!;
  const position = el.querySelector<HTMLElement>('.quiz-page__position')!;
  const cardBox = el.querySelector<HTMLElement>('.quiz-page__card')!;
  const nav = el.querySelector<HTMLElement>('.quiz-page__nav')!;
  const prev = el.querySelector<HTMLButtonElement>('.quiz-page__prev')!;
  const next = el.querySelector<HTMLButtonElement>('.quiz-page__next')!;
  tagSelect.value = state.tag;
  modeSelect.value = state.mode;

  let order: string[] = [];
  let pos = 0;
  /** Questions rated in 'today' mode since the page opened (for the `i / n` position). */
  let doneToday = 0;
  let checked = false;

  const filtered = () => index.questions.filter((q) => tagMatches(index.notes[q.note]?.tags ?? [], state.tag));

  const updateScore = () => {
    const questions = filtered();
    score.textContent = fillString(
      s.score,
      summarizeProgress(
        readQuizProgress(),
        questions.map((q) => q.id),
      ),
    );
    if (counts && ext) counts.textContent = ext.counts(questions);
  };

  const currentForm = () => cardBox.querySelector<HTMLFormElement>('form.quiz-card');

  const show = (focus: boolean) => {
    const id = order[pos];
    const today = state.mode === 'today';
    state.current = id;
    saveState(state);
    checked = false;
    nav.hidden = today;
    prev.disabled = pos <= 0;
    next.disabled = pos >= order.length - 1;
    if (!id) {
      position.textContent = '';
      const empty = today && ext ? ext.todayEmpty(filtered()) : state.mode === 'wrong' ? s.pageEmptyWrong : s.pageEmpty;
      cardBox.innerHTML = `<p class="quiz-page__empty">${escapeHtml(empty)}</p>`;
      if (focus) cardBox.focus();
      return;
    }
    const q = byId.get(id)!;
    const note = index.notes[q.note];
    position.textContent = today
      ? fillString(s.position, { i: doneToday + 1, n: doneToday + order.length })
      : fillString(s.position, { i: pos + 1, n: order.length });
    cardBox.innerHTML = renderQuizCard(q.quiz, { id: q.id, noteUrl: note?.url, noteTitle: note?.title });
    initQuizCards(cardBox);
    if (today) cardBox.querySelector<HTMLElement>('.quiz-card__retry')?.classList.add('quiz-card__retry--study');
    if (focus) cardBox.focus();
  };

  const recompute = (keepCurrent: boolean, focus = false) => {
    order =
      state.mode === 'today' && ext
        ? ext.todayOrder(filtered())
        : practiceOrder(index, { ...state, mode: state.mode === 'wrong' ? 'wrong' : 'all' }, readQuizProgress());
    const at = keepCurrent && state.current ? order.indexOf(state.current) : -1;
    pos = state.mode === 'today' ? 0 : at >= 0 ? at : 0;
    updateScore();
    ext?.update();
    show(focus);
  };

  tagSelect.addEventListener('change', () => {
    state.tag = tagSelect.value;
    doneToday = 0;
    recompute(false);
  });
  modeSelect.addEventListener('change', () => {
    const v = modeSelect.value;
    state.mode = v === 'wrong' || v === 'all' || (v === 'today' && ext) ? v : 'all';
    doneToday = 0;
    recompute(false);
  });
  prev.addEventListener('click', () => {
    if (pos > 0) {
      pos--;
      show(true);
    }
  });
  next.addEventListener('click', () => {
    if (pos < order.length - 1) {
      pos++;
      show(true);
    }
  });
  resetButton.addEventListener('click', () => {
    if (!globalThis.confirm(ext?.resetConfirm ?? s.resetConfirm)) return;
    clearQuizProgress();
    ext?.reset();
    state.seed = newSeed();
    state.current = undefined;
    doneToday = 0;
    recompute(false);
    score.textContent = `${s.resetDone} ${score.textContent}`;
  });
  el.addEventListener(QUIZ_CHECKED_EVENT, (event) => {
    checked = true;
    updateScore();
    const detail = (event as CustomEvent<{ id: string; correct: boolean }>).detail;
    const q = byId.get(detail.id);
    if (state.mode === 'today' && ext && q) {
      ext.afterCheck(cardBox, q, detail.correct, () => {
        doneToday++;
        recompute(false, true);
      });
    } else if (!next.disabled) {
      next.focus();
    }
  });

  document.addEventListener('keydown', (event) => {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || typingTarget(event.target)) return;
    const form = currentForm();
    if (!form || !el.isConnected) return;
    const target = event.target as HTMLElement | null;
    const onControl =
      target instanceof HTMLButtonElement || target instanceof HTMLAnchorElement || target?.tagName === 'SUMMARY';
    if (!checked) {
      if (/^[1-9]$/.test(event.key)) {
        const input = form.querySelectorAll<HTMLInputElement>('.quiz-card__input')[Number(event.key) - 1];
        if (!input || input.disabled) return;
        event.preventDefault();
        if (input.type === 'radio') input.checked = true;
        else input.checked = !input.checked;
        input.focus();
      } else if (event.key === 'Enter' && !onControl) {
        event.preventDefault();
        form.requestSubmit();
      }
      return;
    }
    if (state.mode === 'today' && ext) {
      if ((/^[1-4]$/.test(event.key) || (event.key === 'Enter' && !onControl)) && ext.ratingKey(event.key))
        event.preventDefault();
    } else if (event.key === 'Enter' && !onControl && !next.disabled) {
      event.preventDefault();
      next.click();
    }
  });

  ext?.setup(index, el, () => recompute(false));
  recompute(true);
}
