import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { buildSite, readHtml, writeVault, type BuildResult } from '../helpers/site.ts';

// Images in notes are published lighter and reserve their space on the page.
describe('images of a note', () => {
  let site: BuildResult;
  beforeAll(async () => {
    const image = (format: 'png' | 'jpeg', width: number, height: number) =>
      sharp({ create: { width, height, channels: 3, background: '#2f6f4f' } })
        [format]()
        .toBuffer();
    const vault = writeVault('images', {
      'note.md':
        '---\ntitle: images\n---\n# 그림 노트\n\n![[wide.png]]\n\n![[wide.png|300]]\n\n![사진](img/photo.jpg)\n',
      'wide.png': await image('png', 3000, 600),
      'img/photo.jpg': await image('jpeg', 400, 300),
    });
    site = buildSite('images', { content: vault });
  });

  it('gives every <img> its published width and height, so nothing shifts while it loads', () => {
    expect(site.status, site.stderr).toBe(0);
    const html = readHtml(site.out, '/images/');
    const imgs = [...html.matchAll(/<img [^>]*>/g)].map((m) => m[0]);
    expect(imgs).toHaveLength(3);
    expect(imgs[0]).toMatch(/width="1600"/);
    expect(imgs[0]).toMatch(/height="320"/);
    expect(imgs[1]).toMatch(/width="300"/);
    expect(imgs[1]).toMatch(/height="60"/);
    expect(imgs[2]).toMatch(/width="400"/);
    expect(imgs[2]).toMatch(/height="300"/);
    for (const img of imgs) expect(img).toMatch(/loading="lazy"/);
  });

  it('publishes the wide image at 1,600 px', async () => {
    const meta = await sharp(readFileSync(join(site.out, '_attachments/wide.png'))).metadata();
    expect(meta.width).toBe(1600);
  });
});
