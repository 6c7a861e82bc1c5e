import type { AstroIntegration } from 'astro';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isReservedSlug } from '../lib/garden/slug.ts';
import { serveFolder } from './serve-folder.ts';

/** Where the browser finds Mermaid: `<base>_mermaid/mermaid.esm.min.mjs` (see src/scripts/mermaid-lazy.ts). */
export const MERMAID_DIR = '_mermaid';

/** Mermaid's own prebuilt ES modules (the entry and its chunks, no source maps). */
function mermaidFiles(): { root: string; files: string[] } {
  const pkg = createRequire(import.meta.url).resolve('mermaid/package.json');
  const root = join(dirname(pkg), 'dist');
  const chunks = join(root, 'chunks', 'mermaid.esm.min');
  return { root, files: ['mermaid.esm.min.mjs', ...readdirSync(chunks).filter((f) => f.endsWith('.mjs')).map((f) => `chunks/mermaid.esm.min/${f}`)] };
}

/**
 * Publishes Mermaid's prebuilt browser bundle for the diagrams the build cannot draw, instead of
 * letting Vite bundle mermaid again on every build (≈2 s and 0.5 GB on the 1,000-note vault).
 * Copied only when some page has a client-rendered diagram; served from node_modules in dev.
 */
export function mermaidRuntimeIntegration(): AstroIntegration {
  let base = '/';
  return {
    name: 'garden-mermaid-runtime',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.replace(/\/?$/, '/');
      },
      'astro:server:setup': ({ server }) => serveFolder(server, `${base}${MERMAID_DIR}/`, () => mermaidFiles().root),
      'astro:build:done': ({ dir, pages, logger }) => {
        const out = fileURLToPath(dir);
        const needed = pages.some((p) => {
          const path = p.pathname.replace(/^\/+|\/+$/g, '');
          if (!path || isReservedSlug(path)) return false;
          const file = join(out, path, 'index.html');
          return existsSync(file) && readFileSync(file, 'utf8').includes('class="mermaid-figure"');
        });
        if (!needed) return;
        const { root, files } = mermaidFiles();
        for (const f of files) {
          const to = join(out, MERMAID_DIR, f);
          mkdirSync(dirname(to), { recursive: true });
          copyFileSync(join(root, f), to);
        }
        logger.info(`published Mermaid's browser bundle (${files.length} files) for client-drawn diagrams`);
      },
    },
  };
}
