// the seed notes' diagrams as build-time SVG in real Chromium, light and dark, phone and desktop.
// Screenshots: /tmp/flow-light.png, /tmp/flow-dark.png (seed 000, 1280px), /tmp/flow-<note>-<theme>-<width>.png
// and, for a diagram scaled down to its column, its 크게 보기 dialog: /tmp/flow-<note>-<theme>-<width>-zoom.png.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { buildSite, serveStatic } from '../helpers/site.ts';
import { launchChromium } from '../helpers/browser.ts';

const SEEDS = {
  '000': 'glue-sagemaker-vpc-integration/',
  '001': 'aws-glue-개발-엔드포인트가-sagemaker-노트북과-함께-작동하는-방식-aws-glue/',
  '002': 'sagemaker-notebook-aws-service-account/',
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
    return {
      fill: getComputedStyle(rect).fill,
      text: getComputedStyle(text).fill,
      stroke: getComputedStyle(line).stroke,
    };
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

  it('no Mermaid JS is loaded for a build-time diagram; 원본 보기 opens the ASCII', async () => {
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

  for (const width of [360, 390, 1280]) {
    it(`every seed diagram at ${width}px: every node visible in its figure, full size when it fits, else scaled to the column with 크게 보기 showing it at full size`, async () => {
      for (const theme of ['light', 'dark'] as const) {
        for (const [name, path] of Object.entries(SEEDS)) {
          const page = await open(path, width, theme);
          const m = await page.evaluate(() => {
            const fig = document.querySelector<HTMLElement>('figure.flow-figure')!;
            const svg = fig.querySelector<SVGSVGElement>('svg')!;
            const box = svg.getBoundingClientRect();
            const scroller = svg.parentElement!;
            const cs = getComputedStyle(scroller);
            const room = scroller.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight);
            const figBox = fig.getBoundingClientRect();
            const nodes = [...svg.querySelectorAll('g.node rect')].map((r) => r.getBoundingClientRect());
            const inside = nodes.filter(
              (r) =>
                r.width > 0 &&
                r.left >= figBox.left - 0.5 &&
                r.right <= figBox.right + 0.5 &&
                r.left >= 0 &&
                r.right <= window.innerWidth,
            ).length;
            const button = fig.querySelector<HTMLButtonElement>('button[data-flow-zoom]')!;
            return {
              own: Number(svg.getAttribute('width')),
              drawn: box.width / Number(svg.getAttribute('width')),
              aspect: box.height / box.width / (Number(svg.getAttribute('height')) / Number(svg.getAttribute('width'))),
              room,
              fillsRoom: Math.abs(box.width - room) <= 1,
              nodes: nodes.length,
              inside,
              hiddenSideways: scroller.scrollWidth > scroller.clientWidth,
              pageWide: document.documentElement.scrollWidth > window.innerWidth,
              button: !button.hidden && button.getBoundingClientRect().width > 0,
            };
          });
          const where = `${name} ${theme} ${width}`;
          expect(m.nodes, where).toBeGreaterThan(1);
          expect(m.inside, where).toBe(m.nodes);
          expect(m.hiddenSideways, where).toBe(false);
          expect(m.pageWide, where).toBe(false);
          expect(m.aspect, where).toBeCloseTo(1, 2);
          if (m.own <= m.room) {
            // fits: never squeezed, no control
            expect(m.drawn, where).toBeCloseTo(1, 2);
            expect(m.button, where).toBe(false);
          } else {
            // too wide: as wide as the column, and 크게 보기 opens it at full size, by keyboard
            expect(m.drawn, where).toBeLessThan(1);
            expect(m.fillsRoom, where).toBe(true);
            expect(m.button, where).toBe(true);
            const button = page.locator('figure.flow-figure button[data-flow-zoom]').first();
            expect(await button.textContent()).toBe('크게 보기');
            await button.focus();
            await page.keyboard.press('Enter');
            const d = await page.evaluate(() => {
              const dialog = document.querySelector<HTMLDialogElement>('dialog[data-flow-dialog]')!;
              const svg = dialog.querySelector<SVGSVGElement>('svg')!;
              const ids = [...document.querySelectorAll('[id]')].map((e) => e.id);
              return {
                open: dialog.open && dialog.matches(':modal'),
                drawn: svg.getBoundingClientRect().width / Number(svg.getAttribute('width')),
                nodes: svg.querySelectorAll('g.node').length,
                duplicateIds: ids.length - new Set(ids).size,
                focusInside: dialog.contains(document.activeElement),
              };
            });
            expect(d.open, where).toBe(true);
            expect(d.drawn, where).toBeCloseTo(1, 2);
            expect(d.nodes, where).toBe(m.nodes);
            expect(d.duplicateIds, where).toBe(0);
            expect(d.focusInside, where).toBe(true);
            await page.screenshot({ path: `/tmp/flow-${name}-${theme}-${width}-zoom.png` });
            await page.keyboard.press('Escape');
            const after = await page.evaluate(() => ({
              open: document.querySelector<HTMLDialogElement>('dialog[data-flow-dialog]')!.open,
              focus: document.activeElement?.matches('button[data-flow-zoom]') ?? false,
            }));
            expect(after, where).toEqual({ open: false, focus: true });
          }
          await page
            .locator('figure.flow-figure')
            .first()
            .screenshot({ path: `/tmp/flow-${name}-${theme}-${width}.png` });
          await page.close();
        }
      }
    });
  }

  it('seed 000 is wider than the column even at 1280px, so it is scaled there too (the control is not dead code)', async () => {
    const page = await open(SEEDS['000'], 1280, 'light');
    await expect(page.locator('figure.flow-figure button[data-flow-zoom]').first().isVisible()).resolves.toBe(true);
    await page.close();
  });
});
