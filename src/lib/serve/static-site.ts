// A static host for a built site on 127.0.0.1, used by the tests and the benchmark: folders serve
// their index.html, a missing file gets the site's 404.html, nothing outside the folder is served,
// and (when asked) text is gzipped and hashed assets are cacheable, as a real host would do.
import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CONTENT_TYPES, extensionOf } from '../vault/attachment-types.ts';

const SITE_TYPES: Record<string, string> = {
  ...CONTENT_TYPES,
  html: 'text/html; charset=utf-8',
  css: 'text/css',
  xml: 'application/xml',
  wasm: 'application/wasm',
  woff2: 'font/woff2',
  woff: 'font/woff',
  webmanifest: 'application/manifest+json',
};

export function contentTypeOf(path: string): string {
  return SITE_TYPES[extensionOf(path)] ?? 'application/octet-stream';
}

export interface StaticSiteOptions {
  /** URL path the site lives under (`GARDEN_BASE`), with leading and trailing `/`. Default `/`. */
  base?: string;
  /** Gzip text responses when the client accepts it and mark `_astro/` and `pagefind/` immutable. */
  likeProduction?: boolean;
}

export interface StaticSite {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** origin + base */
  url: string;
  close: () => Promise<void>;
}

export function serveStaticSite(dir: string, opts: StaticSiteOptions = {}): Promise<StaticSite> {
  const base = opts.base ?? '/';
  const root = realpathSync(dir);
  const server: Server = createServer((req, res) => {
    let path: string;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (!path.startsWith(base)) {
      res.writeHead(404).end('not found');
      return;
    }
    let file = join(root, path.slice(base.length));
    if (file !== root && !file.startsWith(root + sep)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      const notFound = join(root, '404.html');
      res
        .writeHead(404, { 'content-type': SITE_TYPES.html })
        .end(existsSync(notFound) ? readFileSync(notFound) : 'not found');
      return;
    }
    const type = contentTypeOf(file);
    let body = readFileSync(file);
    const headers: Record<string, string | number> = { 'content-type': type };
    if (opts.likeProduction) {
      headers['cache-control'] = /\/(_astro|pagefind)\//.test(path)
        ? 'public, max-age=31536000, immutable'
        : 'no-cache';
      if (/gzip/.test(String(req.headers['accept-encoding'] ?? '')) && /text|json|javascript|svg|xml|wasm/.test(type)) {
        body = gzipSync(body);
        headers['content-encoding'] = 'gzip';
      }
    }
    headers['content-length'] = body.length;
    res.writeHead(200, headers).end(body);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const addr = server.address();
      const origin = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
      resolve({ origin, url: origin + base, close: () => new Promise((r) => server.close(() => r())) });
    });
  });
}
