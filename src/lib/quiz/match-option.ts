// Finding which option an explanation label or an answer fragment refers to.

import type { QuizOption } from './types.ts';

/** Case-, spacing- and punctuation-insensitive form used to compare texts. */
export function normalizeForMatch(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The option whose text is `text` (exactly after normalisation, else the only one containing it / contained in it). */
export function optionKeyByText(text: string, options: Pick<QuizOption, 'key' | 'text'>[]): string | undefined {
  const want = normalizeForMatch(text);
  if (want === '') return undefined;
  const exact = options.filter((o) => normalizeForMatch(o.text) === want);
  if (exact.length === 1) return exact[0].key;
  if (exact.length > 1) return undefined;
  const loose = options.filter((o) => {
    const have = normalizeForMatch(o.text);
    return have !== '' && (have.startsWith(want + ' ') || want.startsWith(have + ' '));
  });
  return loose.length === 1 ? loose[0].key : undefined;
}

const LETTER_LABEL = /^\(?([A-Z])(?:\)|\.|:|：|\s*번|$)/;
const WORD_LABEL = /^(?:option|choice|보기|선택지|답)\s*\(?([A-Z])\)?(?![\p{L}\p{N}])/iu;

/**
 * The option key named by an explanation label: `A) text`, `A.`, `(A)`, `A번`, `A`, `Option A (…)`, `보기 A`,
 * or, failing those, the option's own text (`Amazon EBS`).
 */
export function optionKeyFromLabel(label: string, options: Pick<QuizOption, 'key' | 'text'>[]): string | undefined {
  const l = label
    .trim()
    .replace(/[:：]$/, '')
    .trim();
  const m = LETTER_LABEL.exec(l) ?? WORD_LABEL.exec(l);
  if (m) return m[1].toUpperCase();
  return optionKeyByText(l, options);
}
