import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import {
  hasNoteHtml,
  noteHtmlPath,
  pruneNoteHtml,
  readNoteHtml,
  writeNoteHtml,
} from '../../src/pipeline/note-html-file.ts';

describe('rendered notes kept as files beside the content store', () => {
  it('keeps a render under its digest and gives it back', () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'garden-cache-'));
    expect(hasNoteHtml(cacheDir, 'abc')).toBe(false);
    const path = writeNoteHtml(cacheDir, 'abc', '<p>한국어 본문</p>');
    expect(hasNoteHtml(cacheDir, 'abc')).toBe(true);
    expect(readNoteHtml(path)).toBe('<p>한국어 본문</p>');
  });

  it('names no file outside its folder, whatever the digest holds', () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'garden-cache-'));
    const path = noteHtmlPath(cacheDir, '../../etc/x:fallback');
    expect(path.startsWith(join(cacheDir, 'garden', 'html'))).toBe(true);
    expect(basename(path)).toBe('______etc_x_fallback.html');
  });

  it('deletes the renders the store no longer names', () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'garden-cache-'));
    const kept = writeNoteHtml(cacheDir, 'keep', 'a');
    const gone = writeNoteHtml(cacheDir, 'old:fallback', 'b');
    pruneNoteHtml(cacheDir, ['keep']);
    expect(existsSync(kept)).toBe(true);
    expect(existsSync(gone)).toBe(false);
    pruneNoteHtml(mkdtempSync(join(tmpdir(), 'garden-none-')), []);
  });
});
