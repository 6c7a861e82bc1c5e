// `garden check` renders every note as the build does: a note over the render budget is reported
// with its path, stage and time, and same-page links the rendered page cannot place are reported
// where they are written, in the words the page shows.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ko } from '../../src/i18n/ko.ts';

let dir: string;
let run: (args: string[]) => Promise<number>;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'garden-check-render-'));
  const longList = Array.from({ length: 20_000 }, (_, i) => `- 항목 ${i}\n`).join('\n');
  writeFileSync(join(dir, 'slow.md'), `# 아주 긴 목록\n\n${longList}`);
  writeFileSync(
    join(dir, 'anchors.md'),
    '---\ntitle: 앵커\n---\n## 있는 제목\n\n[가기](#있는-제목) 그리고 [빠진 곳](#부록)\n\n다시 [또](#부록), [[#없는 제목]]\n',
  );
  writeFileSync(join(dir, 'ok.md'), '# 보통 노트\n\n[[anchors]]\n');
  // the budget is read when the pool's module loads
  process.env.GARDEN_RENDER_BUDGET_MS = '1500';
  ({ run } = await import('../../src/cli/verbs/check.ts'));
});

afterAll(() => {
  delete process.env.GARDEN_RENDER_BUDGET_MS;
  rmSync(dir, { recursive: true, force: true });
});

afterEach(() => vi.restoreAllMocks());

async function check(args: string[]) {
  const out: string[] = [];
  vi.spyOn(console, 'log').mockImplementation((...a) => void out.push(a.join(' ')));
  vi.spyOn(console, 'error').mockImplementation(() => {});
  const code = await run(args);
  return { code, out: out.join('\n') };
}

describe('garden check renders notes', () => {
  it('reports a slow note (path, stage, time) and each same-page link to a missing place', async () => {
    const { code, out } = await check([dir]);
    expect(code).toBe(0);
    expect(out).toMatch(
      /^slow\.md:1:1: warning: expected the note to render within 1\.5 s, found it still rendering after \d+\.\d s \(stage: render\); it is published as plain text/m,
    );
    // front matter is 3 lines: the body's line 3 is the file's line 6
    expect(out).toContain(
      `anchors.md:6:18: warning: [빠진 곳](#부록): note "앵커" has no heading or id "부록"; it links to the top of the note, marked "${ko.missingHeadingLink('부록')}"`,
    );
    expect(out).toContain('anchors.md:8:4: warning: [또](#부록)');
    // the wiki-link form is reported once, by the link check
    expect(out.split('\n').filter((l) => l.includes('없는 제목'))).toHaveLength(1);
    expect(out).not.toContain('#있는-제목');
  }, 60_000);

  it('--no-render checks the Markdown only', async () => {
    const { out } = await check([dir, '--no-render']);
    expect(out).not.toContain('render-timeout');
    expect(out).not.toContain('(stage: render)');
    expect(out).not.toContain('#부록');
    expect(out).toContain('[[#없는 제목]]');
  });
});
