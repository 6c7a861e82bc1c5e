import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SEARCH_LANGUAGE } from '../lib/korean/search-config.ts';
import { searchRecordsInThread } from '../pipeline/search-records-file.ts';
import {
  hasPagefindIndex,
  pagefindIndexKey,
  restorePagefindIndex,
  savePagefindIndex,
} from '../pipeline/pagefind-output-cache.ts';

type PagefindIndex = NonNullable<Awaited<ReturnType<typeof import('pagefind').createIndex>>['index']>;

/**
 * The search index, built by Pagefind from one record per note (its text, metadata fields and tag
 * filter; see src/lib/korean/search-records.ts), made in a worker thread from what the content
 * loader kept. The thread and Pagefind's own process work on the second core while Astro bundles
 * and renders the pages; the index is
 * written to `<out>/pagefind/` once the build is done. No page HTML is read: site pages (home,
 * tags, graph, quiz) are never indexed, and excerpts hold note text only. When the records are
 * made of what the last index was made from (same digest, same Pagefind version and language), that
 * index, kept in Astro's cache folder, is published instead and Pagefind does not run.
 */
export function pagefindIntegration(): AstroIntegration {
  let cacheDir: URL;
  let indexing: Promise<{ index: PagefindIndex; count: number; ms: number }> | null = null;
  let key: string | null = null;
  let kept = false;
  return {
    name: 'garden-pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = config.cacheDir;
      },
      'astro:build:start': () => {
        key = pagefindIndexKey(cacheDir, SEARCH_LANGUAGE);
        kept = key !== null && hasPagefindIndex(cacheDir, key);
        if (kept) return;
        indexing = (async () => {
          const started = performance.now();
          const pagefind = await import('pagefind');
          const { index, errors } = await pagefind.createIndex({ forceLanguage: SEARCH_LANGUAGE });
          if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
          let count = 0;
          for await (const record of searchRecordsInThread(cacheDir)) {
            const r = await index.addCustomRecord(record);
            if (r.errors.length) throw new Error(`pagefind: ${record.url}: ${r.errors.join('; ')}`);
            count++;
          }
          return { index, count, ms: performance.now() - started };
        })();
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
        const { index, count, ms } = await indexing;
        const started = performance.now();
        const written = await index.writeFiles({ outputPath: out });
        if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
        if (key) savePagefindIndex(cacheDir, key, out);
        const pagefind = await import('pagefind');
        await pagefind.close();
        logger.info(
          `indexed ${count} notes in ${Math.round(ms)} ms while pages rendered; index written in ${Math.round(performance.now() - started)} ms`,
        );
      },
    },
  };
}
