// Hangul syllable arithmetic (Unicode "Hangul Syllables" block, U+AC00..U+D7A3).
// A syllable is (initial * 21 + medial) * 28 + final + 0xAC00.

const SYLLABLE_FIRST = 0xac00;
const SYLLABLE_LAST = 0xd7a3;
const MEDIAL_COUNT = 21;
const FINAL_COUNT = 28;

/** The 19 initial consonants as Hangul Compatibility Jamo (what a keyboard types: ㄱ, ㄲ, ㄴ, ...). */
export const INITIALS = [
  'ㄱ',
  'ㄲ',
  'ㄴ',
  'ㄷ',
  'ㄸ',
  'ㄹ',
  'ㅁ',
  'ㅂ',
  'ㅃ',
  'ㅅ',
  'ㅆ',
  'ㅇ',
  'ㅈ',
  'ㅉ',
  'ㅊ',
  'ㅋ',
  'ㅌ',
  'ㅍ',
  'ㅎ',
] as const;

/** The 21 medial vowels as compatibility jamo. */
export const MEDIALS = [
  'ㅏ',
  'ㅐ',
  'ㅑ',
  'ㅒ',
  'ㅓ',
  'ㅔ',
  'ㅕ',
  'ㅖ',
  'ㅗ',
  'ㅘ',
  'ㅙ',
  'ㅚ',
  'ㅛ',
  'ㅜ',
  'ㅝ',
  'ㅞ',
  'ㅟ',
  'ㅠ',
  'ㅡ',
  'ㅢ',
  'ㅣ',
] as const;

/** The 27 final consonants (index 0 = no final) as compatibility jamo. */
export const FINALS = [
  '',
  'ㄱ',
  'ㄲ',
  'ㄳ',
  'ㄴ',
  'ㄵ',
  'ㄶ',
  'ㄷ',
  'ㄹ',
  'ㄺ',
  'ㄻ',
  'ㄼ',
  'ㄽ',
  'ㄾ',
  'ㄿ',
  'ㅀ',
  'ㅁ',
  'ㅂ',
  'ㅄ',
  'ㅅ',
  'ㅆ',
  'ㅇ',
  'ㅈ',
  'ㅊ',
  'ㅋ',
  'ㅌ',
  'ㅍ',
  'ㅎ',
] as const;

const INITIAL_SET: ReadonlySet<string> = new Set(INITIALS);

export interface DecomposedSyllable {
  initial: string;
  medial: string;
  /** '' when the syllable has no final consonant (받침). */
  final: string;
}

export function isHangulSyllable(ch: string): boolean {
  if (ch.length !== 1) return false;
  const code = ch.charCodeAt(0);
  return code >= SYLLABLE_FIRST && code <= SYLLABLE_LAST;
}

/** True when every character is a precomposed Hangul syllable (and there is at least one). */
export function isAllHangul(word: string): boolean {
  if (word.length === 0) return false;
  for (const ch of word) if (!isHangulSyllable(ch)) return false;
  return true;
}

export function hasHangul(text: string): boolean {
  for (const ch of text) if (isHangulSyllable(ch)) return true;
  return false;
}

/** Split one Hangul syllable into initial, medial and final jamo; null for anything else. */
export function decomposeSyllable(ch: string): DecomposedSyllable | null {
  if (!isHangulSyllable(ch)) return null;
  const offset = ch.charCodeAt(0) - SYLLABLE_FIRST;
  const finalIndex = offset % FINAL_COUNT;
  const medialIndex = Math.floor(offset / FINAL_COUNT) % MEDIAL_COUNT;
  const initialIndex = Math.floor(offset / (FINAL_COUNT * MEDIAL_COUNT));
  return { initial: INITIALS[initialIndex], medial: MEDIALS[medialIndex], final: FINALS[finalIndex] };
}

/** Decompose a whole string into compatibility jamo; non-Hangul characters pass through. */
export function decompose(text: string): string {
  let out = '';
  for (const ch of text) {
    const parts = decomposeSyllable(ch);
    out += parts ? parts.initial + parts.medial + parts.final : ch;
  }
  return out;
}

/** Whether the syllable ends in a final consonant (받침). False for non-Hangul. */
export function hasFinalConsonant(ch: string): boolean {
  const parts = decomposeSyllable(ch);
  return parts !== null && parts.final !== '';
}

/** The final consonant of a syllable ('' if none or not Hangul). */
export function finalConsonant(ch: string): string {
  return decomposeSyllable(ch)?.final ?? '';
}

/** 초성 of a word: the initial consonant of every Hangul syllable; other characters are dropped. 스토리지 → ㅅㅌㄹㅈ */
export function initialsOf(word: string): string {
  let out = '';
  for (const ch of word) {
    const parts = decomposeSyllable(ch);
    if (parts) out += parts.initial;
  }
  return out;
}

/** True for a query word made only of initial consonants (ㅅㅌㄹㅈ), at least `minLength` of them. */
export function isInitialsQuery(word: string, minLength = 2): boolean {
  const chars = [...word];
  if (chars.length < minLength) return false;
  return chars.every((ch) => INITIAL_SET.has(ch));
}

/** Number of Hangul syllables in a word. */
export function syllableCount(word: string): number {
  let n = 0;
  for (const ch of word) if (isHangulSyllable(ch)) n++;
  return n;
}
