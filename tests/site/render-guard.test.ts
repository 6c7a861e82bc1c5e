// One note that takes too long to render must not stall the vault: it is ended at its time budget,
// reported with its path, stage and time, published as plain text, and every other note builds.
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, readHtml, writeVault, type BuildResult } from '../helpers/site.ts';

describe('a note over its render budget', () => {
  let site: BuildResult;
  beforeAll(() => {
    const longList = Array.from({ length: 20_000 }, (_, i) => `- 항목 ${i}\n`).join('\n');
    const vault = writeVault('render-guard', {
      'slow.md': `# 아주 긴 목록\n\n${longList}`,
      'a.md': '# 첫 노트\n\n[[b]]로 이어집니다.\n',
      'b.md': '# 둘째 노트\n\n```python\nprint("안녕")\n```\n',
    });
    // A 20,000-item loose list renders for many seconds; a budget of 2 s ends it early.
    site = buildSite('render-guard', { content: vault, env: { GARDEN_RENDER_BUDGET_MS: '2000' } });
  });

  it('builds, reporting the note with its path, stage and time', () => {
    expect(site.status, site.stderr + site.stdout).toBe(0);
    const log = site.stdout + site.stderr;
    expect(log).toMatch(
      /slow\.md:1:1: warning: expected the note to render within 2 s, found it still rendering after \d+\.\d s \(stage: render\); it is published as plain text/,
    );
    expect(log).toMatch(/render-timeout: 1/);
  });

  it('publishes the slow note as its own text with a notice', () => {
    const html = readHtml(site.out, '/slow/');
    expect(html).toContain('class="render-fallback-notice"');
    expect(html).toContain('- 항목 19999');
  });

  it('renders every other note in full', () => {
    expect(readHtml(site.out, '/a/')).toMatch(/<a [^>]*href="\/b\/"/);
    expect(readHtml(site.out, '/b/')).toContain('class="astro-code');
  });
});
