// The language a note page's article declares when it differs from the site's: a Korean note on a
// site in another language gets `lang="ko"`, so browsers pick Korean fonts and line breaking and
// screen readers read it in Korean. Korean is told by its script; a note in a Latin script on a
// Korean site is left with the site's language, since its script does not say which language it is.

const HANGUL = /[\u3131-\u318e\uac00-\ud7a3]/gu;
const LATIN = /[A-Za-z\u00c0-\u024f]/gu;

/** Share of Hangul among the letters from which a text reads as Korean: Korean notes name many
 * English terms (help vault's Korean notes: 0.15 at the least, 0.68 in the middle), English notes
 * that quote a Korean word stay far below it. */
const KOREAN_SHARE = 0.1;

/** How many Hangul and Latin letters a text has: all that tells whether it reads as Korean. */
export interface ScriptLetters {
  hangul: number;
  latin: number;
}

export function scriptLetters(text: string): ScriptLetters {
  return { hangul: text.match(HANGUL)?.length ?? 0, latin: text.match(LATIN)?.length ?? 0 };
}

/** The letters of two texts together (a note's title and its text). */
export function addLetters(a: ScriptLetters, b: ScriptLetters = { hangul: 0, latin: 0 }): ScriptLetters {
  return { hangul: a.hangul + b.hangul, latin: a.latin + b.latin };
}

/** Whether the text is written in Korean (Hangul, among letters, at least KOREAN_SHARE). */
export function isKoreanText(text: string | ScriptLetters): boolean {
  const { hangul, latin } = typeof text === 'string' ? scriptLetters(text) : text;
  if (hangul === 0) return false;
  return hangul / (hangul + latin) >= KOREAN_SHARE;
}

/** The `lang` a note's article carries, or undefined when it is the site's language. */
export function noteLanguage(text: string | ScriptLetters, siteLang: string): string | undefined {
  if (siteLang === 'ko' || siteLang.startsWith('ko-')) return undefined;
  return isKoreanText(text) ? 'ko' : undefined;
}
