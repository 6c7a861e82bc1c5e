import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pagefindIndexKey, restorePagefindIndex, savePagefindIndex } from '../../src/pipeline/pagefind-output-cache.ts';
import { writeRecordSources } from '../../src/pipeline/search-records-file.ts';

describe('the kept Pagefind index is published again only for the same search records', () => {
  it('restores what was saved under the same key, nothing under another', () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'garden-cache-'));
    expect(pagefindIndexKey(cacheDir)).toBeNull();
    writeRecordSources(cacheDir, { base: '/', notes: [] }, 'abc');
    const key = pagefindIndexKey(cacheDir, 'ko')!;
    expect(key).toContain('abc');
    const out = mkdtempSync(join(tmpdir(), 'garden-out-'));
    mkdirSync(join(out, 'pagefind', 'index'), { recursive: true });
    writeFileSync(join(out, 'pagefind', 'pagefind-entry.json'), '{"v":1}');
    writeFileSync(join(out, 'pagefind', 'index', 'ko_1.pf_index'), 'x');
    expect(restorePagefindIndex(cacheDir, key, join(out, 'pagefind'))).toBe(false);
    savePagefindIndex(cacheDir, key, join(out, 'pagefind'));

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
});
