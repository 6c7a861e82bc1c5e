// The hand-over of search records from the content loader to the Pagefind integration: both run
// in the build process but in different module graphs, so the records go through Astro's cache
// folder, one JSON line per note, with the digest of what they were made from beside them.
import { createReadStream, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { SearchRecord } from '../lib/korean/search-records.ts';

export function searchRecordsPath(cacheDir: URL | string): string {
  return join(typeof cacheDir === 'string' ? cacheDir : fileURLToPath(cacheDir), 'garden', 'search-records.jsonl');
}

/** Writes the records and the digest of their inputs (the loader's key for "nothing changed"). */
export function writeSearchRecords(cacheDir: URL | string, records: SearchRecord[], digest: string): void {
  const path = searchRecordsPath(cacheDir);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, records.map((r) => JSON.stringify(r)).join('\n') + '\n');
  writeFileSync(`${path}.digest`, digest);
}

/** The digest the kept records were written with; null when there are none. */
export function searchRecordsDigest(cacheDir: URL | string): string | null {
  const path = searchRecordsPath(cacheDir);
  if (!existsSync(path)) return null;
  try {
    return readFileSync(`${path}.digest`, 'utf8').trim();
  } catch {
    return null;
  }
}

/** The records one at a time, so 10,000 notes' text never sits in memory twice. */
export async function* readSearchRecords(cacheDir: URL | string): AsyncGenerator<SearchRecord> {
  const lines = createInterface({ input: createReadStream(searchRecordsPath(cacheDir), 'utf8'), crlfDelay: Infinity });
  for await (const line of lines) if (line.trim()) yield JSON.parse(line) as SearchRecord;
}
