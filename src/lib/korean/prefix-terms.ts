// Build time: Pagefind matches every query word as a prefix of the indexed words, so an extra term
// that begins another indexed word of the same field (ㅅㅌㄹㅈ beside ㅅㅌㄹㅈㄱㅊ, the stem 노트북
// beside the body word 노트북에서) finds no page that the longer word does not already find. Leaving
// such terms out keeps each page's set of distinct indexed words small: Pagefind's memory while it
// builds the index, and the size of each result's fragment, grow with that set.

/**
 * `terms` without those that are a proper prefix of another term or of one of `words`
 * (already lower-case), in their first order. Sorting puts the strings that start with a term
 * right after it, so one sort and one pass decide every term.
 */
export function withoutPrefixTerms(terms: readonly string[], words: Iterable<string> = []): string[] {
  const all = [...new Set([...terms, ...words])].sort();
  const covered = new Set<string>();
  for (let i = 0; i + 1 < all.length; i++) if (all[i + 1].startsWith(all[i])) covered.add(all[i]);
  return terms.filter((t) => !covered.has(t));
}
