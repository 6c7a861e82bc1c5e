import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { optimizeImage, prepareImages, publishAttachments } from '../../src/integrations/attachments.ts';

/** A photo-like gradient with grain (deterministic), so the PNG does not compress to nothing. */
async function widePng(seed = 42): Promise<Buffer> {
  const noise = Buffer.alloc(3000 * 400 * 3);
  for (let i = 0; i < noise.length; i++) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    noise[i] = ((i / 3) % 3000) / 12 + (seed % 24);
  }
  return sharp(noise, { raw: { width: 3000, height: 400, channels: 3 } })
    .png()
    .toBuffer();
}

describe('published images are made lighter, never worse', () => {
  it('resizes a 3,000 px wide screenshot to 1,600 px, same format', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'garden-img-'));
    const file = join(dir, 'wide.png');
    writeFileSync(file, await widePng());
    const out = await optimizeImage(file);
    expect(out).not.toBeNull();
    const meta = await sharp(out!.bytes).metadata();
    expect(meta.format).toBe('png');
    expect(meta.width).toBe(1600);
    expect(out!.saved).toBeGreaterThan(0);
  });

  it('keeps an image that is already small as it is', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'garden-img-'));
    const file = join(dir, 'tiny.png');
    writeFileSync(
      file,
      await sharp({ create: { width: 8, height: 8, channels: 3, background: '#2f6f4f' } })
        .png()
        .toBuffer(),
    );
    expect(await optimizeImage(file)).toBeNull();
  });
});

describe('images are processed once: the next build takes them from the cache', () => {
  it('a second publish runs no sharp work, writes the same bytes and leaves the cache untouched; a changed image is processed again', async () => {
    const root = mkdtempSync(join(tmpdir(), 'garden-vault-'));
    const cacheDir = mkdtempSync(join(tmpdir(), 'garden-cache-'));
    mkdirSync(join(root, 'img'));
    writeFileSync(join(root, 'img', 'wide.png'), await widePng());
    writeFileSync(
      join(root, 'img', 'tiny.png'),
      await sharp({ create: { width: 8, height: 8, channels: 3, background: '#2f6f4f' } })
        .png()
        .toBuffer(),
    );
    writeFileSync(join(root, 'doc.pdf'), '%PDF-1.4 not really');
    const out1 = mkdtempSync(join(tmpdir(), 'garden-out-'));
    const first = await publishAttachments({ root, out: out1, cacheDir });
    expect(first).toMatchObject({ files: 3, sharp: 2, reused: 0, lighter: 1 });
    const cache = join(cacheDir, 'garden', 'images');
    const entries = readdirSync(cache).sort();
    expect(entries).toHaveLength(2);
    const mtimes = entries.map((e) => statSync(join(cache, e)).mtimeMs);

    const out2 = mkdtempSync(join(tmpdir(), 'garden-out-'));
    const second = await publishAttachments({ root, out: out2, cacheDir });
    expect(second).toMatchObject({ files: 3, sharp: 0, reused: 2, lighter: 1, saved: first.saved });
    for (const f of ['img/wide.png', 'img/tiny.png', 'doc.pdf'])
      expect(readFileSync(join(out2, f)).equals(readFileSync(join(out1, f)))).toBe(true);
    expect(readdirSync(cache).sort()).toEqual(entries);
    expect(entries.map((e) => statSync(join(cache, e)).mtimeMs)).toEqual(mtimes);

    writeFileSync(join(root, 'img', 'wide.png'), await widePng(7));
    const third = await publishAttachments({ root, out: mkdtempSync(join(tmpdir(), 'garden-out-')), cacheDir });
    expect(third).toMatchObject({ sharp: 1, reused: 1 });
    // the old image's entry is gone, the new one is there
    expect(readdirSync(cache)).toHaveLength(2);
    expect(readdirSync(cache).filter((e) => entries.includes(e))).toHaveLength(1);
  }, 60_000);
});

describe('images prepared while pages render are published from the cache', () => {
  it('prepareImages processes each new image once; publishing then runs no sharp work', async () => {
    const root = mkdtempSync(join(tmpdir(), 'garden-vault-'));
    const cacheDir = mkdtempSync(join(tmpdir(), 'garden-cache-'));
    writeFileSync(join(root, 'a.png'), await widePng(1));
    writeFileSync(join(root, 'b.png'), await widePng(2));
    writeFileSync(
      join(root, 'c.png'),
      await sharp({ create: { width: 8, height: 8, channels: 3, background: '#2f6f4f' } })
        .png()
        .toBuffer(),
    );
    expect(await prepareImages({ root, cacheDir })).toBe(3);
    expect(await prepareImages({ root, cacheDir })).toBe(0);
    const out = mkdtempSync(join(tmpdir(), 'garden-out-'));
    expect(await publishAttachments({ root, out, cacheDir })).toMatchObject({
      files: 3,
      sharp: 0,
      reused: 3,
      lighter: 2,
    });
    expect((await sharp(readFileSync(join(out, 'a.png'))).metadata()).width).toBe(1600);
  }, 60_000);
});
