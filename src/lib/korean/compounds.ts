// Splitting a written-together compound into known parts (머신러닝 → 머신 + 러닝).
// Only the vocabulary decides: no n-grams, so 포인트 never matches 엔드포인트
// unless 엔드포인트 is a known compound of 엔드 + 포인트.
import { isAllHangul, syllableCount } from './hangul.ts';
import type { Vocabulary } from './vocabulary.ts';

const MAX_PARTS = 3;
const MIN_PART_SYLLABLES = 2;
/**
 * Longest part looked up. Bounds the work on a long run of Hangul without spaces: every
 * (start, end) pair of a 16,000-syllable run was looked up, in cubic time.
 */
const MAX_PART_SYLLABLES = 12;

/** The parts of a known or dictionary-splittable compound, or null. */
export function splitCompound(word: string, vocab: Vocabulary): string[] | null {
  const known = vocab.compounds.get(word);
  if (known) return [...known];
  if (!isAllHangul(word) || syllableCount(word) < MIN_PART_SYLLABLES * 2) return null;
  if (syllableCount(word) > MAX_PARTS * MAX_PART_SYLLABLES) return null;
  const chars = [...word];
  // best[i] = fewest known parts covering chars[0..i), preferring a longer first part
  const best: (string[] | null)[] = new Array<string[] | null>(chars.length + 1).fill(null);
  best[0] = [];
  for (let end = MIN_PART_SYLLABLES; end <= chars.length; end++) {
    for (let start = Math.max(0, end - MAX_PART_SYLLABLES); start <= end - MIN_PART_SYLLABLES; start++) {
      const prefix = best[start];
      if (prefix === null || prefix.length >= MAX_PARTS) continue;
      const piece = chars.slice(start, end).join('');
      if (!vocab.words.has(piece) || (start === 0 && end === chars.length)) continue;
      const candidate = [...prefix, piece];
      const current = best[end];
      if (current === null || candidate.length < current.length) best[end] = candidate;
    }
  }
  const parts = best[chars.length];
  return parts && parts.length >= 2 ? parts : null;
}
