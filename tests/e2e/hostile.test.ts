import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { openSettled } from '../helpers/browser.ts';
import { useServedSite } from '../helpers/served-site.ts';
import { listFiles, writeVault } from '../helpers/site.ts';
import { hostileVault, PAYLOAD_IDS } from '../fixtures/hostile/vault.ts';

// The hostile vault (tests/fixtures/hostile/vault.ts) built and used as a reader would: every page
// opened, scrolled, every interactive element hovered and clicked, search, quiz and graph used.
// Every payload calls window.__pwned(id); the test records each call. The crawl runs with the
// Content-Security-Policy bypassed, so it proves the sanitizer alone holds; the CSP is checked
// on its own at the end.

describe('a hostile vault runs no script on the site', () => {
  const s = useServedSite('e2e-hostile', { content: () => writeVault('hostile', hostileVault()) });
  const calls: string[] = [];

  async function context(opts: { bypassCSP: boolean }): Promise<BrowserContext> {
    const ctx = await s.browser.newContext({ bypassCSP: opts.bypassCSP, viewport: { width: 1000, height: 800 } });
    await ctx.exposeFunction('__pwned', (id: unknown) => {
      calls.push(String(id));
    });
    ctx.on('page', (popup) => popup.on('dialog', (d) => d.dismiss().catch(() => {})));
    return ctx;
  }

  /** Every HTML page of the build: its URL path and its file. */
  const pages = () =>
    listFiles(s.site.out)
      .filter((f) => f.endsWith('.html'))
      .map((file) => ({ path: relative(s.site.out, file).replace(/index\.html$/, ''), file }))
      .sort((a, b) => (a.path < b.path ? -1 : 1));

  /** Hover and click every interactive element of the page once (elements seen on an earlier page are skipped). */
  async function poke(page: Page, url: string, seen: Set<string>): Promise<number> {
    await openSettled(page, url);
    await page.waitForTimeout(50);
    // An alias page sends the reader on to its note (meta refresh): that note is poked on its own.
    if (page.url() !== url) return 0;
    await page
      .evaluate(async () => {
        for (let y = 0; y < document.body.scrollHeight; y += 400) {
          window.scrollTo(0, y);
          await new Promise((r) => setTimeout(r, 20));
        }
      })
      .catch(() => {});
    const selector =
      'a, button, summary, input, select, textarea, area, [onclick], [tabindex], [role=button], iframe, video, audio, svg a, label';
    const count = await page.locator(selector).count();
    let poked = 0;
    for (let i = 0; i < count; i++) {
      if (page.url() !== url) await openSettled(page, url).catch(() => {});
      const el = page.locator(selector).nth(i);
      const key = await el.evaluate((e) => e.outerHTML.slice(0, 300)).catch(() => null);
      if (key === null || seen.has(key)) continue;
      seen.add(key);
      poked++;
      await el.hover({ timeout: 500, force: true }).catch(() => {});
      await el.click({ timeout: 500, force: true, noWaitAfter: true }).catch(() => {});
      await page.waitForTimeout(30);
      await page.keyboard.press('Escape').catch(() => {});
    }
    await page.waitForLoadState('load').catch(() => {});
    return poked;
  }

  it('builds, and reports what it removed', () => {
    expect(s.site.stdout + s.site.stderr).toMatch(/unsafe-html/);
    expect(s.site.stdout + s.site.stderr).toMatch(/attachment-skipped/);
    expect(PAYLOAD_IDS.length).toBeGreaterThanOrEqual(60);
  });

  it('notices a payload that does run (control, through a page script of its own)', async () => {
    const ctx = await context({ bypassCSP: true });
    const page = await ctx.newPage();
    await page.goto(s.url);
    await page.evaluate(() => (window as unknown as { __pwned: (id: string) => Promise<void> }).__pwned('control'));
    await expect.poll(() => calls.includes('control')).toBe(true);
    calls.splice(0, calls.length);
    await ctx.close();
  });

  it('every page opened, scrolled, hovered and clicked: nothing runs', async () => {
    const ctx = await context({ bypassCSP: true });
    const page = await ctx.newPage();
    page.on('dialog', (d) => d.dismiss().catch(() => {}));
    const seen = new Set<string>();
    const list = pages();
    expect(list.length).toBeGreaterThan(10);
    let poked = 0;
    for (const { path } of list) poked += await poke(page, s.url + path, seen);
    expect(poked).toBeGreaterThan(50);
    // the attachments that would run on the site's origin
    for (const path of ['_attachments/evil.svg', '_attachments/evil.html', '_attachments/evil.js']) {
      await page.goto(s.url + path).catch(() => {});
      await page.waitForTimeout(100);
    }
    expect(calls).toEqual([]);
    await ctx.close();
  }, 900_000);

  it('search, quiz and graph used: nothing runs', async () => {
    const ctx = await context({ bypassCSP: true });
    const page = await ctx.newPage();
    await page.goto(s.url);
    for (const q of ['hostilesearchterm', 'img', 'onerror', 'script', '공격']) {
      await page.keyboard.press('/');
      const input = page.locator('dialog[open] .search-input');
      await input.waitFor();
      await input.fill(q);
      await page.waitForTimeout(600);
      const results = page.locator('dialog[open] .search-results li[role=option]');
      const n = await results.count();
      for (let i = 0; i < n; i++)
        await results
          .nth(i)
          .hover({ timeout: 500 })
          .catch(() => {});
      if (q === 'hostilesearchterm') expect(n).toBeGreaterThan(0);
      await page.keyboard.press('Escape');
    }
    for (const path of ['quiz/', 'quiz-note/', 'graph/']) {
      await page.goto(s.url + path);
      await page.waitForTimeout(300);
      for (const input of await page.locator('form.quiz-card input').all())
        await input.check({ timeout: 500, force: true }).catch(() => {});
      for (const button of await page.locator('form.quiz-card button').all())
        await button.click({ timeout: 500 }).catch(() => {});
      for (const node of (await page.locator('svg circle, svg g.node, [data-slug]').all()).slice(0, 40)) {
        await node.hover({ timeout: 300, force: true }).catch(() => {});
      }
    }
    expect(await page.goto(s.url + 'quiz-note/').then(() => page.locator('form.quiz-card').count())).toBeGreaterThan(0);
    expect(calls).toEqual([]);
    await ctx.close();
  }, 300_000);

  it('with the Content-Security-Policy on, an inline script is refused on every page', async () => {
    for (const { path, file } of pages()) {
      const html = readFileSync(file, 'utf8');
      expect(html, path).toMatch(
        /<meta http-equiv="content-security-policy" content="[^"]*(object-src|default-src) 'none'/,
      );
      expect(html, path).not.toMatch(/script-src[^;"]*'unsafe-inline'/);
    }
    const ctx = await context({ bypassCSP: false });
    const page = await ctx.newPage();
    await page.goto(s.url + 'html-1/');
    await expect(page.addScriptTag({ content: "__pwned('csp-inline')" })).rejects.toThrow(/Content Security Policy/);
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toMatch(/^(light|dark)$/);
    await ctx.close();
    expect(calls).toEqual([]);
  });
});
