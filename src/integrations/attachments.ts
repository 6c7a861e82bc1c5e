import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
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
  let cacheDir: string | undefined;
  let preparing: Promise<number> | null = null;
  return {
    name: 'garden-attachments',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.replace(/\/?$/, '/');
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:server:setup': ({ server }) =>
        serveFolder(server, `${base}${ATTACHMENT_DIR}/`, opts.dir, {
          publish: (rel) =>
            'skip' in attachmentPolicy(rel)
              ? 'skip'
              : extensionOf(rel) === 'svg'
                ? (bytes) => publishedAttachment(rel, bytes)
                : 'as-is',
        }),
      // sharp starts on the images while Astro bundles and renders (it has idle time then); the
      // results land in the image cache, where publishing finds them once the build is done
      'astro:build:start': () => {
        preparing = cacheDir ? prepareImages({ root: opts.dir(), cacheDir }) : Promise.resolve(0);
        preparing.catch(() => {});
      },
      'astro:build:done': async ({ dir, logger }) => {
        const early = (await preparing?.catch(() => 0)) ?? 0;
        const r = await publishAttachments({
          root: opts.dir(),
          out: join(fileURLToPath(dir), ATTACHMENT_DIR),
          cacheDir,
        });
        if (r.files) {
          // images sharp worked on in this build: while pages rendered, or now
          const processed = early + r.sharp;
          const cached = r.reused - early;
          logger.info(
            `${r.files} attachments published under ${base}${ATTACHMENT_DIR}/` +
              (r.lighter
                ? ` (${r.lighter} images resized or recompressed, ${(r.saved / 1024).toFixed(0)} KB saved)`
                : '') +
              (processed + cached ? `; images: ${processed} processed, ${cached} from the image cache` : ''),
          );
        }
      },
    },
  };
}

export interface PublishedAttachments {
  files: number;
  /** Raster images sharp worked on in this build. */
  sharp: number;
  /** Raster images whose outcome came from the cache (an earlier build saw the same bytes). */
  reused: number;
  /** Images published lighter than in the vault (made now or taken from the cache). */
  lighter: number;
  /** Bytes saved by those. */
  saved: number;
}

/**
 * Copies the vault's attachments to `out`: SVG sanitized, raster images through optimizeImage.
 * What sharp made of an image is kept in `<cacheDir>/garden/images/`, named by the digest of the
 * image's bytes and of the recipe, so the next build reuses it and sharp only sees new or changed
 * images. Entries no attachment used in this build are removed.
 */
export async function publishAttachments(o: {
  root: string;
  out: string;
  cacheDir?: string;
}): Promise<PublishedAttachments> {
  const files = listAttachments(o.root);
  const r: PublishedAttachments = { files: files.length, sharp: 0, reused: 0, lighter: 0, saved: 0 };
  const cache = o.cacheDir ? join(o.cacheDir, 'garden', 'images') : null;
  const used = new Set<string>();
  let recipe: string | null = null;
  for (const f of files) {
    const to = join(o.out, f.normalize('NFC'));
    mkdirSync(dirname(to), { recursive: true });
    const from = join(o.root, f);
    if (extensionOf(f) === 'svg') {
      const svg = publishedAttachment(f, readFileSync(from));
      if (svg) writeFileSync(to, svg);
      continue;
    }
    if (!OPTIMIZABLE.test(f)) {
      copyFileSync(from, to);
      continue;
    }
    const input = readFileSync(from);
    let key: string | null = null;
    if (cache) {
      recipe ??= await imageRecipe();
      key = imageKey(recipe, input);
      used.add(key);
      const hit = cachedImage(cache, key);
      if (hit) {
        writeFileSync(to, hit === 'keep' ? input : hit);
        r.reused++;
        if (hit !== 'keep') {
          r.lighter++;
          r.saved += input.length - hit.length;
        }
        continue;
      }
    }
    const smaller = await optimizeImage(input);
    r.sharp++;
    if (smaller) {
      writeFileSync(to, smaller.bytes);
      r.lighter++;
      r.saved += smaller.saved;
    } else writeFileSync(to, input);
    if (cache && key) storeImage(cache, key, smaller?.bytes ?? null);
  }
  if (cache && existsSync(cache)) {
    for (const name of readdirSync(cache))
      if (!used.has(name.replace(/\.\w+$/, ''))) rmSync(join(cache, name), { force: true });
  }
  return r;
}

