// A copy of the last Pagefind index written, kept in Astro's cache folder under the name of what it
// was made from (the search records' digest, which the content loader writes next to them, and
// Pagefind's version): a build whose records did not change can publish that copy instead of
// indexing every note again. One index is kept; a new one replaces it.
import { cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { searchRecordsDigest } from './search-records-file.ts';

const folder = (cacheDir: URL | string) =>
  join(typeof cacheDir === 'string' ? cacheDir : fileURLToPath(cacheDir), 'garden', 'pagefind-index');

function pagefindVersion(): string {
  try {
    return (
      JSON.parse(readFileSync(createRequire(import.meta.url).resolve('pagefind/package.json'), 'utf8')) as {
        version: string;
      }
    ).version;
  } catch {
    return 'unknown';
  }
}

/** The name of the index the current search records make (null when the loader wrote no digest). */
export function pagefindIndexKey(cacheDir: URL | string, settings = ''): string | null {
  const digest = searchRecordsDigest(cacheDir);
  return digest === null ? null : `${digest} pagefind ${pagefindVersion()} ${settings}`;
}

/** Whether an index made under `key` is kept. */
export function hasPagefindIndex(cacheDir: URL | string, key: string): boolean {
  const dir = folder(cacheDir);
  try {
    return readFileSync(join(dir, 'key'), 'utf8') === key && existsSync(join(dir, 'index'));
  } catch {
    return false;
  }
}

/** Copies the kept index to `outputPath` when it was made under `key`; false when there is none. */
export function restorePagefindIndex(cacheDir: URL | string, key: string, outputPath: string): boolean {
  const dir = folder(cacheDir);
  if (!hasPagefindIndex(cacheDir, key)) return false;
  rmSync(outputPath, { recursive: true, force: true });
  mkdirSync(dirname(outputPath), { recursive: true });
  cpSync(join(dir, 'index'), outputPath, { recursive: true });
  return true;
}

/** Keeps a copy of the index just written at `outputPath` under `key` (copied aside first, then renamed into place). */
export function savePagefindIndex(cacheDir: URL | string, key: string, outputPath: string): void {
  const dir = folder(cacheDir);
  const tmp = `${dir}.${process.pid}.tmp`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  cpSync(outputPath, join(tmp, 'index'), { recursive: true });
  writeFileSync(join(tmp, 'key'), key);
  rmSync(dir, { recursive: true, force: true });
  renameSync(tmp, dir);
}
