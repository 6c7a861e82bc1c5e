// A link checker for a built site: follows every href/src (and meta refresh URL) of every
// HTML page, resolved against the page's URL under the base path, and reports targets that
// are not in the output, `#fragments` with no such id in the target page, and URLs that are
// not valid percent-encoding. Pages are parsed as HTML (hast-util-from-html), so text that only
// looks like markup (an `href="…"` shown in a code block) is not taken for a link.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { listFiles } from './site.ts';

function htmlPages(out: string): string[] {
  return listFiles(out).filter((f) => f.endsWith('.html') && !f.includes(`${join(out, 'pagefind')}`));
}

interface Page {
  ids: Set<string>;
  refs: string[];
}

function readPage(file: string): Page {
  const tree: Root = fromHtml(readFileSync(file, 'utf8'));
  const ids = new Set<string>();
  const refs: string[] = [];
  visit(tree, 'element', (el: Element) => {
    const p = el.properties;
    if (typeof p.id === 'string') ids.add(p.id);
    for (const key of ['href', 'src'] as const) if (typeof p[key] === 'string') refs.push(p[key]);
    if (el.tagName === 'meta' && String(p.httpEquiv).toLowerCase() === 'refresh' && typeof p.content === 'string') {
      const m = /^\d+;\s*url=(.+)$/i.exec(p.content);
      if (m) refs.push(m[1]);
    }
  });
  return { ids, refs };
}

function decode(s: string): string | null {
  try {
    return decodeURIComponent(s);
  } catch {
    return null;
  }
}

function fileFor(out: string, base: string, decoded: string): string | null {
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
  const cache = new Map<string, Page>();
  const page = (file: string) => {
    let p = cache.get(file);
    if (!p) cache.set(file, (p = readPage(file)));
    return p;
  };
  const pages = htmlPages(out);
  for (const file of pages) {
    const rel = file.slice(out.length + 1).replace(/\\/g, '/');
    const pagePath = base + rel.replace(/index\.html$/, '');
    const pageUrl = new URL(pagePath.split('/').map(encodeURIComponent).join('/'), 'http://garden.test');
    for (const ref of page(file).refs) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(ref) || ref.startsWith('//')) continue; // external, mailto:, data:
      checked++;
      const url = new URL(ref, pageUrl);
      const path = decode(url.pathname);
      const frag = decode(url.hash.slice(1));
      if (path === null || frag === null) {
        broken.push(`${pagePath} → ${ref} (not valid percent-encoding)`);
        continue;
      }
      const target = ref.startsWith('#') ? file : fileFor(out, base, path);
      if (!target) {
        broken.push(`${pagePath} → ${ref}`);
        continue;
      }
      if (frag && target.endsWith('.html') && !page(target).ids.has(frag))
        broken.push(`${pagePath} → ${ref} (no id "${frag}")`);
    }
  }
  return { checked, broken, pages: pages.length };
}
