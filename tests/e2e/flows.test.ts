// Issue 4: the seed notes' diagrams as build-time SVG in real Chromium, light and dark, phone and desktop.
// Screenshots: /tmp/flow-light.png, /tmp/flow-dark.png (seed 000, 1280px) and /tmp/flow-<note>-<theme>-<width>.png.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { buildSite, serveStatic } from '../helpers/site.ts';
import { launchChromium } from '../helpers/browser.ts';

const SEEDS = {
  '000': 'glue-sagemaker-vpc-integration/',
  '001': 'aws-glue-개발-엔드포인트가-sagemaker-노트북과-함께-작동하는-방식-aws-glue/',
  '003': 'streaming-emr-sagemaker-pipeline/',
  '004': 'sagemaker-preprocessing-distributed-storage/',
};

let browser: Browser;
let server: { url: string; close: () => Promise<void> };

beforeAll(async () => {
  const r = buildSite('flows-e2e');
  if (r.status !== 0) throw new Error(r.stderr || r.stdout);
  server = await serveStatic(r.out);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path: string, width: number, theme: 'light' | 'dark'): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: theme });
  await page.goto(server.url + path);
  return page;
}

const colours = (page: Page) =>
  page.evaluate(() => {
    const rect = document.querySelector('figure.flow-figure svg g.node rect')!;
    const text = document.querySelector('figure.flow-figure svg g.node text')!;
    const line = document.querySelector('figure.flow-figure svg .edge')!;
    return { fill: getComputedStyle(rect).fill, text: getComputedStyle(text).fill, stroke: getComputedStyle(line).stroke };
  });

describe('flow diagrams in Chromium', () => {
  it('seed 000 shows its diagram as SVG, themed by CSS variables: the toggle changes its colours', async () => {
    const page = await open(SEEDS['000'], 1280, 'light');
    const svg = page.locator('figure.flow-figure svg').first();
    await expect(svg.isVisible()).resolves.toBe(true);
    const box = (await svg.boundingBox())!;
    expect(box.width).toBeGreaterThan(100);
    expect(box.height).toBeGreaterThan(100);
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
    const light = await colours(page);
    // drawn, not black-on-nothing: var() in presentation attributes resolved
    expect(light.text).not.toBe('rgb(0, 0, 0)');
    expect(light.stroke).not.toBe('none');
    await page.locator('figure.flow-figure').first().screenshot({ path: '/tmp/flow-light.png' });
    await page.click('[data-theme-toggle]');
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    const dark = await colours(page);
    expect(dark.fill).not.toBe(light.fill);
    expect(dark.text).not.toBe(light.text);
    expect(dark.stroke).not.toBe(light.stroke);
    await page.locator('figure.flow-figure').first().screenshot({ path: '/tmp/flow-dark.png' });
    await page.close();
  });

  it('no JS is loaded for a build-time diagram; 원본 보기 opens the ASCII', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(r.url());
    });
    await page.goto(server.url + SEEDS['003']);
    await page.locator('figure.flow-figure').scrollIntoViewIfNeeded();
    await page.waitForLoadState('networkidle');
    expect(scripts.filter((s) => /mermaid|MermaidLoader/i.test(s))).toEqual([]);
    const pre = page.locator('figure.flow-figure details pre');
    await expect(pre.isVisible()).resolves.toBe(false);
    await page.locator('figure.flow-figure summary').focus();
    await page.keyboard.press('Enter');
    await expect(pre.isVisible()).resolves.toBe(true);
    expect(await pre.textContent()).toContain('Kinesis Data Streams');
    await page.close();
  });

  for (const width of [390, 1280]) {
    it(`every seed diagram at ${width}px: readable size (never squeezed), scrolls inside its figure, page does not scroll sideways`, async () => {
      for (const theme of ['light', 'dark'] as const) {
        for (const [name, path] of Object.entries(SEEDS)) {
          const page = await open(path, width, theme);
          const m = await page.evaluate(() => {
            const svg = document.querySelector<SVGSVGElement>('figure.flow-figure svg')!;
            const box = svg.getBoundingClientRect();
            const scroller = svg.parentElement!;
            return {
              drawn: box.width / Number(svg.getAttribute('width')),
              scrolls: scroller.scrollWidth > scroller.clientWidth,
              pageWide: document.documentElement.scrollWidth > window.innerWidth,
              overflow: getComputedStyle(scroller).overflowX,
            };
          });
          expect(m.drawn, `${name} ${theme}`).toBeCloseTo(1, 2);
          expect(m.overflow).toBe('auto');
          expect(m.pageWide, `${name} ${theme} ${width}`).toBe(false);
          await page.locator('figure.flow-figure').first().screenshot({ path: `/tmp/flow-${name}-${theme}-${width}.png` });
          await page.close();
        }
      }
    });
  }
});
