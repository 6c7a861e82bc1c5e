// Splitting Korean/English text into words. Whitespace and punctuation split;
// . _ - / stay inside a Latin word (spark.driver.memory, glue-dev-endpoint)
// but split Hangul words (개발/테스트 → 개발, 테스트).
import { isHangulSyllable } from './hangul.ts';

export type WordScript = 'hangul' | 'latin' | 'mixed' | 'initials' | 'other';

export interface Word {
  text: string;
  script: WordScript;
  /** True when the word follows the previous one with only spaces between (no punctuation, no line break). */
  joinsPrevious: boolean;
}

const COMPAT_CONSONANT = /[\u3131-\u314e]/u;
const WORD_CHAR = /[\p{L}\p{N}\u3131-\u318e]/u;
const INNER_CHARS = new Set(['.', '_', '-', '/', '+', '#']);

export function scriptOf(word: string): WordScript {
  let hangul = false;
  let latin = false;
  let initials = false;
  for (const ch of word) {
    if (isHangulSyllable(ch)) hangul = true;
    else if (COMPAT_CONSONANT.test(ch)) initials = true;
    else if (/[\p{Script=Latin}\p{Nd}]/u.test(ch)) latin = true;
  }
  if (initials && !hangul && !latin) return 'initials';
  if (hangul && latin) return 'mixed';
  if (hangul) return 'hangul';
  if (latin) return 'latin';
  return 'other';
}

/** Split text into words, in order. */
export function tokenize(text: string): Word[] {
  const words: Word[] = [];
  const source = text.normalize('NFC');
  let current = '';
  let gapIsSpaceOnly = false; // what separated `current` from the previous word
  let gap = '';
  const flush = () => {
    // trim separators that may sit at the ends (foo. / -bar)
    const trimmed = current.replace(/^[._\-/+#]+|[._\-/]+$/g, '');
    if (trimmed) {
      const script = scriptOf(trimmed);
      if (script === 'hangul' && /[._\-/]/.test(trimmed)) {
        // Hangul words joined by punctuation are separate words
        trimmed
          .split(/[._\-/+#]+/)
          .filter(Boolean)
          .forEach((piece, i) => {
            words.push({
              text: piece,
              script: scriptOf(piece),
              joinsPrevious: i === 0 ? gapIsSpaceOnly && words.length > 0 : false,
            });
          });
      } else {
        words.push({ text: trimmed, script, joinsPrevious: gapIsSpaceOnly && words.length > 0 });
      }
    }
    current = '';
    gap = '';
  };
  const chars = [...source];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i];
    if (WORD_CHAR.test(ch)) {
      if (current === '') gapIsSpaceOnly = gap.length > 0 && /^[ \t\u00a0]+$/.test(gap);
      current += ch;
    } else if (INNER_CHARS.has(ch) && current !== '' && i + 1 < chars.length && WORD_CHAR.test(chars[i + 1])) {
      current += ch;
    } else {
      if (current !== '') flush();
      gap += ch;
    }
  }
  if (current !== '') flush();
  return words;
}
