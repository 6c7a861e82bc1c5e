// The dev server keeps an assembly cache across re-reads of the vault: what it gives must be what a
// fresh assembly gives, and an edit must be read again.
import { describe, expect, it } from 'vitest';
import { assembleVault, type AssembleCache } from '../../src/lib/vault/assemble.ts';
import type { VaultFile } from '../../src/lib/notes/note.ts';

const file = (path: string, text: string, mtime = '2025-09-02T00:00:00Z'): VaultFile => ({
  file: path,
  bytes: new TextEncoder().encode(text),
  mtime: new Date(mtime),
  birthtime: new Date('2025-09-01T00:00:00Z'),
});

const vault = (edited = '# 둘\n\n본문 #태그\n') => [
  file('a/같은.md', '# 같은\n\n하나\n'),
  file('b/같은.md', '# 같은\n\n둘째 같은 이름\n'),
  file('two.md', edited),
  file('draft.md', '---\ndraft: true\n---\n초안\n'),
  file('bad.md', '---\ntitle: [열림\n---\n본문\n'),
  file('그림.excalidraw.md', '---\nexcalidraw-plugin: parsed\n---\n# Drawing\n'),
  file('note.png', ''),
];

describe('assembly cache', () => {
  it('gives what a fresh assembly gives, read after read', () => {
    const cache: AssembleCache = new Map();
    const fresh = assembleVault(vault(), { htmlAfterRender: true });
    const first = assembleVault(vault(), { htmlAfterRender: true, cache });
    const second = assembleVault(vault(), { htmlAfterRender: true, cache });
    expect(first).toEqual(fresh);
    expect(second).toEqual(fresh);
    // slugs made unique on one read do not leak into the next
    expect(second.notes.map((n) => n.slug).sort()).toEqual(fresh.notes.map((n) => n.slug).sort());
  });

  it('reads an edited note again and keeps the others', () => {
    const cache: AssembleCache = new Map();
    assembleVault(vault(), { cache });
    const kept = cache.get('a/같은.md')?.outcome;
    const edited = assembleVault(vault('# 둘\n\n고친 본문 #새태그\n'), { cache });
    expect(edited.notes.find((n) => n.file === 'two.md')).toMatchObject({ tags: ['새태그'] });
    expect(cache.get('a/같은.md')?.outcome).toBe(kept);
    expect(edited).toEqual(assembleVault(vault('# 둘\n\n고친 본문 #새태그\n')));
  });

  it('reads a note again when only its date changed, and forgets deleted files', () => {
    const cache: AssembleCache = new Map();
    assembleVault(vault(), { cache });
    const files = vault().filter((f) => f.file !== 'b/같은.md');
    files[1] = file('two.md', '# 둘\n\n본문 #태그\n', '2026-01-01T00:00:00Z');
    const r = assembleVault(files, { cache });
    expect(r.notes.find((n) => n.file === 'two.md')?.modified).toEqual(new Date('2026-01-01T00:00:00Z'));
    expect(cache.has('b/같은.md')).toBe(false);
    expect(r).toEqual(assembleVault(files));
  });
});
