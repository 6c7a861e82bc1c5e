import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readNoteTexts, writeNoteTexts } from '../../src/pipeline/note-texts-file.ts';

describe('note texts kept beside the content store', () => {
  it('reads back what was written, by slug and digest', () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'garden-cache-'));
    expect(readNoteTexts(cacheDir).size).toBe(0);
    const texts = new Map([
      ['가', { digest: 'd1', text: '첫 줄\n"따옴표"' }],
      ['b', { digest: 'd2', text: '' }],
    ]);
    writeNoteTexts(cacheDir, texts);
    expect(readNoteTexts(cacheDir)).toEqual(texts);
  });

  it('gives no texts for a file that is not its own (every note is then rendered again)', () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'garden-cache-'));
    mkdirSync(join(cacheDir, 'garden'));
    writeFileSync(join(cacheDir, 'garden', 'note-texts.jsonl'), '["a","d1","ok"]\n{not json\n');
    expect(readNoteTexts(cacheDir).size).toBe(0);
    writeFileSync(join(cacheDir, 'garden', 'note-texts.jsonl'), '["a","d1",3]\n["b","d2","fine"]\n');
    expect([...readNoteTexts(cacheDir).keys()]).toEqual(['b']);
  });
});
