import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { copyVault, ROOT } from '../helpers/site.ts';
import { writeFileSync } from 'node:fs';
import { useServedSite } from '../helpers/served-site.ts';

// link previews on hover and focus, the neighbourhood graph drawn
// when scrolled into view and usable by keyboard.
function vault(): string {
  const dir = copyVault('e2e-links', join(ROOT, 'content'));
  writeFileSync(
    join(dir, 'links.md'),
    '---\ntitle: link-note\ntags: [service/glue]\n---\n# 링크 노트\n\nGlue 노트는 [[glue-sagemaker-vpc-integration|글루 통합 노트]]에 있고, 스트리밍은 [[EMR]]에서 본다.\n',
  );
  return dir;
}

describe('walking the garden in a browser', () => {
  const s = useServedSite('e2e-links', { content: vault });

  it('shows a preview of the target on hover and on keyboard focus; Escape closes it', async () => {
    const page = await s.browser.newPage();
    await page.goto(`${s.url}link-note/`);
    const link = page.locator('.prose a.internal-link', { hasText: '글루 통합 노트' });
    await link.hover();
    const pop = page.locator('#link-preview');
    await pop.waitFor({ state: 'visible' });
    await expect(pop.textContent()).resolves.toContain(
      'VPC 환경에서 AWS Glue와 SageMaker 통합을 위한 Development Endpoint 활용',
    );
    await page.keyboard.press('Escape');
    await pop.waitFor({ state: 'hidden' });

    await page.mouse.move(0, 0);
    const emr = page.locator('.prose a.internal-link', { hasText: 'EMR' });
    await emr.focus();
    await pop.waitFor({ state: 'visible' });
    await expect(pop.textContent()).resolves.toContain('실시간 스트리밍 데이터를 위한 EMR + SageMaker ML 파이프라인');
    await expect(emr.getAttribute('aria-describedby')).resolves.toBe('link-preview');
    await page.close();
  });

  it('draws the neighbourhood graph only when scrolled into view, with nodes reachable by keyboard', async () => {
    const page = await s.browser.newPage({ viewport: { width: 1000, height: 600 } });
    await page.goto(`${s.url}glue-sagemaker-vpc-integration/`);
    const frame = page.locator('.local-graph [data-lazy-graph]');
    await expect(frame.locator('svg').count()).resolves.toBe(0);
    await frame.scrollIntoViewIfNeeded();
    await frame.locator('svg').waitFor();
    const nodes = frame.locator('svg a');
    expect(await nodes.count()).toBeGreaterThan(1);
    const target = await nodes.nth(1).getAttribute('href');
    await nodes.nth(1).focus();
    expect(await page.evaluate(() => document.activeElement?.closest('svg') !== null)).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => u.pathname === target || encodeURI(decodeURI(u.pathname)) === target);
    await page.close();
  });

  it('backlinks show the sentence around the link', async () => {
    const page = await s.browser.newPage();
    await page.goto(`${s.url}glue-sagemaker-vpc-integration/`);
    const backlinks = page.locator('.note-connections');
    await expect(backlinks.textContent()).resolves.toContain('링크 노트');
    await expect(backlinks.textContent()).resolves.toContain('Glue 노트는');
    await page.close();
  });
});
