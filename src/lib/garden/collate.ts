// The garden's collation: Hangul first (ㄱㄴㄷ…), then Latin A–Z (case-insensitive),
// then everything else (digits, symbols, other scripts); a garden in another locale than
// Korean lists Latin first. Within a group, the order of the locale's Intl.Collator with
// numeric ordering (`note 2` before `note 10`).
import { collator, t } from '../../i18n/index.ts';
import { INITIALS } from '../korean/hangul.ts';

/** Korean gardens list Hangul first; others list Latin letters first. */
const HANGUL_FIRST = t.lang === 'ko';

const CHOSEONG = INITIALS;

/** Doubled and cluster consonants folded to their base consonant. */
const FOLD: Record<string, string> = {
  ㄲ: 'ㄱ',
  ㄳ: 'ㄱ',
  ㄵ: 'ㄴ',
  ㄶ: 'ㄴ',
  ㄸ: 'ㄷ',
  ㄺ: 'ㄹ',
  ㄻ: 'ㄹ',
  ㄼ: 'ㄹ',
  ㄽ: 'ㄹ',
  ㄾ: 'ㄹ',
  ㄿ: 'ㄹ',
  ㅀ: 'ㄹ',
  ㅃ: 'ㅂ',
  ㅄ: 'ㅂ',
  ㅆ: 'ㅅ',
  ㅉ: 'ㅈ',
};

/** The 14 Hangul initials used for grouping, in order. */
export const HANGUL_INITIALS: readonly string[] = Object.freeze([
  'ㄱ',
  'ㄴ',
  'ㄷ',
  'ㄹ',
  'ㅁ',
  'ㅂ',
  'ㅅ',
  'ㅇ',
  'ㅈ',
  'ㅊ',
  'ㅋ',
  'ㅌ',
  'ㅍ',
  'ㅎ',
]);
/** Latin initials A–Z. */
export const LATIN_INITIALS: readonly string[] = Object.freeze(
  Array.from({ length: 26 }, (_, i) => String.fromCharCode(65 + i)),
);
/** Every group initial in display order; `#` collects everything else. */
export const INITIAL_ORDER: readonly string[] = Object.freeze(
  HANGUL_FIRST ? [...HANGUL_INITIALS, ...LATIN_INITIALS, '#'] : [...LATIN_INITIALS, ...HANGUL_INITIALS, '#'],
);

const INITIAL_RANK = new Map(INITIAL_ORDER.map((v, i) => [v, i]));

function isHangulChar(cp: number): boolean {
  return (
    (cp >= 0xac00 && cp <= 0xd7a3) || // syllables
    (cp >= 0x1100 && cp <= 0x11ff) || // jamo
    (cp >= 0x3131 && cp <= 0x318e) || // compatibility jamo
    (cp >= 0xa960 && cp <= 0xa97f) ||
    (cp >= 0xd7b0 && cp <= 0xd7ff)
  );
}

function latinBase(ch: string): string | null {
  const base = ch
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toUpperCase();
  return /^[A-Z]$/.test(base) ? base : null;
}

function firstChar(text: string): string {
  const s = String(text ?? '')
    .normalize('NFC')
    .trimStart();
  const cp = s.codePointAt(0);
  return cp === undefined ? '' : String.fromCodePoint(cp);
}

/** Group initial of a label: 'ㄱ'…'ㅎ' (초성, doubled folded), 'A'…'Z', or '#'. */
export function koreanInitial(text: string): string {
  const ch = firstChar(text);
  if (!ch) return '#';
  const cp = ch.codePointAt(0) as number;
  if (cp >= 0xac00 && cp <= 0xd7a3) {
    const cho = CHOSEONG[Math.floor((cp - 0xac00) / 588)];
    return FOLD[cho] ?? cho;
  }
  if (cp >= 0x3131 && cp <= 0x314e) return FOLD[ch] ?? ch;
  if (cp >= 0x1100 && cp <= 0x1112) {
    const cho = CHOSEONG[cp - 0x1100];
    return FOLD[cho] ?? cho;
  }
  return latinBase(ch) ?? '#';
}

/** Position of a group initial in INITIAL_ORDER (unknown initials sort last). */
export function compareInitials(a: string, b: string): number {
  return (INITIAL_RANK.get(a) ?? INITIAL_ORDER.length) - (INITIAL_RANK.get(b) ?? INITIAL_ORDER.length);
}

function scriptRank(text: string): number {
  const ch = firstChar(text);
  if (!ch) return 2;
  if (isHangulChar(ch.codePointAt(0) as number)) return HANGUL_FIRST ? 0 : 1;
  if (latinBase(ch)) return HANGUL_FIRST ? 1 : 0;
  return 2;
}

/** The garden's comparison: Hangul, then Latin (case-insensitive; the other way round outside Korean), then others; stable tie-break. */
export function compareKo(a: string, b: string): number {
  const ra = scriptRank(a);
  const rb = scriptRank(b);
  if (ra !== rb) return ra - rb;
  const c = collator.compare(a, b);
  if (c !== 0) return c;
  return a < b ? -1 : a > b ? 1 : 0;
}
