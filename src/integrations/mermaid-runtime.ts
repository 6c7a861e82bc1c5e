import type { AstroIntegration } from 'astro';
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readBuildFacts } from '../pipeline/build-facts-file.ts';
import { serveFolder } from './serve-folder.ts';

/** Where the browser finds Mermaid: `<base>_mermaid/mermaid.esm.min.mjs` (see src/scripts/mermaid-lazy.ts). */
export const MERMAID_DIR = '_mermaid';

/** Mermaid's own prebuilt ES modules (the entry and its chunks, no source maps). */
function mermaidFiles(): { root: string; files: string[] } {
  const pkg = createRequire(import.meta.url).resolve('mermaid/package.json');
  const root = join(dirname(pkg), 'dist');
  const chunks = join(root, 'chunks', 'mermaid.esm.min');
  return {
    root,
    files: [
      'mermaid.esm.min.mjs',
      ...readdirSync(chunks)
        .filter((f) => f.endsWith('.mjs'))
        .map((f) => `chunks/mermaid.esm.min/${f}`),
    ],
  };
}

/**
 * Publishes Mermaid's prebuilt browser bundle for the diagrams the build cannot draw, instead of
 * letting Vite bundle mermaid again on every build (≈2 s and 0.5 GB on the 1,000-note vault).
 * Copied only when some note has a diagram drawn in the browser (a fact the content loader records);
 * served from node_modules in dev.
 */
export function mermaidRuntimeIntegration(): AstroIntegration {
  let base = '/';
  let cacheDir: URL;
  return {
    name: 'garden-mermaid-runtime',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.replace(/\/?$/, '/');
        cacheDir = config.cacheDir;
      },
      'astro:server:setup': ({ server }) => serveFolder(server, `${base}${MERMAID_DIR}/`, () => mermaidFiles().root),
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        // the content loader's facts of the published notes (no facts: published, to be safe)
        const facts = readBuildFacts(cacheDir);
        const needed = facts === null || facts.clientMermaid.length > 0;
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
