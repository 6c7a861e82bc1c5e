import { createReadStream, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { ViteDevServer } from 'vite';

const TYPES: Record<string, string> = {
  png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', gif: 'image/gif', webp: 'image/webp', avif: 'image/avif',
  svg: 'image/svg+xml', pdf: 'application/pdf', txt: 'text/plain; charset=utf-8', csv: 'text/csv; charset=utf-8',
  mjs: 'text/javascript', js: 'text/javascript',
};

/**
 * In `astro dev`, serves the files of a folder under a URL prefix (what the build copies into the
 * output): `<prefix><relative path>` → `<root()>/<relative path>`. Paths leaving the folder or naming
 * hidden files are refused.
 */
export function serveFolder(server: ViteDevServer, prefix: string, root: () => string): void {
  server.middlewares.use((req, res, next) => {
    const path = decodeURIComponent((req.url ?? '').split('?')[0]);
    if (!path.startsWith(prefix)) return next();
    const rel = path.slice(prefix.length).normalize('NFC');
    if (rel.split('/').some((s) => s === '..' || s.startsWith('.'))) return next();
    const file = join(root(), rel);
    if (!existsSync(file) || !statSync(file).isFile()) return next();
    res.setHeader('content-type', TYPES[rel.replace(/^.*\./, '').toLowerCase()] ?? 'application/octet-stream');
    createReadStream(file).pipe(res);
  });
}
