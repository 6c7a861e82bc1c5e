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

/** Whether the text is written in Korean (Hangul, among letters, at least KOREAN_SHARE). */
export function isKoreanText(text: string): boolean {
  const hangul = text.match(HANGUL)?.length ?? 0;
  if (hangul === 0) return false;
  const latin = text.match(LATIN)?.length ?? 0;
  return hangul / (hangul + latin) >= KOREAN_SHARE;
}

/** The `lang` a note's article carries, or undefined when it is the site's language. */
export function noteLanguage(text: string, siteLang: string): string | undefined {
  if (siteLang === 'ko' || siteLang.startsWith('ko-')) return undefined;
  return isKoreanText(text) ? 'ko' : undefined;
}
