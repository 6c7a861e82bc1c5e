// Obsidian syntax as a reader sees it in real Chromium: folded callouts open on click (no script),
// MathML is drawn, highlights and callouts follow the theme, a #^block-id link lands on its block,
// and nothing overflows a phone screen. Screenshots: /tmp/obsidian-<theme>-<width>.png.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { buildSite, serveStatic, writeVault } from '../helpers/site.ts';
import { launchChromium } from '../helpers/browser.ts';
import { OBSIDIAN_VAULT } from '../fixtures/obsidian-vault.ts';

const NOTE = '오브시디언-문법/';
let browser: Browser;
let server: { url: string; close: () => Promise<void> };

beforeAll(async () => {
  const r = buildSite('obsidian-e2e', { content: writeVault('obsidian-e2e', OBSIDIAN_VAULT) });
  if (r.status !== 0) throw new Error(r.stderr || r.stdout);
  server = await serveStatic(r.out);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path: string, width: number, theme: 'light' | 'dark'): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  await context.addInitScript((t) => localStorage.setItem('garden:theme', t), theme);
  const page = await context.newPage();
  await page.goto(server.url + path);
  return page;
}

describe('Obsidian syntax in Chromium', () => {
  it('a folded callout opens on a click on its title; an open one starts open', async () => {
    const page = await open(NOTE, 1280, 'light');
    const faq = page.locator('details.callout[data-callout="faq"]');
    const answer = faq.locator(':scope > .callout-content > p').first();
    await expect(answer.isVisible()).resolves.toBe(false);
    await faq.locator(':scope > summary').click();
    await expect(answer.isVisible()).resolves.toBe(true);
    await expect(
      page.locator('details.callout[data-callout="todo"]').evaluate((d) => (d as HTMLDetailsElement).open),
    ).resolves.toBe(true);
    await page.context().close();
  });

  it('math is drawn as MathML: the display formula is a block wider and taller than the inline one', async () => {
    const page = await open(NOTE, 1280, 'light');
    const inline = (await page.locator('.math-inline math').first().boundingBox())!;
    const display = (await page.locator('.math-display math').first().boundingBox())!;
    expect(inline.width).toBeGreaterThan(20);
    expect(inline.height).toBeGreaterThan(8);
    expect(display.height).toBeGreaterThan(inline.height);
    expect(
      await page.evaluate(() => document.querySelectorAll('script[src*="katex"], link[href*="katex"]').length),
    ).toBe(0);
    await page.context().close();
  });

  it('callouts, highlights and task states follow the theme', async () => {
    const look = async (theme: 'light' | 'dark') => {
      const page = await open(NOTE, 1280, theme);
      const out = await page.evaluate(() => {
        const css = (sel: string) => getComputedStyle(document.querySelector(sel)!);
        return {
          body: getComputedStyle(document.body).backgroundColor,
          callout: css('.callout[data-callout="note"]').borderLeftColor,
          calloutBg: css('.callout[data-callout="note"]').backgroundColor,
          mark: css('mark.highlight').backgroundColor,
          task: css('.task-state.task-question').color,
          cancelled: css('li.task-cancelled').textDecorationLine,
        };
      });
      await page.screenshot({ path: `/tmp/obsidian-${theme}-1280.png`, fullPage: true });
      await page.context().close();
      return out;
    };
    const light = await look('light');
    const dark = await look('dark');
    for (const k of ['body', 'callout', 'calloutBg', 'mark', 'task'] as const) expect(dark[k], k).not.toBe(light[k]);
    expect(light.mark).not.toBe(light.body);
    expect(light.cancelled).toBe('line-through');
  });

  it('an inline #tag reads as written, with one #', async () => {
    const page = await open('이웃/', 1280, 'light');
    const tag = page.locator('.prose a.inline-tag').first();
    await expect(tag.textContent()).resolves.toBe('#이웃태그');
    const marker = await tag.evaluate((el) => getComputedStyle(el, '::before').content);
    expect(marker).toBe('none');
    await page.context().close();
  });

  it('a #^block-id link lands on its block', async () => {
    const page = await open(`${NOTE}#^list-id`, 1280, 'light');
    const target = await page.evaluate(() => document.querySelector(':target')?.id ?? null);
    expect(target).toBe('^list-id');
    // The page scrolls smoothly (unless reduced motion is asked for), so the block reaches the
    // viewport a moment after load; poll until it has landed instead of reading the first frame.
    const top = () =>
      page
        .locator('[id="^list-id"]')
        .boundingBox()
        .then((b) => b?.y ?? -1);
    await expect.poll(top, { timeout: 5000 }).toBeGreaterThanOrEqual(0);
    await expect.poll(top, { timeout: 5000 }).toBeLessThan(900);
    await page.context().close();
  });

  it('nothing overflows a 360 px screen, light or dark', async () => {
    for (const theme of ['light', 'dark'] as const) {
      const page = await open(NOTE, 360, theme);
      const over = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(over, theme).toBeLessThanOrEqual(0);
      await page.screenshot({ path: `/tmp/obsidian-${theme}-360.png`, fullPage: true });
      await page.context().close();
    }
  });
});
