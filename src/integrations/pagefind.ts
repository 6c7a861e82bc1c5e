import type { AstroIntegration } from 'astro';
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { searchPartNotes } from '../garden.config.ts';
import { SEARCH_LANGUAGE } from '../lib/korean/search-config.ts';
import { isPartDataFile, partFolder, PARTS_FILE, searchParts } from '../lib/korean/search-parts.ts';
import { searchRecordsInThread } from '../pipeline/search-records-file.ts';
import {
  freshIndexFolder,
  hasPagefindIndex,
  pagefindIndexKey,
  publishNewIndex,
  restorePagefindIndex,
} from '../pipeline/pagefind-output-cache.ts';

type Pagefind = typeof import('pagefind');
type PagefindIndex = NonNullable<Awaited<ReturnType<Pagefind['createIndex']>>['index']>;

async function openIndex(pagefind: Pagefind): Promise<PagefindIndex> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: SEARCH_LANGUAGE });
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  return index;
}

/**
 * Writes the search index into `folder` in parts of `perPart` notes (src/lib/korean/search-parts.ts):
 * each part is written and dropped from Pagefind's memory before the next one is filled, so
 * Pagefind holds at most one part at a time.
 */
async function writeIndexInParts(cacheDir: URL, folder: string, perPart: number) {
  const started = performance.now();
  const pagefind = await import('pagefind');
  let index: PagefindIndex | null = null;
  let count = 0;
  let parts = 0;
  const writePart = async (part: PagefindIndex) => {
    const out = join(folder, partFolder(parts));
    const written = await part.writeFiles({ outputPath: out });
    if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
    await part.deleteIndex();
    // a later part is searched through the first one's code and wasm
    if (parts > 0)
      for (const name of readdirSync(out)) if (!isPartDataFile(name)) rmSync(join(out, name), { recursive: true });
    parts++;
  };
  for await (const record of searchRecordsInThread(cacheDir)) {
    index ??= await openIndex(pagefind);
    const r = await index.addCustomRecord(record);
    if (r.errors.length) throw new Error(`pagefind: ${record.url}: ${r.errors.join('; ')}`);
    if (++count % perPart === 0) {
      await writePart(index);
      index = null;
    }
  }
  if (index || parts === 0) await writePart(index ?? (await openIndex(pagefind)));
  writeFileSync(join(folder, PARTS_FILE), `${JSON.stringify(searchParts(parts))}\n`);
  await pagefind.close();
  return { count, parts, ms: performance.now() - started };
}

/**
 * The search index, built by Pagefind from one record per note (its text, metadata fields and tag
 * filter; see src/lib/korean/search-records.ts), made in a worker thread from what the content
 * loader kept. The thread and Pagefind's own process work on the second core while Astro bundles
 * and renders the pages; the index is written in parts into Astro's cache folder as it is made and
 * copied to `<out>/pagefind/` once the build is done. No page HTML is read: site pages (home,
 * tags, graph, quiz) are never indexed, and excerpts hold note text only. When the records are
 * made of what the last index was made from (same digest, same Pagefind version, language and
 * part size), that index, kept in the cache folder, is published instead and Pagefind does not run.
 */
export function pagefindIntegration(): AstroIntegration {
  let cacheDir: URL;
  let indexing: Promise<{ count: number; parts: number; ms: number }> | null = null;
  let folder = '';
  let key: string | null = null;
  let kept = false;
  return {
    name: 'garden-pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = config.cacheDir;
      },
      'astro:build:start': () => {
        const perPart = searchPartNotes();
        key = pagefindIndexKey(cacheDir, `${SEARCH_LANGUAGE} ${perPart}`);
        kept = key !== null && hasPagefindIndex(cacheDir, key);
        if (kept) return;
        folder = freshIndexFolder(cacheDir);
        indexing = writeIndexInParts(cacheDir, folder, perPart);
        // reported when the build is done; never an unhandled rejection in between
        indexing.catch(() => {});
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = join(fileURLToPath(dir), 'pagefind');
        if (kept && key && restorePagefindIndex(cacheDir, key, out)) {
          logger.info('search records unchanged: published the index kept from the last build');
          return;
        }
        if (!indexing) throw new Error('pagefind: the search index was never started');
        const started = performance.now();
        const { count, parts, ms } = await indexing;
        publishNewIndex(cacheDir, key, folder, out);
        logger.info(
          `indexed ${count} notes in ${parts} ${parts === 1 ? 'part' : 'parts'} in ${Math.round(ms)} ms while pages rendered; the build waited ${Math.round(performance.now() - started)} ms for it`,
        );
      },
    },
  };
}
