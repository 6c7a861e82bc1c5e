import { afterAll, beforeAll, expect } from 'vitest';
import type { Browser } from 'playwright-core';
import { buildSite, serveStatic, type BuildResult } from './site.ts';
import { launchChromium } from './browser.ts';

export interface ServedSite {
  /** The build (its output folder, logs). */
  readonly site: BuildResult;
  /** Base URL of the served build, ending in the base path. */
  readonly url: string;
  readonly browser: Browser;
}

/**
 * For a browser suite: builds a vault with the real Astro build before the tests, serves it on
 * 127.0.0.1 and launches Debian's Chromium; closes both after. Use inside a `describe`.
 */
export function useServedSite(
  name: string,
  opts: { content?: () => string; base?: string; env?: Record<string, string> } = {},
): ServedSite {
  let site: BuildResult | undefined;
  let server: { url: string; close: () => Promise<void> } | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    site = buildSite(name, { content: opts.content?.(), base: opts.base, env: opts.env });
    expect(site.status, site.stderr).toBe(0);
    server = await serveStatic(site.out, opts.base ?? '/');
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get site() {
      return site!;
    },
    get url() {
      return server!.url;
    },
    get browser() {
      return browser!;
    },
  };
}
