/**
 * Reading time in whole minutes. Korean text is read at about 500 syllables a minute,
 * other words at about 220 words a minute; code counts like words. Never less than 1.
 */
export const HANGUL_PER_MINUTE = 500;
export const WORDS_PER_MINUTE = 220;

export function readingMinutes(text: string): number {
  const hangul = (text.match(/[\uAC00-\uD7A3]/g) ?? []).length;
  const words = (text.replace(/[\uAC00-\uD7A3]+/g, ' ').match(/[A-Za-z0-9][\w.-]*/g) ?? []).length;
  return Math.max(1, Math.round(hangul / HANGUL_PER_MINUTE + words / WORDS_PER_MINUTE));
}
