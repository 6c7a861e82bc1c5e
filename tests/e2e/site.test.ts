import { describe, expect, it } from 'vitest';
import { useServedSite } from '../helpers/served-site.ts';
import { seriousA11yViolations } from '../helpers/browser.ts';

describe('the garden in a real browser', () => {
  const s = useServedSite('e2e-site');

  it('opens the home page, follows a link to a note and reads its Korean title', async () => {
    const page = await s.browser.newPage();
    await page.goto(s.url);
    await expect(page.title()).resolves.toBe('공부 노트 정원');
    await page
      .getByRole('link', { name: '실시간 스트리밍 데이터를 위한 EMR + SageMaker ML 파이프라인' })
      .first()
      .click();
    await page.waitForURL(/streaming-emr-sagemaker-pipeline/);
    await expect(page.locator('h1').textContent()).resolves.toBe(
      '실시간 스트리밍 데이터를 위한 EMR + SageMaker ML 파이프라인',
    );
    await page.close();
  });

  it('switches theme with the toggle, remembers it across pages, with no flash of the other theme', async () => {
    const context = await s.browser.newContext({ colorScheme: 'light' });
    const page = await context.newPage();
    await page.goto(`${s.url}glue-sagemaker-vpc-integration/`);
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
    const bgLight = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await page.click('[data-theme-toggle]');
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    const bgDark = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(bgDark).not.toBe(bgLight);
    expect(await page.getAttribute('[data-theme-toggle]', 'aria-pressed')).toBe('true');
    // The choice is applied before first paint on the next page: the theme is set by the inline head script.
    await page.goto(s.url);
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await context.close();
  });

  it('follows the system theme until the reader chooses', async () => {
    const context = await s.browser.newContext({ colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto(s.url);
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await context.close();
  });

  it('is navigable by keyboard: skip link first, then the header', async () => {
    const page = await s.browser.newPage();
    await page.goto(`${s.url}glue-sagemaker-vpc-integration/`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('본문으로 건너뛰기');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => location.hash)).toBe('#main');
    await page.close();
  });

  it('opens search with Ctrl+K and finds a note by a particle-attached Korean query', async () => {
    const page = await s.browser.newPage();
    await page.goto(`${s.url}glue-sagemaker-vpc-integration/`);
    await page.keyboard.press('Control+k');
    const input = page.locator('dialog .search-input');
    await input.waitFor();
    await input.fill('스토리지를');
    const first = page.locator('dialog .search-results li').first();
    await first.waitFor({ timeout: 10_000 });
    await expect(first.locator('.result-title').textContent()).resolves.toContain('스토리지');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL(/sagemaker-preprocessing-distributed-storage/);
    await page.close();
  });

  for (const [name, path] of [
    ['home', ''],
    ['note', 'glue-sagemaker-vpc-integration/'],
    ['tags', 'tags/service/'],
    ['aliases', 'aliases/'],
  ] as const) {
    for (const theme of ['light', 'dark'] as const) {
      it(`has no serious or critical accessibility violations: ${name} (${theme})`, async () => {
        // axe is injected as an inline script, which the site's Content-Security-Policy blocks.
        const context = await s.browser.newContext({ colorScheme: theme, bypassCSP: true });
        const page = await context.newPage();
        await page.goto(s.url + path);
        expect(await seriousA11yViolations(page)).toEqual([]);
        await context.close();
      });
    }
  }

  it('reads well on a 360 px phone: no horizontal scrolling of the page', async () => {
    const context = await s.browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    for (const path of ['', 'glue-sagemaker-vpc-integration/', 'streaming-emr-sagemaker-pipeline/', 'tags/']) {
      await page.goto(s.url + path);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
    await context.close();
  });
});
