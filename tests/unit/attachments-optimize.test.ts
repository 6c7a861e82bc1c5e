import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { optimizeImage } from '../../src/integrations/attachments.ts';

describe('published images are made lighter, never worse', () => {
  it('resizes a 3,000 px wide screenshot to 1,600 px, same format', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'garden-img-'));
    const file = join(dir, 'wide.png');
    // A photo-like gradient with grain (deterministic), so the PNG does not compress to nothing.
    const noise = Buffer.alloc(3000 * 400 * 3);
    let seed = 42;
    for (let i = 0; i < noise.length; i++) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      noise[i] = ((i / 3) % 3000) / 12 + (seed % 24);
    }
    writeFileSync(file, await sharp(noise, { raw: { width: 3000, height: 400, channels: 3 } }).png().toBuffer());
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
    writeFileSync(file, await sharp({ create: { width: 8, height: 8, channels: 3, background: '#2f6f4f' } }).png().toBuffer());
    expect(await optimizeImage(file)).toBeNull();
  });
});
