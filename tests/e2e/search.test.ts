// In a real browser, on the seed build: the search dialog and the /search/ page. The index is built
// in parts of two notes, so every search here is Pagefind's merge of three indexes, as on a large garden.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useServedSite } from '../helpers/served-site.ts';

const NOTE = 'glue-sagemaker-vpc-integration/';

describe('search in a real browser', () => {
  const s = useServedSite('e2e-search', { env: { GARDEN_SEARCH_PART_NOTES: '2' } });

  const results = (page: Page) => page.locator('dialog .search-results li[role=option]');

  async function openWith(page: Page, key: string) {
    await page.keyboard.press(key);
    const input = page.locator('dialog[open] .search-input');
    await input.waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('search-input'))).toBe(true);
    return input;
  }

  it('loads the search code and the index only when search is opened', async () => {
    const page = await s.browser.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(s.url + NOTE);
    await page.waitForLoadState('networkidle');
    expect(requests.filter((u) => u.includes('/pagefind/'))).toEqual([]);
    const before = requests.length;
    await openWith(page, '/');
    await expect.poll(() => requests.slice(before).some((u) => u.endsWith('/pagefind/pagefind.js'))).toBe(true);
    expect(
      requests.slice(before).some((u) => /\/_astro\/[^/]+\.js$/.test(u)),
      'the dialog code is a lazily loaded chunk',
    ).toBe(true);
    await page.close();
  });

  it('opens with / and with Ctrl+K; 노트북에서 shows titles, a date, tags and a highlighted excerpt', async () => {
    const page = await s.browser.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.goto(s.url + NOTE);
    await openWith(page, '/');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('dialog[open]').count()).toBe(0);
    const input = await openWith(page, 'Control+k');
    await input.pressSequentially('노트북에서');
    await expect.poll(() => results(page).count(), { timeout: 10_000 }).toBeGreaterThanOrEqual(3);
    const first = results(page).first();
    expect((await first.locator('.result-title').textContent())?.trim()).toMatch(/[\uac00-\ud7a3]/u);
    expect(await first.locator('.result-date').textContent()).toMatch(/^\d{4}년 \d{1,2}월 \d{1,2}일$/);
    // the note with front matter (000) carries its tags in the result
    const tagged = results(page).filter({ hasText: 'VPC 환경에서' });
    // as the reader sees it: the stylesheet's `#` and the tag, one `#` only
    const shown = await tagged
      .locator('.result-meta .tag')
      .evaluateAll((els) =>
        els.map((el) => getComputedStyle(el, '::before').content.replace(/^"|"$/g, '') + el.textContent),
      );
    expect(shown).toContain('#service/glue');
    expect(shown.every((t) => !t.startsWith('##'))).toBe(true);
    const marks = await first.locator('.result-excerpt mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    expect(marks[0]).toContain('노트북');
    // the results come from more than one part of the index, and the wasm is fetched once
    const fragmentsFrom = (p: string) => /^\/pagefind\/(part-\d+\/)?fragment\//.exec(p)?.[0];
    const parts = new Set(requests.map(fragmentsFrom).filter(Boolean));
    expect(parts.size, [...parts].join(' ')).toBeGreaterThanOrEqual(2);
    expect(
      requests.filter((p) => p.includes('/pagefind/') && p.endsWith('.pagefind') && p.includes('wasm')),
    ).toHaveLength(1);
    await page.close();
  });

  it('shows results while a Hangul syllable is still being composed (IME)', async () => {
    const page = await s.browser.newPage();
    await page.goto(s.url + NOTE);
    const input = await openWith(page, 'Control+k');
    await page.evaluate(() => {
      const w = window as unknown as { composingInputs: number };
      w.composingInputs = 0;
      document.querySelector('dialog .search-input')!.addEventListener('input', (e) => {
        if ((e as InputEvent).isComposing) w.composingInputs++;
      });
    });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Input.insertText', { text: '스토' });
    // 리 then 지 typed through the IME: ㄹ → 리, ㅈ → 지, not committed yet
    for (const text of ['ㄹ', '리'])
      await cdp.send('Input.imeSetComposition', { text, selectionStart: 1, selectionEnd: 1 });
    await cdp.send('Input.insertText', { text: '리' });
    for (const text of ['ㅈ', '지'])
      await cdp.send('Input.imeSetComposition', { text, selectionStart: 1, selectionEnd: 1 });
    expect(await input.inputValue()).toBe('스토리지');
    expect(
      await page.evaluate(() => (window as unknown as { composingInputs: number }).composingInputs),
    ).toBeGreaterThan(0);
    await expect
      .poll(() => results(page).first().locator('.result-title').textContent(), { timeout: 10_000 })
      .toContain('스토리지');
    await cdp.send('Input.insertText', { text: '지' }); // commit
    await expect.poll(() => results(page).first().locator('.result-title').textContent()).toContain('스토리지');
    await page.close();
  });

  it('ArrowDown + Enter opens the result at a text fragment that is on the page', async () => {
    const page = await s.browser.newPage();
    await page.goto(s.url + NOTE);
    const input = await openWith(page, 'Control+k');
    // 001 writes 엔드포인트가/를/에/에서/의 but never 엔드포인트는: the typed form is not on the page
    await input.pressSequentially('엔드포인트는');
    await expect.poll(() => results(page).count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await page.keyboard.press('ArrowDown');
    const href = await page.locator('dialog .search-results li[aria-selected=true] a').getAttribute('href');
    expect(href).toMatch(/#:~:text=/);
    const fragment = decodeURIComponent(href!.split('#:~:text=')[1]);
    expect(fragment.startsWith('엔드포인트')).toBe(true);
    expect(fragment).not.toBe('엔드포인트는');
    const target = new URL(href!, s.url).pathname;
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => u.pathname === target);
    await page.waitForLoadState('domcontentloaded');
    const text = await page.evaluate(() => document.querySelector('main')?.innerText ?? '');
    expect(text).toContain(fragment); // the word as written on the page, so the browser can scroll to it
    expect(text).not.toContain('엔드포인트는');
    await page.close();
  });

  it('narrows results with the tag filter', async () => {
    const page = await s.browser.newPage();
    await page.goto(s.url + NOTE);
    const input = await openWith(page, 'Control+k');
    await input.pressSequentially('SageMaker');
    await expect.poll(() => results(page).count(), { timeout: 10_000 }).toBe(5);
    const select = page.locator('dialog .search-tag');
    expect(await select.locator('option').count()).toBe(1); // the tag list loads when the box is reached
    await select.focus();
    await expect.poll(() => select.locator('option').count()).toBeGreaterThan(1);
    await select.selectOption('storage/efs');
    await expect.poll(() => results(page).count()).toBe(1);
    const shown = await results(page)
      .first()
      .locator('.result-meta .tag')
      .evaluateAll((els) =>
        els.map((el) => getComputedStyle(el, '::before').content.replace(/^"|"$/g, '') + el.textContent),
      );
    expect(shown).toContain('#storage/efs');
    await page.close();
  });

  it('/search/?q=스토리지 shows results on load', async () => {
    const page = await s.browser.newPage();
    await page.goto(`${s.url}search/?q=${encodeURIComponent('스토리지')}`);
    expect(await page.locator('#search-page-ui .search-input').inputValue()).toBe('스토리지');
    const first = page.locator('#search-page-ui .search-results li[role=option]').first();
    await first.waitFor({ timeout: 10_000 });
    expect(await first.locator('.result-title').textContent()).toContain('스토리지');
    await page.close();
  });

  it('does not find words that only appear in an exam explanation (혼동을)', async () => {
    const page = await s.browser.newPage();
    await page.goto(s.url + NOTE);
    expect(await page.content()).toContain('혼동을'); // it is on the page, behind the reveal
    const input = await openWith(page, 'Control+k');
    await input.pressSequentially('혼동을');
    await expect
      .poll(() => page.locator('dialog .search-status').textContent(), { timeout: 10_000 })
      .toContain('결과가 없습니다');
    expect(await results(page).count()).toBe(0);
    await page.close();
  });
});
