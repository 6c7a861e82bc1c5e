import { createReadStream, readFileSync, realpathSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import type { ViteDevServer } from 'vite';
import { CONTENT_TYPES, extensionOf } from '../lib/vault/attachment-types.ts';

export interface ServeOptions {
  /**
   * How a file is served: `as-is` (streamed), `skip` (refused), or a function making the bytes to
   * send (e.g. a sanitized SVG; null refuses). Default: every file as it is.
   */
  publish?: (rel: string) => 'as-is' | 'skip' | ((bytes: Buffer) => Buffer | null);
}

/**
 * In `astro dev`, serves the files of a folder under a URL prefix (what the build copies into the
 * output): `<prefix><relative path>` → `<root()>/<relative path>`. Refused (passed on to a 404):
 * a malformed URL, `..` and dot-named segments, and any path whose real location (symlinks
 * resolved) is outside the folder; with `publish`, what it refuses.
 */
export function serveFolder(server: ViteDevServer, prefix: string, root: () => string, opts: ServeOptions = {}): void {
  server.middlewares.use((req, res, next) => {
    let path: string;
    try {
      path = decodeURIComponent((req.url ?? '').split('?')[0]);
    } catch {
      return next();
    }
    if (!path.startsWith(prefix)) return next();
    const rel = path.slice(prefix.length).normalize('NFC');
    if (rel.includes('\0') || rel.includes('\\') || rel.split('/').some((s) => s === '..' || s.startsWith('.')))
      return next();
    let real: string;
    let realRoot: string;
    try {
      realRoot = realpathSync(root());
      real = realpathSync(join(realRoot, rel));
      if (!real.startsWith(realRoot + sep) || !statSync(real).isFile()) return next();
    } catch {
      return next();
    }
    const how = opts.publish?.(rel) ?? 'as-is';
    if (how === 'skip') return next();
    let bytes: Buffer | null = null;
    if (how !== 'as-is') {
      try {
        bytes = how(readFileSync(real));
      } catch {
        bytes = null;
      }
      if (bytes === null) return next();
    }
    res.setHeader('content-type', CONTENT_TYPES[extensionOf(rel)] ?? 'application/octet-stream');
    res.setHeader('x-content-type-options', 'nosniff');
    if (bytes) {
      res.end(bytes);
      return undefined;
    }
    createReadStream(real).pipe(res);
    return undefined;
  });
}
