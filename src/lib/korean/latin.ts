// Normalization of Latin-script (English) words inside Korean text:
// case-insensitive, and split at . _ - / while keeping the joined form.

const SEPARATORS = /[._\-/]+/;

export interface LatinForms {
  /** Lower-cased word with its separators kept: spark.driver.memory */
  lower: string;
  /** Lower-cased word with separators removed: sparkdrivermemory */
  joined: string;
  /** The pieces between separators: spark, driver, memory (just [lower] when there is no separator). */
  parts: string[];
}

export function isLatinWord(word: string): boolean {
  return /^[\p{Script=Latin}\p{Nd}][\p{Script=Latin}\p{Nd}._\-/+#]*$/u.test(word);
}

export function normalizeLatin(word: string): LatinForms {
  const lower = word
    .normalize('NFKC')
    .toLowerCase()
    .replace(/^[._\-/]+|[._\-/]+$/g, '');
  const parts = lower.split(SEPARATORS).filter(Boolean);
  return { lower, joined: parts.join(''), parts: parts.length > 0 ? parts : [lower] };
}
