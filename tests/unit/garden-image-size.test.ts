import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { imageSize, publishedSize } from '../../src/lib/garden/image-size.ts';

const make = (format: 'png' | 'jpeg' | 'webp' | 'gif', width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: '#2f6f4f' } })
    [format]()
    .toBuffer();

describe('imageSize reads the size from the first bytes of the file', () => {
  for (const format of ['png', 'jpeg', 'webp', 'gif'] as const) {
    it(`reads ${format}`, async () => {
      const bytes = await make(format, 321, 123);
      expect(imageSize(new Uint8Array(bytes))).toEqual({ width: 321, height: 123 });
    });
  }
  it('reads a lossless webp', async () => {
    const bytes = await sharp({ create: { width: 77, height: 55, channels: 4, background: '#ffffff80' } })
      .webp({ lossless: true })
      .toBuffer();
    expect(imageSize(new Uint8Array(bytes))).toEqual({ width: 77, height: 55 });
  });
  it('says null for what is not an image', () => {
    expect(imageSize(new TextEncoder().encode('# 노트'))).toBeNull();
    expect(imageSize(new Uint8Array([0x89, 0x50, 0x4e, 0x47]))).toBeNull();
  });
  it('gives the published size of a wide image', () => {
    expect(publishedSize({ width: 3200, height: 900 })).toEqual({ width: 1600, height: 450 });
    expect(publishedSize({ width: 800, height: 600 })).toEqual({ width: 800, height: 600 });
  });
});
