import { embeddedNotes } from '../lib/garden/embeds.ts';
import type { LinkIndex } from '../lib/garden/links.ts';
import type { VaultResult } from '../lib/notes/note.ts';
import type { Problem } from '../lib/report/problem.ts';
import { renderedProblems } from '../lib/vault/check-rendered.ts';
import { createRenderPool } from '../pipeline/render-pool.ts';

/**
 * Renders every note as the build does — the same worker pool, the same per-note budget, the same
 * embeds — and returns what only rendering shows: a note that overruns the budget or fails
 * (render-timeout / render-failed, with the build's own words), same-page links to a place the
 * rendered page does not have, and what the sanitizer removes from each Markdown note (the vault
 * is assembled with `htmlAfterRender`). Image sizes are left out: they change attributes, not problems.
 */
export async function renderProblems(
  result: VaultResult,
  links: LinkIndex,
  opts: { budgetMs?: number; threads?: number } = {},
): Promise<Problem[]> {
  const pool = createRenderPool({ base: '/', links, imageSizes: new Map(), fileSizes: new Map() }, opts);
  const bySlug = new Map(result.notes.map((n) => [n.slug, n]));
  const problems: Problem[][] = [];
  try {
    await Promise.all(
      result.notes.map(async (note, i) => {
        const embeds = embeddedNotes(links, note.slug, (s) => bySlug.get(s)?.body);
        const sources = [note.slug, ...embeds].map((s) => ({
          slug: s,
          body: bySlug.get(s)!.body,
          tags: bySlug.get(s)!.tags,
        }));
        const out = await pool.render({ slug: note.slug, file: note.file, body: note.body, tags: note.tags, sources });
        const found = renderedProblems(note, out.problem ? undefined : out.facts, { htmlAfterRender: true });
        problems[i] = out.problem ? [out.problem, ...found] : found;
      }),
    );
  } finally {
    await pool.close();
  }
  return problems.flat();
}
