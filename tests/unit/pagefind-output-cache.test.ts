import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import {
  copyKeptPart,
  freshIndexFolder,
  partSettings,
  recordPartDigests,
  pagefindIndexKey,
  publishNewIndex,
  restorePagefindIndex,
} from '../../src/pipeline/pagefind-output-cache.ts';
import { writeRecordSources } from '../../src/pipeline/search-records-file.ts';

describe('the kept Pagefind index is published again only for the same search records', () => {
  it('restores what was saved under the same key, nothing under another', () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'garden-cache-'));
    expect(pagefindIndexKey(cacheDir)).toBeNull();
    writeRecordSources(cacheDir, { base: '/', notes: [] }, 'abc');
    const key = pagefindIndexKey(cacheDir, 'ko')!;
    expect(key).toContain('abc');
    const out = mkdtempSync(join(tmpdir(), 'garden-out-'));
    const written = freshIndexFolder(cacheDir);
    mkdirSync(join(written, 'index'), { recursive: true });
    writeFileSync(join(written, 'pagefind-entry.json'), '{"v":1}');
    writeFileSync(join(written, 'index', 'ko_1.pf_index'), 'x');
    expect(restorePagefindIndex(cacheDir, key, join(out, 'pagefind'))).toBe(false);
    publishNewIndex(cacheDir, key, written, join(out, 'pagefind'));
    expect(readFileSync(join(out, 'pagefind', 'pagefind-entry.json'), 'utf8')).toBe('{"v":1}');
    expect(existsSync(written), 'the written folder became the kept one').toBe(false);

    const out2 = mkdtempSync(join(tmpdir(), 'garden-out-'));
    expect(restorePagefindIndex(cacheDir, key, join(out2, 'pagefind'))).toBe(true);
    expect(readFileSync(join(out2, 'pagefind', 'pagefind-entry.json'), 'utf8')).toBe('{"v":1}');
    expect(existsSync(join(out2, 'pagefind', 'index', 'ko_1.pf_index'))).toBe(true);

    writeRecordSources(cacheDir, { base: '/', notes: [] }, 'def');
    const other = pagefindIndexKey(cacheDir, 'ko')!;
    expect(other).not.toBe(key);
    expect(restorePagefindIndex(cacheDir, other, join(mkdtempSync(join(tmpdir(), 'garden-out-')), 'pagefind'))).toBe(
      false,
    );
  });

  it('publishes an index made without a key and keeps nothing', () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'garden-cache-'));
    const written = freshIndexFolder(cacheDir);
    writeFileSync(join(written, 'pagefind-entry.json'), '{"v":2}');
    const out = join(mkdtempSync(join(tmpdir(), 'garden-out-')), 'pagefind');
    publishNewIndex(cacheDir, null, written, out);
    expect(readFileSync(join(out, 'pagefind-entry.json'), 'utf8')).toBe('{"v":2}');
    expect(existsSync(written)).toBe(false);
  });

  it('copies a kept part only when it was made from the same records under the same settings', () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'garden-cache-'));
    writeRecordSources(cacheDir, { base: '/', notes: [] }, 'abc');
    const key = pagefindIndexKey(cacheDir, 'ko 2')!;
    const written = freshIndexFolder(cacheDir);
    for (const f of ['pagefind-entry.json', 'pagefind.js', 'garden-parts.json', 'part-1/pagefind-entry.json']) {
      mkdirSync(dirname(join(written, f)), { recursive: true });
      writeFileSync(join(written, f), f);
    }
    const settings = partSettings('ko 2');
    recordPartDigests(written, { settings, digests: ['d0', 'd1'] });
    publishNewIndex(cacheDir, key, written, join(mkdtempSync(join(tmpdir(), 'garden-out-')), 'pagefind'));

    const next = freshIndexFolder(cacheDir);
    expect(copyKeptPart(cacheDir, { settings, digests: ['d0'] }, 0, next)).toBe(true);
    // the first part comes without the later parts and their list, which are the new build's
    expect(readdirSync(next).sort()).toEqual(['pagefind-entry.json', 'pagefind.js']);
    expect(copyKeptPart(cacheDir, { settings, digests: ['d0', 'other'] }, 1, next)).toBe(false);
    expect(copyKeptPart(cacheDir, { settings: partSettings('ko 3'), digests: ['d0', 'd1'] }, 1, next)).toBe(false);
    expect(copyKeptPart(cacheDir, { settings, digests: ['d0', 'd1'] }, 1, next)).toBe(true);
    expect(readFileSync(join(next, 'part-1', 'pagefind-entry.json'), 'utf8')).toBe('part-1/pagefind-entry.json');
  });
});
