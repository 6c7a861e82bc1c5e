// Sätteri or unified? Renders the same vault's note bodies with both of Astro 7's Markdown
// processors, Shiki on in both, and prints the time. Usage:
//   node bench/markdown-processors.ts VAULT_DIR
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { renderNote } from '../src/markdown/render-note.ts';
import { splitFrontmatter } from '../src/lib/frontmatter/split.ts';

const dir = process.argv[2];
if (!dir) throw new Error('usage: node bench/markdown-processors.ts VAULT_DIR');
const bodies = readdirSync(dir)
  .filter((f) => f.endsWith('.md'))
  .map((f) => splitFrontmatter(readFileSync(join(dir, f), 'utf8')).body);
const shikiConfig = {
  themes: { light: 'github-light', dark: 'github-dark' } as Record<string, 'github-light' | 'github-dark'>,
  defaultColor: false as const,
};

async function time(name: string, render: (body: string, i: number) => Promise<unknown>) {
  await render(bodies[0], 0); // warm-up: highlighter start-up is not per note
  const t0 = performance.now();
  for (let i = 0; i < bodies.length; i++) await render(bodies[i], i);
  const ms = performance.now() - t0;
  console.log(`${name.padEnd(34)} ${ms.toFixed(0).padStart(6)} ms  (${(ms / bodies.length).toFixed(2)} ms/note)`);
  return ms;
}

const satteri = await createSatteriMarkdownProcessor({ syntaxHighlight: 'shiki', shikiConfig } as never);
const unified = await createMarkdownProcessor({ syntaxHighlight: 'shiki', shikiConfig, smartypants: false });
console.log(`${bodies.length} notes from ${dir}`);
await time('satteri (no garden plugins)', (b) => satteri.render(b));
await time('unified (no garden plugins)', (b) => unified.render(b));
await time('unified + garden plugins', (b, i) => renderNote(b, { slug: `n${i}`, file: `n${i}.md`, base: '/' }));
