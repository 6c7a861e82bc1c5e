import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createEmptyCard, fsrs, Rating, type Card, type Grade } from 'ts-fsrs';
import type { BrowserContext, Page } from 'playwright-core';
import { useServedSite } from '../helpers/served-site.ts';
import { seriousA11yViolations } from '../helpers/browser.ts';
import type { QuizIndex } from '../../src/lib/quiz/index.ts';

// Study mode on the built seed garden in Chromium: answering over simulated days (the page's clock is the
// `garden:now` localStorage key), questions come due in the order FSRS gives, the home page's due line, the
// progress view, export / import / reset, and accessibility.

const ZONE = 'Asia/Seoul';
const OFFSET = 9 * 3600_000; // Seoul has no daylight saving time
const DAY = 86_400_000;
const at = (day: number, hour = 9) => new Date(Date.UTC(2026, 2, 2 + day, hour) - OFFSET);
const endOfDay = (t: Date) => Math.floor((t.getTime() + OFFSET) / DAY) * DAY + DAY - OFFSET;

/** The schedule as ts-fsrs computes it from the same ratings, with the queue rule: due by day's end, earliest first; then new in index order. */
class Model {
  readonly f = fsrs({ enable_fuzz: false });
  readonly cards = new Map<string, Card>();
  readonly ids: string[];
  readonly newPerDay = 20;
  constructor(ids: string[]) {
    this.ids = ids;
  }
  newToday(now: Date) {
    return [...this.firstReview].filter(([, t]) => endOfDay(new Date(t)) === endOfDay(now)).length;
  }
  readonly firstReview = new Map<string, number>();
  queue(now: Date) {
    const due = this.ids
      .map((id, i) => ({ id, i, card: this.cards.get(id) }))
      .filter((x) => x.card && x.card.due.getTime() < endOfDay(now))
      .sort((a, b) => a.card!.due.getTime() - b.card!.due.getTime() || a.i - b.i)
      .map((x) => x.id);
    const fresh = this.ids
      .filter((id) => !this.cards.has(id))
      .slice(0, Math.max(0, this.newPerDay - this.newToday(now)));
    return { due, fresh, next: due[0] ?? fresh[0] };
  }
  review(id: string, rating: Grade, now: Date) {
    if (!this.firstReview.has(id)) this.firstReview.set(id, now.getTime());
    this.cards.set(id, this.f.next(this.cards.get(id) ?? createEmptyCard(now), now, rating).card);
  }
}

async function setClock(page: Page, t: Date) {
  await page.evaluate((iso) => localStorage.setItem('garden:now', iso), t.toISOString());
}

async function openQuiz(page: Page, url: string) {
  await page.goto(`${url}quiz/`);
  await page.locator('.study-counts').filter({ hasText: '오늘 복습' }).waitFor();
}

/** Answers the shown question by keyboard: digits pick options, Enter checks; right or wrong on purpose. */
async function answer(page: Page, index: QuizIndex, id: string, right: boolean) {
  const q = index.questions.find((x) => x.id === id)!;
  const keys = q.quiz.options.map((o, i) => ({ key: String(i + 1), correct: o.correct }));
  const pick = right ? keys.filter((k) => k.correct) : [keys.find((k) => !k.correct)!];
  for (const k of pick) await page.keyboard.press(k.key);
  await page.keyboard.press('Enter');
  await page.locator('.study-rate').waitFor();
}