/**
 * Runs sharp on every raster image of the vault that is not in the image cache yet (two at a time:
 * encoding one image keeps one core busy) and stores the outcomes; returns how many it processed.
 */
export async function prepareImages(o: { root: string; cacheDir: string; concurrency?: number }): Promise<number> {
  const cache = join(o.cacheDir, 'garden', 'images');
  const recipe = await imageRecipe();
  const images = listAttachments(o.root).filter((f) => OPTIMIZABLE.test(f));
  let next = 0;
  let processed = 0;
  const worker = async () => {
    while (next < images.length) {
      const input = readFileSync(join(o.root, images[next++]));
      const key = imageKey(recipe, input);
      if (existsSync(join(cache, `${key}.keep`)) || existsSync(join(cache, `${key}.img`))) continue;
      storeImage(cache, key, (await optimizeImage(input))?.bytes ?? null);
      processed++;
    }
  };
  await Promise.all(Array.from({ length: o.concurrency ?? 2 }, worker));
  return processed;
}

function imageKey(recipe: string, input: Buffer): string {
  return createHash('sha256').update(recipe).update('\0').update(input).digest('hex');
}

/** The sharp version and every setting optimizeImage uses: a change of either makes every image again. */
async function imageRecipe(): Promise<string> {
  let version = 'none';
  try {
    const { default: sharp } = await import('sharp');
    version = JSON.stringify(sharp.versions);
  } catch {
    /* no sharp: optimizeImage returns null, which is cached as "keep" under this recipe */
  }
  return `sharp ${version}; ${MAX_WIDTH}; ${JSON.stringify(ENCODE)}`;
}

/** The cached lighter copy, 'keep' when the image was already as small, null when not cached. */
function cachedImage(cache: string, key: string): Buffer | 'keep' | null {
  if (existsSync(join(cache, `${key}.keep`))) return 'keep';
  const file = join(cache, `${key}.img`);
  return existsSync(file) ? readFileSync(file) : null;
}

/** Written to a temporary name first, so an interrupted build never leaves half an image in the cache. */
function storeImage(cache: string, key: string, bytes: Buffer | null): void {
  mkdirSync(cache, { recursive: true });
  const file = join(cache, bytes ? `${key}.img` : `${key}.keep`);
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, bytes ?? '');
  renameSync(tmp, file);
}

/** Raster images Astro's own image library (sharp) can make lighter without changing their URL. */
const OPTIMIZABLE = /\.(png|jpe?g|webp)$/i;
/** Wider than any reading column on any screen at 2×. */
const MAX_WIDTH = 1600;
/** Encoder settings per format (part of the image cache's key). */
const ENCODE = {
  jpeg: { quality: 82, mozjpeg: true },
  webp: { quality: 82 },
  png: { compressionLevel: 9, palette: true, quality: 90 },
} as const;

/**
 * A lighter copy of an image: at most MAX_WIDTH wide, re-encoded in its own format; null when the
 * original is already as small (or sharp is unavailable): the note's image is never made worse.
 */
export async function optimizeImage(file: string | Buffer): Promise<{ bytes: Buffer; saved: number } | null> {
  try {
    const { default: sharp } = await import('sharp');
    const input = typeof file === 'string' ? readFileSync(file) : file;
    const image = sharp(input, { failOn: 'none' });
    const meta = await image.metadata();
    let pipeline = image.rotate();
    if ((meta.width ?? 0) > MAX_WIDTH) pipeline = pipeline.resize({ width: MAX_WIDTH, withoutEnlargement: true });
    const format =
      meta.format === 'jpeg'
        ? pipeline.jpeg(ENCODE.jpeg)
        : meta.format === 'webp'
          ? pipeline.webp(ENCODE.webp)
          : pipeline.png(ENCODE.png);
    const bytes = await format.toBuffer();
    return bytes.length < input.length * 0.95 ? { bytes, saved: input.length - bytes.length } : null;
  } catch {
    return null;
  }
}
