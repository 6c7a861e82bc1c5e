// The hand-over of search records from the content loader to the Pagefind integration: both run
// in the build process but in different module graphs, so what the records are made of (each
// note's title, aliases, tags, date and text) goes through Astro's cache folder, one JSON line per
// note, with the digest of it beside them. The records themselves (Korean stems, compounds and
// 초성 keys learned from the whole vault) are made from these in a thread of their own
// (search-records-thread.ts), while Astro bundles and renders the pages.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { on } from 'node:events';
import { Worker } from 'node:worker_threads';
import type { RecordSource, SearchRecord } from '../lib/korean/search-records.ts';
import { gardenCachePath } from './garden-cache.ts';

export interface RecordSources {
  base: string;
  notes: RecordSource[];
}

export function searchSourcesPath(cacheDir: URL | string): string {
  return gardenCachePath(cacheDir, 'search-sources.jsonl');
}

/** Writes what the records are made of, and its digest (the loader's key for "nothing changed"). */
export function writeRecordSources(cacheDir: URL | string, sources: RecordSources, digest: string): void {
  const path = searchSourcesPath(cacheDir);
  mkdirSync(dirname(path), { recursive: true });
  const lines = [JSON.stringify({ base: sources.base }), ...sources.notes.map((n) => JSON.stringify(n))];
  writeFileSync(path, lines.join('\n') + '\n');
  writeFileSync(`${path}.digest`, digest);
}

/** What the last build's records were made of. */
export function readRecordSources(cacheDir: URL | string): RecordSources {
  const [head, ...lines] = readFileSync(searchSourcesPath(cacheDir), 'utf8').split('\n').filter(Boolean);
  const { base } = JSON.parse(head) as { base: string };
  const notes = lines.map((line) => {
    const n = JSON.parse(line) as RecordSource & { modified: string };
    return { ...n, modified: new Date(n.modified) };
  });
  return { base, notes };
}

/** The digest the kept sources were written with; null when there are none. */
export function searchRecordsDigest(cacheDir: URL | string): string | null {
  const path = searchSourcesPath(cacheDir);
  if (!existsSync(path)) return null;
  try {
    return readFileSync(`${path}.digest`, 'utf8').trim();
  } catch {
    return null;
  }
}

/**
 * The records, made in a worker thread from the kept sources and handed over in batches as they
 * are made, so the build's main thread only passes them on to Pagefind.
 */
export async function* searchRecordsInThread(cacheDir: URL | string): AsyncGenerator<SearchRecord> {
  const worker = new Worker(new URL('./search-records-thread.ts', import.meta.url), {
    workerData: { cacheDir: typeof cacheDir === 'string' ? cacheDir : fileURLToPath(cacheDir) },
    // Type stripping runs the thread's TypeScript as it is; its notice is not the user's concern.
    execArgv: ['--disable-warning=ExperimentalWarning'],
  });
  try {
    // a batch of records, then null when every record was sent; a thread error rejects the loop
    for await (const [batch] of on(worker, 'message', { close: ['exit'] })) {
      if (batch === null) return;
      yield* batch as SearchRecord[];
    }
    throw new Error('the thread making the search records stopped before it sent them all');
  } finally {
    await worker.terminate();
  }
}
