import { describe, expect, it } from 'vitest';
import { isPartDataFile, partFolder, partFolders, searchParts } from '../../src/lib/korean/search-parts.ts';

describe('a search index in parts', () => {
  it('lists the folders of the parts after the first', () => {
    expect(searchParts(1)).toEqual({ parts: [] });
    expect(searchParts(0)).toEqual({ parts: [] });
    expect(searchParts(3)).toEqual({ parts: ['part-1/', 'part-2/'] });
    expect(partFolder(0)).toBe('');
    expect(partFolder(2)).toBe('part-2/');
    expect(partFolders(searchParts(4))).toEqual(['part-1/', 'part-2/', 'part-3/']);
  });

  it('reads no folder outside the bundle from a list that is not its own', () => {
    expect(partFolders(null)).toEqual([]);
    expect(partFolders({})).toEqual([]);
    expect(partFolders({ parts: 'part-1/' })).toEqual([]);
    expect(partFolders({ parts: ['../x/', 'https://evil.test/', 'part-0/', 'part-1', 3, 'part-2/'] })).toEqual([
      'part-2/',
    ]);
  });

  it('keeps in a later part only the files a merged search reads', () => {
    for (const f of ['pagefind-entry.json', 'pagefind.ko_1a2b.pf_meta', 'index', 'fragment', 'filter'])
      expect(isPartDataFile(f), f).toBe(true);
    for (const f of ['pagefind.js', 'wasm.unknown.pagefind', 'pagefind-ui.css', 'pagefind-worker.js'])
      expect(isPartDataFile(f), f).toBe(false);
  });
});
