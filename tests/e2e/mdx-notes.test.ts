// MDX notes in real Chromium (tests/fixtures/mdx-vault, built with the real Astro build and
// served statically): the callout is shown, the flow is a visible SVG, the quiz card answers, the
// broken note reads as plain text with its notice, and no note script runs.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useServedSite } from '../helpers/served-site.ts';
import { ROOT } from '../helpers/site.ts';

describe('MDX notes in Chromium', () => {
  const served = useServedSite('mdx-notes-e2e', { content: () => join(ROOT, 'tests/fixtures/mdx-vault') });

  const open = async (slug: string): Promise<{ page: Page; errors: string[] }> => {
    const page = await served.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${served.url}${encodeURI(slug)}/`);
    return { page, errors };
  };

  it('the callout is visible with its title and text', async () => {
    const { page, errors } = await open('mdx-컴포넌트');
    const callout = page.locator('.prose .callout[data-callout="warning"]');
    await expect(callout.isVisible()).resolves.toBe(true);
    await expect(callout.locator('.callout-title-inner').textContent()).resolves.toBe('배포 전에 확인');
    await expect(callout.getByText('이전 버전').isVisible()).resolves.toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('both <Flow> diagrams are drawn as visible SVG with their boxes', async () => {
    const { page } = await open('mdx-컴포넌트');
    const svgs = page.locator('.prose figure.flow-figure svg');
    expect(await svgs.count()).toBe(2);
    for (let i = 0; i < 2; i++) {
      const svg = svgs.nth(i);
      await expect(svg.isVisible()).resolves.toBe(true);
      const box = (await svg.boundingBox())!;
      expect(box.width).toBeGreaterThan(100);
      expect(await svg.locator('g.node').count()).toBe(3);
    }
    await expect(svgs.nth(0).locator('g.node[data-label="CDN"]').isVisible()).resolves.toBe(true);
    await page.close();
  });

  it('the <Quiz> card can be answered: wrong, then right', async () => {
    const { page, errors } = await open('mdx-컴포넌트');
    const card = page.locator('form.quiz-card');
    await expect(card.isVisible()).resolves.toBe(true);
    const check = card.getByRole('button', { name: '정답 확인' });
    await expect(check.isVisible()).resolves.toBe(true);
    const result = card.locator('.quiz-card__result');
    await card.getByLabel(/^B 데이터베이스/).check();
    await check.click();
    await expect(result.textContent()).resolves.toContain('틀렸습니다');
    await card.getByRole('button', { name: '다시 풀기' }).click();
    await card.getByLabel(/^A CDN/).check();
    await check.click();
    await expect(result.textContent()).resolves.toBe('정답입니다! (A)');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the broken note is readable as plain text under its notice', async () => {
    const { page } = await open('깨진-mdx');
    await expect(page.locator('.render-fallback-notice').isVisible()).resolves.toBe(true);
    await expect(page.locator('pre.render-fallback').textContent()).resolves.toContain('닫는 태그가 없습니다.');
    await page.close();
  });

  it('no script from a note runs', async () => {
    const { page } = await open('안전하지-않은-mdx');
    await expect(page.getByText('안쪽 글은 남습니다').isVisible()).resolves.toBe(true);
    await expect(page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).resolves.toBeUndefined();
    await page.getByText('링크', { exact: true }).click();
    await expect(page.evaluate(() => location.pathname)).resolves.toBe(encodeURI('/안전하지-않은-mdx/'));
    await page.close();
  });
});
