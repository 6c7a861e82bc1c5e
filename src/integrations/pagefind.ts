import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { searchPartNotes } from '../garden.config.ts';
import { SEARCH_LANGUAGE } from '../lib/korean/search-config.ts';
import { isPartDataFile, partFolder, PARTS_FILE, searchParts } from '../lib/korean/search-parts.ts';
import { searchRecordsInThread } from '../pipeline/search-records-file.ts';
import {
  copyKeptPart,
  freshIndexFolder,
  hasPagefindIndex,
  pagefindIndexKey,
  partSettings,
  publishNewIndex,
  recordPartDigests,
  restorePagefindIndex,
  type PartDigests,
} from '../pipeline/pagefind-output-cache.ts';
import type { SearchRecord } from '../lib/korean/search-records.ts';

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
 * Pagefind holds at most one part at a time. A part made of the same records as that part of the
 * kept index (src/pipeline/pagefind-output-cache.ts) is copied from it instead.
 */
async function writeIndexInParts(cacheDir: URL, folder: string, perPart: number) {
  const started = performance.now();
  const pagefind = await import('pagefind');
  const parts: PartDigests = { settings: partSettings(`${SEARCH_LANGUAGE} ${perPart}`), digests: [] };
  let count = 0;
  let copied = 0;
  let records: SearchRecord[] = [];
  let digest = createHash('sha256');
  const writePart = async () => {
    const i = parts.digests.length;
    parts.digests.push(digest.digest('base64url'));
    if (copyKeptPart(cacheDir, parts, i, folder)) copied++;
    else {
      const index = await openIndex(pagefind);
      for (const record of records) {
        const r = await index.addCustomRecord(record);
        if (r.errors.length) throw new Error(`pagefind: ${record.url}: ${r.errors.join('; ')}`);
      }
      const out = join(folder, partFolder(i));
      const written = await index.writeFiles({ outputPath: out });
      if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
      await index.deleteIndex();
      // a later part is searched through the first one's code and wasm
      if (i > 0)
        for (const name of readdirSync(out)) if (!isPartDataFile(name)) rmSync(join(out, name), { recursive: true });
    }
    records = [];
    digest = createHash('sha256');
  };
  for await (const record of searchRecordsInThread(cacheDir)) {
    records.push(record);
    digest.update(`${JSON.stringify(record)}\n`);
    if (++count % perPart === 0) await writePart();
  }
  if (records.length > 0 || parts.digests.length === 0) await writePart();
  writeFileSync(join(folder, PARTS_FILE), `${JSON.stringify(searchParts(parts.digests.length))}\n`);
  recordPartDigests(folder, parts);
  await pagefind.close();
  return { count, parts: parts.digests.length, copied, ms: performance.now() - started };
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
  let indexing: ReturnType<typeof writeIndexInParts> | null = null;
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
        const { count, parts, copied, ms } = await indexing;
        publishNewIndex(cacheDir, key, folder, out);
        const reused = copied > 0 ? ` (${copied} unchanged, copied from the last build)` : '';
        logger.info(
          `indexed ${count} notes in ${parts} ${parts === 1 ? 'part' : 'parts'}${reused} in ${Math.round(ms)} ms while pages rendered; the build waited ${Math.round(performance.now() - started)} ms for it`,
        );
      },
    },
  };
}
