import type { AstroIntegration } from 'astro';
import { copyFileSync, createReadStream, existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NOTE_EXTENSIONS } from '../lib/vault/assemble.ts';
import { listVaultPaths } from '../vault/read-vault.ts';
import { ATTACHMENT_DIR } from '../lib/garden/urls.ts';

/** Vault-relative paths of every non-Markdown file (the vault's own walk: src/vault/read-vault.ts). */
export function listAttachments(root: string): string[] {
  if (!existsSync(root)) return [];
  return listVaultPaths(root)
    .filter((p) => !NOTE_EXTENSIONS.test(p))
    .map((p) => relative(root, p).split(sep).join('/'));
}

const TYPES: Record<string, string> = {
  png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', gif: 'image/gif', webp: 'image/webp', avif: 'image/avif',
  svg: 'image/svg+xml', pdf: 'application/pdf', txt: 'text/plain; charset=utf-8', csv: 'text/csv; charset=utf-8',
};

/**
 * Publishes the vault's attachments (images, PDFs…) at `<base>_attachments/<vault path>`:
 * copied into the build output when the build is done, served from the vault in dev.
 * Links and embeds point there (src/lib/garden/urls.ts attachmentUrl).
 */
export function attachmentsIntegration(opts: { dir: () => string }): AstroIntegration {
  let base = '/';
  return {
    name: 'garden-attachments',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.replace(/\/?$/, '/');
      },
      'astro:server:setup': ({ server }) => {
        const prefix = `${base}${ATTACHMENT_DIR}/`;
        server.middlewares.use((req, res, next) => {
          const path = decodeURIComponent((req.url ?? '').split('?')[0]);
          if (!path.startsWith(prefix)) return next();
          const rel = path.slice(prefix.length).normalize('NFC');
          if (rel.split('/').some((s) => s === '..' || s.startsWith('.'))) return next();
          const file = join(opts.dir(), rel);
          if (!existsSync(file) || !statSync(file).isFile()) return next();
          res.setHeader('content-type', TYPES[rel.replace(/^.*\./, '').toLowerCase()] ?? 'application/octet-stream');
          createReadStream(file).pipe(res);
        });
      },
      'astro:build:done': ({ dir, logger }) => {
        const out = join(fileURLToPath(dir), ATTACHMENT_DIR);
        const root = opts.dir();
        const files = listAttachments(root);
        for (const f of files) {
          const to = join(out, f.normalize('NFC'));
          mkdirSync(dirname(to), { recursive: true });
          copyFileSync(join(root, f), to);
        }
        if (files.length) logger.info(`${files.length} attachments published under ${base}${ATTACHMENT_DIR}/`);
      },
    },
  };
}
