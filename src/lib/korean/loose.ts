// Typo-tolerant keys: the spellings Korean writers confuse collapse to one key, so that a
// misspelled loanword still meets the note (쿠버네테스 → 쿠버네티스, 래디스 → 레디스,
// 엘라스틱써치 → 엘라스틱서치, 프로메테우수 → 프로메테우스, 테라품 → 테라폼).
// Tense consonants fall to plain ones (ㅆ → ㅅ); ㅐ/ㅔ/ㅣ and ㅒ/ㅖ, ㅙ/ㅚ/ㅞ, ㅗ/ㅓ/ㅜ/ㅡ with
// their y-forms, and ㅑ/ㅏ each become one vowel; 받침 stay. Only words of 3+ syllables get a key:
// shorter ones would meet too many other words.
const FIRST = 0xac00;
const LAST = 0xd7a3;

// initial index → loose initial index (ㄲ→ㄱ, ㄸ→ㄷ, ㅃ→ㅂ, ㅆ→ㅅ, ㅉ→ㅈ)
const INITIAL_MAP = [0, 0, 2, 3, 3, 5, 6, 7, 7, 9, 9, 11, 12, 12, 14, 15, 16, 17, 18];
// medial index → loose medial index (ㅏ ㅐ ㅑ ㅒ ㅓ ㅔ ㅕ ㅖ ㅗ ㅘ ㅙ ㅚ ㅛ ㅜ ㅝ ㅞ ㅟ ㅠ ㅡ ㅢ ㅣ)
const A = 0,
  E = 5,
  YE = 7,
  EU = 18,
  WA = 9,
  WE = 15,
  WI = 16,
  UI = 19;
const MEDIAL_MAP = [A, E, A, YE, EU, E, EU, YE, EU, WA, WE, WE, EU, EU, WA, WE, WI, EU, EU, UI, E];

/** Minimum syllables for a word to get a loose key. */
export const LOOSE_MIN_SYLLABLES = 3;

/** The loose key of a Hangul word, or null when it is too short or already its own key. */
export function looseKey(word: string): string | null {
  let out = '';
  let syllables = 0;
  for (const ch of word) {
    const c = ch.codePointAt(0)!;
    if (c < FIRST || c > LAST) {
      out += ch;
      continue;
    }
    syllables++;
    const s = c - FIRST;
    const fin = s % 28;
    const med = Math.floor(s / 28) % 21;
    const ini = Math.floor(s / 588);
    out += String.fromCharCode(FIRST + (INITIAL_MAP[ini] * 21 + MEDIAL_MAP[med]) * 28 + fin);
  }
  return syllables >= LOOSE_MIN_SYLLABLES && out !== word ? out : null;
}
