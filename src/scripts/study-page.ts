// Study mode of /quiz/: today's reviews and new questions scheduled by FSRS (src/lib/study), rating after each
// answer, the progress view with its chart, and moving the record between browsers. The only page that loads
// the scheduler.

import type { QuizIndex } from '../lib/quiz/index.ts';
import { fillString } from '../lib/quiz/strings.ts';
import { studyStrings as s } from '../lib/study/strings.ts';
import { clientStrings } from '../i18n/client.ts';
import { escapeHtml } from '../lib/quiz/html.ts';
import { fromStored, reviewCard, scheduler, type StudyRating } from '../lib/study/scheduler.ts';
import { createEmptyCard, type Grade } from 'ts-fsrs';
import { dailyQueue, isDueToday, newLeftToday, type QueueQuestion } from '../lib/study/queue.ts';
import { forecast, reviewHistory, tagStats } from '../lib/study/stats.ts';
import { studyChartSvg } from '../lib/study/chart.ts';
import { dayKey } from '../lib/study/days.ts';
import {
  clampNewPerDay,
  hasStarted,
  mergeStores,
  parseStore,
  pruneStore,
  resetStore,
  serializeStore,
  withReview,
  type StudyStore,
} from '../lib/study/store.ts';
import { initQuizPage, type IndexQuestion, type QuizPageExtension } from './quiz-page.ts';
import { readStudy, writeStudy } from './study-storage.ts';
import { gardenNow } from './clock.ts';

const RATINGS: Array<{ rating: StudyRating; name: string }> = [
  { rating: 1, name: s.rateAgain },
  { rating: 2, name: s.rateHard },
  { rating: 3, name: s.rateGood },
  { rating: 4, name: s.rateEasy },
];

/** `10분 뒤`, `3일 뒤`: how far `due` is from `now`. */
export function formatWait(due: Date, now: Date): string {
  const minutes = Math.max(1, Math.round((due.getTime() - now.getTime()) / 60_000));
  if (minutes < 60) return fillString(s.minutes, { n: minutes });
  const hours = Math.round(minutes / 60);
  if (hours < 24) return fillString(s.hours, { n: hours });
  const days = Math.round(hours / 24);
  if (days < 31) return fillString(s.days, { n: days });
  return fillString(s.months, { n: Math.round(days / 30) });
}

const dateFormat = new Intl.DateTimeFormat(clientStrings.intl, { month: 'long', day: 'numeric', weekday: 'short' });

