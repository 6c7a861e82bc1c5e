// One note never takes the vault down: a vault of ordinary notes plus each note that used to
// crash or hang the build (deep nesting three ways, 100,000 wiki-links, a YAML
// "billion laughs" in tags and under an unknown key, a hostile attachment) is checked with
// `garden check` and built with the real Astro build: every other note is published, the bad
// note is reported. (EACCES needs a non-root user: tests/unit/vault-boundaries.test.ts.)
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, garden, writeVault } from '../helpers/site.ts';

const laughs = (key: string) => {
  const levels = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
  const lines = levels.map(
    (l, i) => `  - &${l} [${Array.from({ length: 9 }, () => (i === 0 ? '"lol"' : `*${levels[i - 1]}`)).join(',')}]`,
  );
  return `---\ntitle: ${key}-bomb\n${key}:\n${lines.join('\n')}\n  - [${Array.from({ length: 9 }, () => '*h').join(',')}]\n---\n# 폭탄 ${key}\n`;
};

const BAD: Record<string, string> = {
  'deep-list-line.md': `# 한 줄 목록\n\n${'- '.repeat(5000)}끝\n`,
  'deep-quote.md': `# 깊은 인용\n\n${'>'.repeat(5000)} 끝\n`,
  'deep-indented.md': `# 들여쓴 목록\n\n${Array.from({ length: 5000 }, (_, i) => `${' '.repeat(2 * i)}- 항목 ${i}`).join('\n')}\n`,
  'laughs-tags.md': laughs('tags'),
  'laughs-unknown.md': laughs('junk'),
};
const MANY_LINKS = `# 링크 10만 개\n\n${'[[normal-1]] '.repeat(100_000)}\n`;

const normal = Object.fromEntries(
  Array.from({ length: 20 }, (_, i) => [
    `normal-${i}.md`,
    `---\ntitle: normal-${i}\ntags: [보통]\n---\n# 보통 노트 ${i}\n\n본문 ${i}. [[normal-${(i + 1) % 20}]]\n\n- 목록\n  - 안쪽\n\n> 인용\n`,
  ]),
);

describe('one bad note never takes the vault down', () => {
  it('garden check finishes on every bad note, names each, and reports the one over the render budget', () => {
    const dir = writeVault('one-bad-check', {
      ...normal,
      ...BAD,
      'many-links.md': MANY_LINKS,
      'evil.html': '<script>x</script>',
    });
    const t0 = performance.now();
    // check renders every note as the build does, under the same per-note budget: a short budget
    // here makes the slowest note (100,000 wiki-links) the reported one instead of a minute's wait
    const r = garden(['check', dir], { GARDEN_RENDER_BUDGET_MS: '8000' });
    const ms = performance.now() - t0;
    expect(ms, 'far above the expected few seconds: guards against a blow-up only').toBeLessThan(90_000);
    const out = r.stdout + r.stderr;
    expect(r.status, out).toBe(0);
    expect(out).toMatch(
      /^many-links\.md:1:1: warning: expected the note to render within 8 s, found it still rendering after [\d.]+ s \(stage: render\)/m,
    );
    for (const f of ['deep-list-line.md', 'deep-quote.md', 'deep-indented.md'])
      expect(out).toMatch(new RegExp(`^${f}:\\d+:1: warning: expected lists and quotes nested at most 32 deep`, 'm'));
    for (const f of ['laughs-tags.md', 'laughs-unknown.md'])
      expect(out).toMatch(
        new RegExp(`^${f}:\\d+:\\d+: warning: expected front matter of plain values, found YAML aliases`, 'm'),
      );
    expect(out).toMatch(/^evil\.html:1:1: warning: expected an image, audio, video, PDF, text or document file/m);
    expect(out).toMatch(/24 notes published/);
  }, 120_000);

  it('the build finishes: every other note is published, the bad notes are reported', () => {
    const dir = writeVault('one-bad-build', { ...normal, ...BAD, 'evil.html': '<script>x</script>' });
    const t0 = performance.now();
    const site = buildSite('one-bad-build', { content: dir });
    const ms = performance.now() - t0;
    const log = site.stdout + site.stderr;
    expect(site.status, log.slice(-3000)).toBe(0);
    expect(ms).toBeLessThan(300_000);
    for (let i = 0; i < 20; i++) expect(existsSync(join(site.out, `normal-${i}/index.html`)), `normal-${i}`).toBe(true);
    for (const slug of ['deep-list-line', 'deep-quote', 'deep-indented'])
      expect(existsSync(join(site.out, `${slug}/index.html`)), slug).toBe(true);
    for (const slug of ['tags-bomb', 'junk-bomb'])
      expect(existsSync(join(site.out, `${slug}/index.html`)), slug).toBe(false);
    expect(existsSync(join(site.out, '_attachments/evil.html'))).toBe(false);
    expect(log).toMatch(/deep-nesting: 3/);
    expect(log).toMatch(/frontmatter-aliases: 2/);
    expect(log).toMatch(/23 notes published/);
  }, 400_000);
});
