// A link checker for a built site: follows every href/src (and meta refresh URL) of every
// HTML page, resolved against the page's URL under the base path, and reports targets that
// are not in the output, and `#fragments` with no such id in the target page.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from './site.ts';

function htmlPages(out: string): string[] {
  return listFiles(out).filter((f) => f.endsWith('.html') && !f.includes(`${join(out, 'pagefind')}`));
}

function idsOf(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => decodeEntities(m[1])));
}

function decodeEntities(s: string): string {
  return s
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
}

function fileFor(out: string, base: string, pathname: string): string | null {
  const decoded = decodeURIComponent(pathname);
  if (!decoded.startsWith(base)) return null;
  const rel = decoded.slice(base.length);
  const p = join(out, rel);
  if (rel === '' || rel.endsWith('/')) return existsSync(join(p, 'index.html')) ? join(p, 'index.html') : null;
  if (existsSync(p) && statSync(p).isFile()) return p;
  if (existsSync(join(p, 'index.html'))) return join(p, 'index.html');
  return null;
}

/** Every internal href/src (and meta refresh URL) of every page, with the ones whose target is missing. */
export function crawl(out: string, base: string): { checked: number; broken: string[]; pages: number } {
  const broken: string[] = [];
  let checked = 0;
  const idCache = new Map<string, Set<string>>();
  const ids = (file: string) => {
    let s = idCache.get(file);
    if (!s) idCache.set(file, (s = idsOf(readFileSync(file, 'utf8'))));
    return s;
  };
  const pages = htmlPages(out);
  for (const file of pages) {
    const rel = file.slice(out.length + 1).replace(/\\/g, '/');
    const pagePath = base + rel.replace(/index\.html$/, '');
    const pageUrl = new URL(pagePath.split('/').map(encodeURIComponent).join('/'), 'http://garden.test');
    const html = readFileSync(file, 'utf8');
    const refs = [
      ...[...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => decodeEntities(m[1])),
      ...[...html.matchAll(/http-equiv="refresh" content="\d+;\s*url=([^"]+)"/g)].map((m) => decodeEntities(m[1])),
    ];
    for (const ref of refs) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(ref) || ref.startsWith('//')) continue; // external, mailto:, data:
      checked++;
      const url = new URL(ref, pageUrl);
      const target = ref.startsWith('#') ? file : fileFor(out, base, url.pathname);
      if (!target) {
        broken.push(`${pagePath} → ${ref}`);
        continue;
      }
      const frag = decodeURIComponent(url.hash.slice(1));
      if (frag && target.endsWith('.html') && !ids(target).has(frag))
        broken.push(`${pagePath} → ${ref} (no id "${frag}")`);
    }
  }
  return { checked, broken, pages: pages.length };
}