describe('study mode: spaced repetition of the seed questions', () => {
  const s = useServedSite('study-site');
  let index: QuizIndex;

  async function context(): Promise<BrowserContext> {
    if (!index) index = (await (await fetch(`${s.url}quiz/index.json`)).json()) as QuizIndex;
    return s.browser.newContext({ timezoneId: ZONE, acceptDownloads: true });
  }

  it('brings questions back on the days FSRS gives, and the home page shows what is due only after the first review', async () => {
    const ctx = await context();
    const page = await ctx.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));

    // A reader who never studied: nothing on the home page or a tag page, and no quiz data loaded.
    await page.goto(s.url);
    await setClock(page, at(0));
    await page.reload();
    await expect(page.locator('[data-study-due]').isVisible()).resolves.toBe(false);
    await page.goto(`${s.url}tags/service/`);
    await expect(page.locator('[data-study-due]').isVisible()).resolves.toBe(false);
    expect(requests.filter((p) => p.startsWith('/quiz/'))).toEqual([]);

    const ids = index.questions.map((q) => q.id);
    const model = new Model(ids);
    // Ratings per question, one per review: 1 다시 (answered wrongly, Enter keeps the preselected 다시), 2–4 by key.
    const plan: Record<string, Grade[]> = {
      [ids[0]]: [3, 3, 3, 3, 3, 3],
      [ids[1]]: [1, 3, 3, 2, 3, 3, 3],
      [ids[2]]: [4, 3, 1, 3, 3, 3],
      [ids[3]]: [2, 2, 3, 4, 3, 3],
    };
    const done = new Map<string, number>();
    const shown: string[] = [];
    let homeChecked = false;

    for (const day of [0, 1, 2, 3, 5, 8, 13, 21]) {
      const now = at(day);
      await setClock(page, now);
      await openQuiz(page, s.url);
      for (let step = 0; step < 40; step++) {
        const expected = model.queue(now);
        await expect(page.locator('.study-counts').textContent()).resolves.toBe(
          `오늘 복습 ${expected.due.length} · 새 문제 ${expected.fresh.length}`,
        );
        const form = page.locator('#quiz-page form.quiz-card');
        if (!expected.next) {
          await expect(form.count()).resolves.toBe(0);
          await expect(page.locator('.quiz-page__empty').textContent()).resolves.toContain(
            '오늘 할 공부를 모두 마쳤습니다',
          );
          break;
        }
        await expect(form.getAttribute('data-quiz-id')).resolves.toBe(expected.next);
        const id = expected.next;
        const n = done.get(id) ?? 0;
        const rating = plan[id][Math.min(n, plan[id].length - 1)];
        await answer(page, index, id, rating !== Rating.Again);
        const preselected = page.locator('.study-rate__button.is-default');
        await expect(preselected.getAttribute('data-rating')).resolves.toBe(rating === Rating.Again ? '1' : '3');
        await expect(page.evaluate(() => document.activeElement?.classList.contains('is-default'))).resolves.toBe(true);
        if (rating === Rating.Again) await page.keyboard.press('Enter');
        else await page.keyboard.press(String(rating));
        model.review(id, rating, now);
        done.set(id, n + 1);
        shown.push(`${day}:${id}`);
        await page.locator('.study-rate').waitFor({ state: 'detached' });

        if (!homeChecked) {
          // After the very first review the home page and the tag pages tell what is due today.
          homeChecked = true;
          const q = model.queue(now);
          await page.goto(s.url);
          await expect(page.locator('[data-study-due]').isVisible()).resolves.toBe(true);
          await expect(page.locator('[data-study-due]').textContent()).resolves.toBe(
            `오늘 복습 ${q.due.length} · 새 문제 ${q.fresh.length}`,
          );
          await expect(page.locator('[data-study-due] a').getAttribute('href')).resolves.toBe('/quiz/');
          await page.goto(`${s.url}tags/storage/`);
          const storage = index.questions.filter((x) => index.notes[x.note].tags.some((t) => t.startsWith('storage/')));
          expect(storage.length).toBeGreaterThan(0);
          await expect(page.locator('[data-study-due]').textContent()).resolves.toBe(
            `오늘 복습 0 · 새 문제 ${storage.length}`,
          );
          await openQuiz(page, s.url);
        }
      }
      // Nothing is left for the day once the model says so.
      expect(model.queue(now).next).toBeUndefined();
    }
    // The run exercised the schedule: relearning the same day and reviews on later days.
    expect(shown.length).toBeGreaterThan(12);
    expect(new Set(shown.filter((x) => !x.startsWith('0:')).map((x) => x.split(':')[0])).size).toBeGreaterThanOrEqual(
      3,
    );
    expect(requests.filter((p) => /^\/[^/]+\/$/.test(p) && p !== '/quiz/')).toEqual([]);
    await ctx.close();
  });

  it('keeps the existing modes, shows progress with a drawn chart, exports, resets and imports', async () => {
    const ctx = await context();
    const page = await ctx.newPage();
    await page.goto(s.url);
    await setClock(page, at(0));
    await openQuiz(page, s.url);
    await expect(page.locator('.study-counts').textContent()).resolves.toBe('오늘 복습 0 · 새 문제 4');

    // Two reviews by mouse, offline: once loaded the page needs no network. One right (알맞음 preselected,
    // choose 쉬움), one wrong (다시).
    await ctx.setOffline(true);
    const first = await page.locator('#quiz-page form.quiz-card').getAttribute('data-quiz-id');
    await answer(page, index, first!, true);
    await page.getByRole('button', { name: /쉬움/ }).click();
    const second = await page.locator('#quiz-page form.quiz-card').getAttribute('data-quiz-id');
    expect(second).not.toBe(first);
    await answer(page, index, second!, false);
    await page.getByRole('button', { name: /다시/ }).click();
    await expect(page.locator('.study-counts').textContent()).resolves.toBe('오늘 복습 1 · 새 문제 2');
    await ctx.setOffline(false);

    // Progress: the whole garden row adds up, and the chart is an SVG drawn on the page (쉬움 on a new question
    // schedules it beyond the 7 days shown; the 다시 one is due again today).
    await expect(page.locator('.study-progress__rows tr').first().locator('td').allTextContents()).resolves.toEqual([
      '1',
      '1',
      '2',
    ]);
    const chart = page.locator('.study-progress__chart svg[role="img"]');
    await expect(chart.locator('desc').textContent()).resolves.toBe(
      '최근 30일 동안 2번 복습했고, 앞으로 7일 동안 1문제가 복습 예정입니다.',
    );
    await expect(chart.locator('rect.study-chart__bar--past').count()).resolves.toBe(1);
    await expect(chart.locator('rect.study-chart__bar--ahead').count()).resolves.toBe(1);

    // The other modes stay.
    await page.getByLabel('보기 방식').selectOption('wrong');
    await expect(page.locator('.quiz-page__position').textContent()).resolves.toBe('1 / 1');
    await expect(page.locator('#quiz-page form.quiz-card').getAttribute('data-quiz-id')).resolves.toBe(second);
    await page.getByLabel('보기 방식').selectOption('all');
    await expect(page.locator('.quiz-page__position').textContent()).resolves.toBe('1 / 4');
    await page.getByLabel('태그').selectOption('storage');
    await expect(page.locator('.quiz-page__position').textContent()).resolves.toBe('1 / 1');
    await page.getByLabel('태그').selectOption('');
    await page.getByLabel('보기 방식').selectOption('today');

    // The daily limit of new questions is adjustable and kept.
    await page.getByLabel('하루 새 문제 수').fill('1');
    await page.getByLabel('하루 새 문제 수').press('Tab');
    await expect(page.locator('.study-counts').textContent()).resolves.toBe('오늘 복습 1 · 새 문제 0');
    await page.reload();
    await page.locator('.study-counts').filter({ hasText: '오늘 복습' }).waitFor();
    await expect(page.getByLabel('하루 새 문제 수').inputValue()).resolves.toBe('1');
    await page.getByLabel('하루 새 문제 수').fill('20');
    await page.getByLabel('하루 새 문제 수').press('Tab');

    // Export to a file.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '기록 내보내기 (JSON)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('garden-study-2026-03-02.json');
    const exported = JSON.parse(readFileSync(await download.path(), 'utf8')) as { cards: Record<string, unknown> };
    expect(Object.keys(exported.cards).sort()).toEqual([first, second].sort());

    // Reset, after confirming.
    page.once('dialog', (d) => void d.dismiss());
    await page.getByRole('button', { name: '기록 지우기' }).click();
    await expect(page.locator('.study-counts').textContent()).resolves.toBe('오늘 복습 1 · 새 문제 2');
    page.once('dialog', (d) => void d.accept());
    await page.getByRole('button', { name: '기록 지우기' }).click();
    await expect(page.locator('.study-counts').textContent()).resolves.toBe('오늘 복습 0 · 새 문제 4');
    await page.goto(s.url);
    await expect(page.locator('[data-study-due]').isVisible()).resolves.toBe(false);

    // Import merges the file back; a question answered again since the export keeps the newer review.
    await setClock(page, at(0, 12));
    await openQuiz(page, s.url);
    const third = await page.locator('#quiz-page form.quiz-card').getAttribute('data-quiz-id');
    expect(third).toBe(first); // new questions come in index order again
    await answer(page, index, third!, true);
    await page.keyboard.press('2');
    await page.locator('.study-data__file').setInputFiles({
      name: 'study.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(exported)),
    });
    await page
      .locator('.study-data__status')
      .filter({ hasText: '문제 1개의 기록을 가져왔습니다.' })
      .waitFor({ timeout: 5000 });
    const stored = await page.evaluate(
      () => JSON.parse(localStorage.getItem('garden:study:v1')!) as { cards: Record<string, { log: unknown }> },
    );
    expect(Object.keys(stored.cards).sort()).toEqual([first, second].sort());
    expect(stored.cards[first!].log).toEqual([[at(0, 12).toISOString(), 2]]);
    expect(stored.cards[second!]).toEqual(exported.cards[second!]);
    await expect(page.locator('.study-counts').textContent()).resolves.toBe('오늘 복습 2 · 새 문제 2');
    await page
      .locator('.study-data__file')
      .setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('{"hello":1}') });
    await page
      .locator('.study-data__status')
      .filter({ hasText: '가져올 복습 기록이 없습니다' })
      .waitFor({ timeout: 5000 });
    await ctx.close();
  });

  it('moves progress stored under the old position keys to the text ids, and drops unknown ids', async () => {
    const ctx = await context();
    const page = await ctx.newPage();
    await page.goto(s.url);
    const q = index.questions[1];
    await page.evaluate(
      ([was]) => {
        localStorage.setItem(
          'garden:quiz:v1',
          JSON.stringify({
            [was]: { correct: false, at: '2026-03-01T00:00:00.000Z' },
            'q-gone-1': { correct: true, at: '2026-03-01T00:00:00.000Z' },
          }),
        );
        localStorage.setItem(
          'garden:study:v1',
          JSON.stringify({
            version: 1,
            newPerDay: 20,
            totals: {},
            cards: {
              'q-00000000000000': {
                card: {
                  due: '2026-03-01T00:00:00.000Z',
                  stability: 1,
                  difficulty: 5,
                  elapsed_days: 0,
                  scheduled_days: 0,
                  learning_steps: 0,
                  reps: 1,
                  lapses: 0,
                  state: 2,
                },
                log: [['2026-03-01T00:00:00.000Z', 3]],
                tags: [],
              },
            },
          }),
        );
      },
      [q.was],
    );
    await openQuiz(page, s.url);
    const progress = await page.evaluate(() => JSON.parse(localStorage.getItem('garden:quiz:v1')!) as unknown);
    expect(progress).toEqual({ [q.id]: { correct: false, at: '2026-03-01T00:00:00.000Z' } });
    const study = await page.evaluate(() => JSON.parse(localStorage.getItem('garden:study:v1')!) as { cards: unknown });
    expect(study.cards).toEqual({});
    await page.getByLabel('보기 방식').selectOption('wrong');
    await expect(page.locator('#quiz-page form.quiz-card').getAttribute('data-quiz-id')).resolves.toBe(q.id);
    await ctx.close();
  });

  it('has no serious accessibility problems on /quiz/ while rating, in light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      // axe-core is injected as an inline script, which the site's CSP refuses: this context bypasses it.
      const ctx = await s.browser.newContext({ timezoneId: ZONE, colorScheme, bypassCSP: true });
      const page = await ctx.newPage();
      await page.goto(s.url);
      await setClock(page, at(0));
      await openQuiz(page, s.url);
      const id = await page.locator('#quiz-page form.quiz-card').getAttribute('data-quiz-id');
      await answer(page, index, id!, false);
      // Every rating button has a name; the group is labelled.
      for (const name of ['다시', '어려움', '알맞음', '쉬움'])
        await expect(page.getByRole('button', { name: new RegExp(`^${name}`) }).count()).resolves.toBe(1);
      await expect(page.getByRole('group', { name: '얼마나 잘 기억했나요?' }).count()).resolves.toBe(1);
      expect(await seriousA11yViolations(page)).toEqual([]);
      // On a 360 px phone the page does not scroll sideways (the chart is drawn at the width shown).
      await page.setViewportSize({ width: 360, height: 800 });
      await page.waitForTimeout(200);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      await ctx.close();
    }
  });
});
