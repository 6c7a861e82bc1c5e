import type { AstroIntegration } from 'astro';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isNoteFile } from '../lib/notes/note-file.ts';
import { listVaultPaths } from '../vault/read-vault.ts';
import { ATTACHMENT_DIR } from '../lib/garden/urls.ts';
import { serveFolder } from './serve-folder.ts';
import { attachmentPolicy, extensionOf } from '../lib/vault/attachment-types.ts';
import { sanitizeSvg } from '../lib/html/sanitize-svg.ts';

/**
 * Vault-relative paths of every file that is not a note (src/lib/notes/note-file.ts) of a published type (the vault's own walk,
 * src/vault/read-vault.ts, so symlinks out of the vault and hidden files are never listed; the
 * types: src/lib/vault/attachment-types.ts). What is left out is reported by `garden check` and the build.
 */
export function listAttachments(root: string): string[] {
  if (!existsSync(root)) return [];
  return listVaultPaths(root)
    .filter((p) => !isNoteFile(p))
    .map((p) => relative(root, p).split(sep).join('/'))
    .filter((f) => !('skip' in attachmentPolicy(f)));
}

/** The bytes of an attachment as published: SVG sanitized (null when it is no SVG image), others as they are. */
export function publishedAttachment(file: string, bytes: Buffer): Buffer | null {
  if ('skip' in attachmentPolicy(file)) return null;
  if (extensionOf(file) !== 'svg') return bytes;
  const svg = sanitizeSvg(bytes.toString('utf8'));
  return svg === null ? null : Buffer.from(svg);
}


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
      'astro:server:setup': ({ server }) => serveFolder(server, `${base}${ATTACHMENT_DIR}/`, opts.dir, {
          publish: (rel) => ('skip' in attachmentPolicy(rel) ? 'skip' : extensionOf(rel) === 'svg' ? (bytes) => publishedAttachment(rel, bytes) : 'as-is'),
        }),
      'astro:build:done': async ({ dir, logger }) => {
        const out = join(fileURLToPath(dir), ATTACHMENT_DIR);
        const root = opts.dir();
        const files = listAttachments(root);
        let optimized = 0;
        let saved = 0;
        for (const f of files) {
          const to = join(out, f.normalize('NFC'));
          mkdirSync(dirname(to), { recursive: true });
          const from = join(root, f);
          const smaller = OPTIMIZABLE.test(f) ? await optimizeImage(from) : null;
          if (extensionOf(f) === 'svg') {
            const svg = publishedAttachment(f, readFileSync(from));
            if (svg) writeFileSync(to, svg);
          } else if (smaller) {
            writeFileSync(to, smaller.bytes);
            optimized++;
            saved += smaller.saved;
          } else copyFileSync(from, to);
        }
        if (files.length) {
          logger.info(
            `${files.length} attachments published under ${base}${ATTACHMENT_DIR}/` +
              (optimized ? ` (${optimized} images resized or recompressed, ${(saved / 1024).toFixed(0)} KB saved)` : ''),
          );
        }
      },
    },
  };
}

/** Raster images Astro's own image library (sharp) can make lighter without changing their URL. */
const OPTIMIZABLE = /\.(png|jpe?g|webp)$/i;
/** Wider than any reading column on any screen at 2×. */
const MAX_WIDTH = 1600;

/**
 * A lighter copy of an image: at most MAX_WIDTH wide, re-encoded in its own format; null when the
 * original is already as small (or sharp is unavailable): the note's image is never made worse.
 */
export async function optimizeImage(file: string): Promise<{ bytes: Buffer; saved: number } | null> {
  try {
    const { default: sharp } = await import('sharp');
    const input = readFileSync(file);
    const image = sharp(input, { failOn: 'none' });
    const meta = await image.metadata();
    let pipeline = image.rotate();
    if ((meta.width ?? 0) > MAX_WIDTH) pipeline = pipeline.resize({ width: MAX_WIDTH, withoutEnlargement: true });
    const format = meta.format === 'jpeg' ? pipeline.jpeg({ quality: 82, mozjpeg: true }) : meta.format === 'webp' ? pipeline.webp({ quality: 82 }) : pipeline.png({ compressionLevel: 9, palette: true, quality: 90 });
    const bytes = await format.toBuffer();
    return bytes.length < input.length * 0.95 ? { bytes, saved: input.length - bytes.length } : null;
  } catch {
    return null;
  }
}
