// The hand-over of search records from the content loader to the Pagefind integration: both run
// in the build process but in different module graphs, so the records go through Astro's cache
// folder, one JSON line per note.
import { createReadStream, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { SearchRecord } from '../lib/korean/search-records.ts';

export function searchRecordsPath(cacheDir: URL | string): string {
  return join(typeof cacheDir === 'string' ? cacheDir : fileURLToPath(cacheDir), 'garden', 'search-records.jsonl');
}

export function writeSearchRecords(cacheDir: URL | string, records: SearchRecord[]): void {
  const path = searchRecordsPath(cacheDir);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, records.map((r) => JSON.stringify(r)).join('\n') + '\n');
}

/** The records one at a time, so 10,000 notes' text never sits in memory twice. */
export async function* readSearchRecords(cacheDir: URL | string): AsyncGenerator<SearchRecord> {
  const lines = createInterface({ input: createReadStream(searchRecordsPath(cacheDir), 'utf8'), crlfDelay: Infinity });
  for await (const line of lines) if (line.trim()) yield JSON.parse(line) as SearchRecord;
}
