// Each note's rendered HTML, kept as a file of its own in Astro's cache folder under the note's
// digest instead of inside the content store. The store is written whole, bundled into the page
// build as one module and loaded whole by every page render and dev reload; the HTML is most of it
// (about 60%), while a page needs only its own note's. In a build the store keeps the file's path beside the
// note's headings and facts (src/content/vault-loader.ts) and the note page reads it (src/pages); the
// dev server, whose pages show an edit when Vite reloads the store, keeps the HTML in the store.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gardenCachePath } from './garden-cache.ts';

const folder = (cacheDir: URL | string) => gardenCachePath(cacheDir, 'html');

/** The file a render with this digest is kept in (a digest may hold characters no file name should). */
export function noteHtmlPath(cacheDir: URL | string, digest: string): string {
  return join(folder(cacheDir), `${digest.replace(/[^\w-]/g, '_')}.html`);
}

export function writeNoteHtml(cacheDir: URL | string, digest: string, html: string): string {
  const path = noteHtmlPath(cacheDir, digest);
  mkdirSync(folder(cacheDir), { recursive: true });
  writeFileSync(path, html);
  return path;
}

/** Whether the render with this digest is kept. */
export function hasNoteHtml(cacheDir: URL | string, digest: string): boolean {
  return existsSync(noteHtmlPath(cacheDir, digest));
}

/** The HTML kept at `path` (a path the store names). */
export function readNoteHtml(path: string): string {
  return readFileSync(path, 'utf8');
}

/** Deletes the kept renders of digests the store no longer names. */
export function pruneNoteHtml(cacheDir: URL | string, digests: Iterable<string>): void {
  const dir = folder(cacheDir);
  if (!existsSync(dir)) return;
  const keep = new Set([...digests].map((d) => noteHtmlPath(cacheDir, d)));
  for (const name of readdirSync(dir)) if (!keep.has(join(dir, name))) rmSync(join(dir, name), { force: true });
}
