// A copy of the last Pagefind index written, kept in Astro's cache folder under the name of what it
// was made from (the search records' digest, which the content loader writes next to them, and
// Pagefind's version): a build whose records did not change can publish that copy instead of
// indexing every note again, and a build whose records changed in some parts of the index only
// (src/lib/korean/search-parts.ts) copies the other parts. One index is kept; a new one replaces it.
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { searchRecordsDigest } from './search-records-file.ts';
import { PARTS_FILE, partFolder } from '../lib/korean/search-parts.ts';
import { gardenCachePath } from './garden-cache.ts';

const folder = (cacheDir: URL | string) => gardenCachePath(cacheDir, 'pagefind-index');

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

/** An empty folder, beside the kept index, for a new index to be written into. */
export function freshIndexFolder(cacheDir: URL | string): string {
  const tmp = `${folder(cacheDir)}.${process.pid}.new`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(join(tmp, 'index'), { recursive: true });
  return join(tmp, 'index');
}

/**
 * Copies the index written into `written` (a folder from freshIndexFolder) to `outputPath`, then
 * keeps it under `key` in place of the last one; with no key it is published and not kept.
 */
export function publishNewIndex(cacheDir: URL | string, key: string | null, written: string, outputPath: string): void {
  rmSync(outputPath, { recursive: true, force: true });
  mkdirSync(dirname(outputPath), { recursive: true });
  cpSync(written, outputPath, { recursive: true });
  const tmp = dirname(written);
  if (key === null) {
    rmSync(tmp, { recursive: true, force: true });
    return;
  }
  writeFileSync(join(tmp, 'key'), key);
  const dir = folder(cacheDir);
  rmSync(dir, { recursive: true, force: true });
  renameSync(tmp, dir);
}

/** What each part of an index was made from: the digest of its records, under the settings (Pagefind version, language, part size) it was made with. */
export interface PartDigests {
  settings: string;
  digests: string[];
}

/** Pagefind's version and the index's settings: a kept part made under others is not reused. */
export function partSettings(settings: string): string {
  return `pagefind ${pagefindVersion()} ${settings}`;
}

function keptDigests(cacheDir: URL | string): PartDigests | null {
  try {
    return JSON.parse(readFileSync(join(folder(cacheDir), 'parts.json'), 'utf8')) as PartDigests;
  } catch {
    return null;
  }
}

/**
 * Copies part `i` of the kept index into `written` (a folder from freshIndexFolder) when the kept
 * part was made from records with this digest under the same settings; false when it was not.
 */
export function copyKeptPart(cacheDir: URL | string, parts: PartDigests, i: number, written: string): boolean {
  const kept = keptDigests(cacheDir);
  if (kept?.settings !== parts.settings || kept.digests[i] !== parts.digests[i]) return false;
  const from = join(folder(cacheDir), 'index', partFolder(i));
  if (!existsSync(join(from, 'pagefind-entry.json'))) return false;
  const to = join(written, partFolder(i));
  mkdirSync(to, { recursive: true });
  // the first part's folder holds the later parts and their list: those are this build's own
  for (const name of readdirSync(from))
    if (i > 0 || (name !== PARTS_FILE && !/^part-\d+$/.test(name)))
      cpSync(join(from, name), join(to, name), { recursive: true });
  return true;
}

/** Records, beside the index written into `written`, what each of its parts was made from. */
export function recordPartDigests(written: string, parts: PartDigests): void {
  writeFileSync(join(dirname(written), 'parts.json'), `${JSON.stringify(parts)}\n`);
}
