// The base model (under 2 MB of counts) is read only when a vault has a broken note.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { VaultFile } from '../../src/lib/notes/note.ts';
import { BASE_MODEL_FILE, baseModelLoaded } from '../../src/lib/encoding/korean-model.ts';
import { assembleVault } from '../../src/lib/vault/assemble.ts';

const file = (name: string, content: string | Uint8Array): VaultFile => ({
  file: name,
  bytes: typeof content === 'string' ? new TextEncoder().encode(content) : content,
  mtime: new Date('2025-01-02'),
  birthtime: new Date('2025-01-01'),
});
const seed = (name: string) => readFileSync(join(import.meta.dirname, '../../content', name));

describe('the base model loads lazily', () => {
  it('is not read for a vault of healthy notes, and is read once a mojibake note appears', () => {
    const healthy = assembleVault([
      file('a.md', '# 한국어 노트\n\n본문입니다.\n'),
      file('b.md', seed('000_ecde0a6713dd0052.md')),
    ]);
    expect(healthy.stats.repaired).toBe(0);
    expect(baseModelLoaded()).toBe(false);
    const broken = assembleVault([
      file('b.md', seed('000_ecde0a6713dd0052.md')),
      file('m.md', seed('002_907fe075da9f7913.md')),
    ]);
    expect(broken.stats.repaired).toBe(1);
    expect(baseModelLoaded()).toBe(true);
  }, 60_000);
});

describe('the shipped base model', () => {
  it('stays under 2 MB, so the repository and a repair that loads it stay small', () => {
    expect(statSync(BASE_MODEL_FILE).size).toBeLessThan(2 * 1024 * 1024);
  });
});