export function studyExtension(): QuizPageExtension {
  let index: QuizIndex;
  let root: HTMLElement;
  let refresh: () => void = () => {};
  let rate: ((rating: StudyRating | 'default') => void) | undefined;

  const tagsOf = (q: IndexQuestion) => index.notes[q.note]?.tags ?? [];
  const queueQuestions = (qs: IndexQuestion[]): QueueQuestion[] => qs.map((q) => ({ id: q.id, tags: tagsOf(q) }));

  /** The stored record brought up to date with the index: current tags and per-tag totals. */
  const load = (): StudyStore => {
    const store = readStudy();
    store.totals = { '': index.questions.length, ...Object.fromEntries(index.tags.map((t) => [t.tag, t.count])) };
    for (const q of index.questions) {
      const r = store.cards[q.id];
      if (r) r.tags = [...tagsOf(q)];
    }
    return store;
  };

  const status = (text: string) => {
    const el = root.querySelector<HTMLElement>('.study-data__status');
    if (el) el.textContent = text;
  };

  const updateProgress = () => {
    const store = load();
    const now = gardenNow();
    const rows = tagStats(
      store,
      queueQuestions(index.questions),
      index.tags.map((t) => t.tag),
      now,
    )
      .map(
        (r) =>
          `<tr><th scope="row">${r.tag ? escapeHtml(r.tag).replaceAll('/', '/<wbr>') : s.progressAll}</th><td>${r.learned}</td><td>${r.due}</td><td>${r.fresh}</td></tr>`,
      )
      .join('');
    const table = root.querySelector<HTMLElement>('.study-progress__rows');
    if (table) table.innerHTML = rows;
    const ids = new Set(index.questions.map((q) => q.id));
    const past = reviewHistory(store, now, 30);
    const ahead = forecast(store, now, 7, ids);
    const chart = root.querySelector<HTMLElement>('.study-progress__chart');
    if (chart) {
      chart.innerHTML = studyChartSvg(
        past,
        ahead,
        {
          title: s.chartTitle,
          summary: fillString(s.chartSummary, {
            reviews: past.reduce((n, d) => n + d.count, 0),
            ahead: ahead.reduce((n, d) => n + d.count, 0),
          }),
          past: s.chartPast,
          ahead: s.chartAhead,
          today: s.chartToday,
        },
        chart.clientWidth || 740,
      );
    }
  };

  return {
    controlsHtml: `<label>${s.newPerDay}<input class="study-new-per-day" type="number" min="0" max="999" step="1" inputmode="numeric"></label>`,
    panelsHtml:
      `<section class="study-progress" aria-labelledby="study-progress-title">` +
      `<h2 id="study-progress-title">${s.progressTitle}</h2>` +
      `<figure class="study-progress__figure"><div class="study-progress__chart"></div>` +
      `<figcaption class="study-progress__legend"><span class="study-legend study-legend--past">${s.chartPast}</span> <span class="study-legend study-legend--ahead">${s.chartAhead}</span></figcaption></figure>` +
      `<div class="study-progress__table" role="region" aria-labelledby="study-progress-title" tabindex="0">` +
      `<table><thead><tr><th scope="col">${s.progressTag}</th><th scope="col">${s.progressLearned}</th><th scope="col">${s.progressDue}</th><th scope="col">${s.progressNew}</th></tr></thead>` +
      `<tbody class="study-progress__rows"></tbody></table></div>` +
      `</section>` +
      `<section class="study-data" aria-labelledby="study-data-title">` +
      `<h2 id="study-data-title">${s.dataTitle}</h2>` +
      `<p>${escapeHtml(s.dataHint)}</p>` +
      `<div class="study-data__buttons">` +
      `<button type="button" class="study-data__export">${escapeHtml(s.exportButton)}</button>` +
      `<button type="button" class="study-data__import">${escapeHtml(s.importButton)}</button>` +
      `<input type="file" class="study-data__file" accept="application/json,.json" hidden aria-label="${escapeHtml(s.importButton)}">` +
      `</div>` +
      `<p class="study-data__status" role="status" aria-live="polite"></p>` +
      `</section>`,
    resetConfirm: s.resetConfirmStudy,

    setup(ix, el, redraw) {
      index = ix;
      root = el;
      refresh = redraw;
      const store = load();
      if (hasStarted(store))
        writeStudy(
          pruneStore(
            store,
            index.questions.map((q) => q.id),
          ),
        );

      // Reset sits with the other actions on the whole record.
      const resetButton = el.querySelector('.quiz-page__reset');
      if (resetButton) el.querySelector('.study-data__buttons')?.append(resetButton);

      let lastWidth = 0;
      new ResizeObserver(() => {
        const w = el.querySelector<HTMLElement>('.study-progress__chart')?.clientWidth ?? 0;
        if (w && Math.abs(w - lastWidth) > 8) {
          lastWidth = w;
          updateProgress();
        }
      }).observe(el.querySelector('.study-progress__chart')!);

      const perDay = el.querySelector<HTMLInputElement>('.study-new-per-day')!;
      perDay.value = String(store.newPerDay);
      perDay.addEventListener('change', () => {
        const next = load();
        next.newPerDay = clampNewPerDay(perDay.value);
        perDay.value = String(next.newPerDay);
        writeStudy(next);
        refresh();
      });

      el.querySelector('.study-data__export')!.addEventListener('click', () => {
        const now = gardenNow();
        const blob = new Blob([serializeStore(load(), now)], { type: 'application/json' });
        const a = document.createElement('a');
        a.href = URL.createObjectURL(blob);
        a.download = `garden-study-${dayKey(now)}.json`;
        document.body.append(a);
        a.click();
        a.remove();
        setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
      });
      const file = el.querySelector<HTMLInputElement>('.study-data__file')!;
      el.querySelector('.study-data__import')!.addEventListener('click', () => file.click());
      file.addEventListener(
        'change',
        () =>
          void (async () => {
            const f = file.files?.[0];
            file.value = '';
            if (!f) return;
            const theirs = parseStore(await f.text());
            const ours = load();
            const ids = index.questions.map((q) => q.id);
            const merged = pruneStore(mergeStores(ours, theirs), ids);
            const changed = ids.filter((id) => merged.cards[id] && merged.cards[id] !== ours.cards[id]).length;
            if (Object.keys(theirs.cards).length === 0) {
              status(s.importNothing);
              return;
            }
            writeStudy(merged);
            refresh();
            status(fillString(s.importDone, { n: changed }));
          })(),
      );
    },

    todayOrder(questions) {
      const q = dailyQueue(load(), queueQuestions(questions), gardenNow());
      return [...q.due, ...q.fresh];
    },

    counts(questions) {
      const q = dailyQueue(load(), queueQuestions(questions), gardenNow());
      return fillString(s.studyCounts, { due: q.due.length, fresh: q.fresh.length });
    },

    todayEmpty(questions) {
      const store = load();
      const now = gardenNow();
      const ids = new Set(questions.map((q) => q.id));
      let next: number | undefined;
      for (const [id, r] of Object.entries(store.cards)) {
        if (!ids.has(id) || isDueToday(r, now)) continue;
        const t = Date.parse(r.card.due);
        if (next === undefined || t < next) next = t;
      }
      const unseen = questions.some((q) => !store.cards[q.id]);
      if (unseen && newLeftToday(store, now) === 0)
        return `${s.studyDoneNothing} ${fillString(s.studyNoNew, { n: store.newPerDay })}`;
      return next === undefined
        ? s.studyDoneNothing
        : fillString(s.studyDone, { when: dateFormat.format(new Date(next)) });
    },

    afterCheck(box, q, correct, done) {
      const form = box.querySelector<HTMLFormElement>('form.quiz-card');
      const anchor = form?.querySelector('.quiz-card__result');
      if (!form || !anchor) return;
      const now = gardenNow();
      const stored = load().cards[q.id]?.card;
      const preview = scheduler.repeat(stored ? fromStored(stored) : createEmptyCard(now), now);
      const preselected: StudyRating = correct ? 3 : 1;
      const defaultName = RATINGS[preselected - 1].name;
      const group = document.createElement('div');
      group.className = 'study-rate';
      group.setAttribute('role', 'group');
      group.setAttribute('aria-labelledby', 'study-rate-title');
      group.setAttribute('aria-describedby', 'study-rate-hint');
      group.innerHTML =
        `<p class="study-rate__title" id="study-rate-title">${s.rateTitle}</p>` +
        `<div class="study-rate__buttons">` +
        RATINGS.map(({ rating, name }) => {
          const when = formatWait(preview[rating as Grade].card.due, now);
          return (
            `<button type="button" class="study-rate__button${rating === preselected ? ' is-default' : ''}" data-rating="${rating}" aria-keyshortcuts="${rating}">` +
            `<kbd aria-hidden="true">${rating}</kbd> <span class="study-rate__name">${escapeHtml(name)}</span> ` +
            `<span class="study-rate__when">${escapeHtml(when)}</span></button>`
          );
        }).join('') +
        `</div>` +
        `<p class="study-rate__hint" id="study-rate-hint">${escapeHtml(fillString(s.rateHint, { default: defaultName }))}</p>`;
      anchor.after(group);
      let rated = false;
      rate = (choice) => {
        if (rated) return;
        rated = true;
        rate = undefined;
        const rating = choice === 'default' ? preselected : choice;
        const at = gardenNow();
        const store = load();
        const card = reviewCard(store.cards[q.id]?.card, rating, at);
        writeStudy(withReview(store, q.id, card, rating, at, tagsOf(q)));
        done();
      };
      group.addEventListener('click', (event) => {
        const button = (event.target as HTMLElement).closest<HTMLButtonElement>('.study-rate__button');
        if (button) rate?.(Number(button.dataset.rating) as StudyRating);
      });
      group.querySelector<HTMLButtonElement>('.is-default')?.focus();
    },

    ratingKey(key) {
      if (!rate) return false;
      rate(key === 'Enter' ? 'default' : (Number(key) as StudyRating));
      return true;
    },

    update: () => updateProgress(),

    reset() {
      writeStudy(resetStore(load()));
      status('');
    },
  };
}

/** Study mode of /quiz/ for `el` (the `#quiz-page` element with its `data-src`). */
export function initStudyPage(el: HTMLElement): Promise<void> {
  return initQuizPage(el, studyExtension());
}
