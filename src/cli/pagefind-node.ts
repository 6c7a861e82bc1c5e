// Node-only loader for a built Pagefind bundle (dist/pagefind). The bundle's
// pagefind.js is a browser ES module that fetches its wasm, metadata and index
// chunks relative to its own import.meta.url. In Node that URL is a file: URL,
// which Node's fetch cannot read, so we install a fetch wrapper that serves
// file: URLs from disk and passes every other request to the real fetch.
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { PARTS_FILE, partFolders } from '../lib/korean/search-parts.ts';

export interface PagefindResultData {
  url: string;
  meta: Record<string, string>;
  excerpt: string;
  content?: string;
  word_count?: number;
  filters?: Record<string, string[]>;
}

export interface PagefindResult {
  id: string;
  score: number;
  words: number[];
  data: () => Promise<PagefindResultData>;
}

export interface PagefindSearchResponse {
  results: PagefindResult[];
  unfilteredResultCount: number;
}

export interface PagefindInstance {
  options: (opts: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (term: string, options?: Record<string, unknown>) => Promise<PagefindSearchResponse | null>;
  mergeIndex: (indexPath: string, options?: Record<string, unknown>) => Promise<void>;
  destroy: () => Promise<void>;
}

interface PagefindModule {
  createInstance: (opts: Record<string, unknown>) => PagefindInstance;
}

const FILE_FETCH_MARK = Symbol.for('garden.pagefind.fileFetch');

/** Make global fetch able to read file: URLs (idempotent). */
export function installFileFetch(): void {
  const current = globalThis.fetch as typeof fetch & { [FILE_FETCH_MARK]?: boolean };
  if (current[FILE_FETCH_MARK]) return;
  const original = current;
  const wrapped = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const href = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (!href.startsWith('file:')) return original(input, init);
    const url = new URL(href);
    url.search = '';
    url.hash = '';
    try {
      const body = await readFile(fileURLToPath(url));
      const type = url.pathname.endsWith('.json') ? 'application/json' : 'application/octet-stream';
      return new Response(body, { status: 200, headers: { 'content-type': type } });
    } catch {
      return new Response('not found', { status: 404 });
    }
  };
  (wrapped as unknown as Record<symbol, boolean>)[FILE_FETCH_MARK] = true;
  globalThis.fetch = wrapped;
}

let loadCounter = 0;

/**
 * Load the Pagefind bundle at `bundleDir` (the folder holding pagefind.js,
 * e.g. dist/pagefind), with the further parts of the index its parts list
 * names merged in, and return a ready search instance. Result URLs are
 * site-relative ("/notes/x/") because baseUrl is set to "/"; `options`
 * (ranking, excerpt length) apply to every part.
 */
export async function loadPagefind(
  bundleDir: string,
  options: Record<string, unknown> = {},
): Promise<PagefindInstance> {
  const dir = resolve(bundleDir);
  const entry = join(dir, 'pagefind.js');
  if (!existsSync(entry)) throw new Error(`no Pagefind bundle at ${dir} (missing pagefind.js)`);
  installFileFetch();
  // A query string gives every load its own module instance (own state).
  const href = `${pathToFileURL(entry).href}?load=${++loadCounter}`;
  const mod = (await import(href)) as PagefindModule;
  const instance = mod.createInstance({ baseUrl: '/', ...options });
  await instance.init();
  const list = join(dir, PARTS_FILE);
  const parts = existsSync(list) ? partFolders(JSON.parse(await readFile(list, 'utf8'))) : [];
  for (const part of parts)
    await instance.mergeIndex(pathToFileURL(join(dir, part)).href + '/', { baseUrl: '/', ...options });
  return instance;
}
