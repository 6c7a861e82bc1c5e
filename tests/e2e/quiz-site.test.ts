import { describe, expect, it } from 'vitest';
import { useServedSite } from '../helpers/served-site.ts';

// The practice cards on the built site: seed 000's question on its note page, and /quiz/.
describe('exam questions on the built site', () => {
  const s = useServedSite('quiz-site');

  it('answers seed 000 wrongly, then rightly, on its note page', async () => {
    const page = await s.browser.newPage();
    await page.goto(`${s.url}glue-sagemaker-vpc-integration/`);
    const card = page.locator('form.quiz-card').first();
    await card.waitFor();
    // Before checking, the answer and explanations are hidden.
    await expect(card.locator('.quiz-card__answer').isVisible()).resolves.toBe(false);
    await expect(card.locator('input[type=checkbox]').count()).resolves.toBe(6);

    for (const key of ['A', 'D', 'E']) await card.locator(`input[value="${key}"]`).check();
    await card.getByRole('button', { name: '정답 확인' }).click();
    await expect(card.locator('.quiz-card__result').textContent()).resolves.toContain(
      '틀렸습니다. 정답은 B, C, F입니다.',
    );
    await expect(card.locator('li[data-key="A"] .quiz-card__verdict').textContent()).resolves.toBe('오답 · 고름');
    await expect(card.locator('li[data-key="B"] .quiz-card__verdict').textContent()).resolves.toBe(
      '정답 · 고르지 않음',
    );
    await expect(card.locator('.quiz-card__answer').isVisible()).resolves.toBe(true);
    await expect(card.locator('.quiz-card__answer').textContent()).resolves.toContain('혼동을 유발하는 오답');

    await card.getByRole('button', { name: '다시 풀기' }).click();
    for (const key of ['B', 'C', 'F']) await card.locator(`input[value="${key}"]`).check();
    await card.getByRole('button', { name: '정답 확인' }).click();
    await expect(card.locator('.quiz-card__result').textContent()).resolves.toContain('정답입니다!');
    await page.close();
  });

  it('gathers every seed question on /quiz/ from a small index, with links to the notes', async () => {
    const page = await s.browser.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.goto(`${s.url}quiz/`);
    const card = page.locator('form.quiz-card').first();
    await card.waitFor();
    await expect(page.locator('#quiz-page').textContent()).resolves.toMatch(/1 \/ 4/);
    expect(requests).toContain('/quiz/index.json');
    // Only the index is fetched, never the notes' pages.
    expect(requests.filter((p) => /^\/[^/]+\/$/.test(p) && p !== '/quiz/')).toEqual([]);
    await expect(card.locator('.quiz-card__source a').getAttribute('href')).resolves.toMatch(/^\/[^/]+\/$/);
    await page.close();
  });
});
