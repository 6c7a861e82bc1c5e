import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { writeVault } from '../helpers/site.ts';
import { useServedSite } from '../helpers/served-site.ts';

// Authors' own ```mermaid blocks: flowcharts are drawn at build time like converted flows;
// other diagram types are drawn in the browser by Mermaid's prebuilt bundle, loaded only then.
describe('mermaid blocks', () => {
  const s = useServedSite('mermaid', {
    content: () =>
      writeVault('mermaid', {
        'flowchart.md':
          '---\ntitle: flowchart\n---\n# 플로차트\n\n```mermaid\nflowchart LR\n  a["수집"] --> b["처리"]\n```\n',
        'sequence.md': `---\ntitle: sequence\n---\n# 시퀀스\n\n${'긴 문단입니다. '.repeat(400)}\n\n\`\`\`mermaid\nsequenceDiagram\n  participant 사용자\n  participant API\n  사용자->>API: 요청\n  API-->>사용자: 응답\n\`\`\`\n`,
      }),
  });

  it('publishes Mermaid’s prebuilt bundle because one page needs it', () => {
    expect(existsSync(join(s.site.out, '_mermaid/mermaid.esm.min.mjs'))).toBe(true);
  });

  it('draws a flowchart block at build time: no Mermaid JS on the page', async () => {
    const page = await s.browser.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(`${s.url}flowchart/`);
    await expect(page.locator('figure.flow-figure svg').count()).resolves.toBe(1);
    expect(requests.filter((u) => u.includes('_mermaid'))).toEqual([]);
    await page.close();
  });

  it('draws a sequence diagram in the browser only when it nears the viewport', async () => {
    const page = await s.browser.newPage({ viewport: { width: 1000, height: 700 } });
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(`${s.url}sequence/`);
    await page.waitForTimeout(300);
    expect(requests.filter((u) => u.includes('_mermaid'))).toEqual([]);
    await expect(page.locator('figure[data-mermaid] pre.mermaid-source').textContent()).resolves.toContain(
      'sequenceDiagram',
    );
    await page.locator('figure[data-mermaid]').scrollIntoViewIfNeeded();
    await page.locator('figure[data-mermaid] svg').first().waitFor({ timeout: 20_000 });
    expect(requests.some((u) => u.includes('_mermaid/mermaid.esm.min.mjs'))).toBe(true);
    await expect(page.locator('figure[data-mermaid] svg').first().textContent()).resolves.toContain('요청');
    await page.close();
  });
});
