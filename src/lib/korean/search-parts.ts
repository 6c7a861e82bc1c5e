// A search index in parts: the first part is Pagefind's own bundle at `pagefind/`, every further
// part is a Pagefind index in a folder under it, and `pagefind/garden-parts.json` lists those
// folders. The browser and the CLI open the first part and merge the others into it
// (Pagefind's mergeIndex): one search, one ranking, one list of results.

/** The file, in the first part's folder, that lists the other parts. */
export const PARTS_FILE = 'garden-parts.json';

export interface SearchParts {
  /** Folders of the parts after the first, relative to the first part's folder, each ending in `/`. */
  parts: string[];
}

/** The folder of part `i` (0 is the bundle folder itself), relative to the bundle folder. */
export function partFolder(i: number): string {
  return i === 0 ? '' : `part-${i}/`;
}

/** The list written next to an index of `count` parts. */
export function searchParts(count: number): SearchParts {
  return { parts: Array.from({ length: Math.max(0, count - 1) }, (_, i) => partFolder(i + 1)) };
}

/**
 * The part folders a parts list names, checked: a list that is not ours (an older bundle has none,
 * a hand-edited one may name anything) gives no further parts instead of URLs outside the bundle.
 */
export function partFolders(json: unknown): string[] {
  const parts = (json as SearchParts | null)?.parts;
  if (!Array.isArray(parts)) return [];
  return parts.filter((p): p is string => typeof p === 'string' && /^part-[1-9]\d*\/$/.test(p));
}

/** Files a part after the first needs: its entry, metadata, word, fragment and filter chunks; the code and wasm are the first part's. */
export function isPartDataFile(name: string): boolean {
  return name === 'pagefind-entry.json' || name.endsWith('.pf_meta') || ['index', 'fragment', 'filter'].includes(name);
}
