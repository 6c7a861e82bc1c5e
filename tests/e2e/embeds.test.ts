import { describe, expect, it } from 'vitest';
import { writeVault } from '../helpers/site.ts';
import { useServedSite } from '../helpers/served-site.ts';

// Embeds in a real browser: the embedded text is shown in its frame on a phone and a desktop,
// in both themes, without widening the page; the caption leads to the source note.
function vault(): string {
  return writeVault('e2e-embeds', {
    'source.md': `# 원본 노트

원본 본문은 [[#둘째 절]]로 이어진다.

## 둘째 절

\`\`\`
${'아주 긴 코드 줄 '.repeat(30)}
\`\`\`

| 열 하나 | 열 둘 | 열 셋 | 열 넷 | 열 다섯 | 열 여섯 |
| --- | --- | --- | --- | --- | --- |
| ${'긴칸'.repeat(10)} | b | c | d | e | f |

마지막 문장. ^last
`,
    'host.md': `---
title: 포함하는 노트
---
앞 문단.

![[원본 노트]]

![[source#둘째 절]]

![[source#^last]]

![[clip.mp4]]

![[doc.pdf]]

## 끝

끝.
`,
    'clip.mp4': new Uint8Array([0, 0, 0, 0x18, 0x66, 0x74, 0x79, 0x70, 0x6d, 0x70, 0x34, 0x32]),
    'doc.pdf': '%PDF-1.4\n%%EOF\n',
  });
}

describe('embeds in a browser', () => {
  const s = useServedSite('e2e-embeds', { content: vault });

  for (const width of [360, 1280]) {
    for (const colorScheme of ['light', 'dark'] as const) {
      it(`shows the embedded text inside its frame at ${width}px (${colorScheme}), without widening the page`, async () => {
        const page = await s.browser.newPage({ viewport: { width, height: 800 }, colorScheme });
        await page.goto(`${s.url}host/`);
        const frames = page.locator('figure.note-embed');
        await expect(frames.count()).resolves.toBe(3);
        await expect(frames.nth(0).textContent()).resolves.toContain('원본 본문은');
        await expect(frames.nth(2).textContent()).resolves.toContain('마지막 문장.');
        for (let i = 0; i < 3; i++) {
          const box = (await frames.nth(i).boundingBox())!;
          expect(box.width).toBeGreaterThan(200);
          expect(box.x + box.width).toBeLessThanOrEqual(width);
        }
        // wide code and tables scroll inside the frame; the page itself never scrolls sideways
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
        const video = (await page.locator('video.embed-video').boundingBox())!;
        expect(video.x + video.width).toBeLessThanOrEqual(width);
        await expect(page.locator('a.pdf-embed').textContent()).resolves.toContain('PDF 열기');
        // the caption is readable in this theme: its colour differs from the frame's background
        const colours = await frames.nth(0).evaluate((f) => {
          const a = f.querySelector('figcaption a')!;
          return [getComputedStyle(a).color, getComputedStyle(f).backgroundColor];
        });
        expect(colours[0]).not.toBe(colours[1]);
        await page.close();
      });
    }
  }

  it('the caption links to the source note', async () => {
    const page = await s.browser.newPage();
    await page.goto(`${s.url}host/`);
    await page.locator('figure.note-embed figcaption a').first().click();
    await page.waitForURL((u) => u.pathname.endsWith('/source/'));
    await expect(page.locator('h1').textContent()).resolves.toBe('원본 노트');
    await page.close();
  });
});
