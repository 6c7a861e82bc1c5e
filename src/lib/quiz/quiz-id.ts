// Stable ids of questions, shared by note pages and /quiz/ so that progress recorded on one shows on the other.

import type { Quiz } from './types.ts';

/**
 * The question's text reduced to what carries meaning: NFKC, lower case, and only letters, marks, digits and
 * symbols kept (whitespace and punctuation dropped), so reflowing a line or fixing a comma keeps the id.
 */
export function normalizeQuestionText(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFKC').toLowerCase()) {
    if (/[\p{L}\p{M}\p{N}\p{S}]/u.test(ch) && ch !== '`') out += ch;
  }
  return out;
}

/** cyrb53: a fast 53-bit string hash (public domain), as 14 hex digits. */
function hash53(str: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < str.length; i++) {
    const ch = str.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}

/**
 * `q-` + a hash of the question's own text: the stem, each option's text and which options are right, all
 * normalized (normalizeQuestionText). The note's name, folder and position do not enter, so a renamed or moved
 * note keeps its questions' history; a changed stem, option or answer is a new question. Usable as an HTML id.
 */
export function questionId(quiz: Pick<Quiz, 'question' | 'options'>): string {
  const parts = [normalizeQuestionText(quiz.question)];
  for (const o of quiz.options) parts.push(`${o.correct ? '+' : '-'}${normalizeQuestionText(o.text)}`);
  return `q-${hash53(parts.join('\u0000'))}`;
}

/**
 * The position key `quizId('/garden/notes/glue-sagemaker/', 0)` → `"q-garden-notes-glue-sagemaker-1"` (note key
 * plus 1-based index). The index lists it as each question's `was`, and /quiz/ moves practice results stored
 * under such a key to the question's questionId.
 */
export function quizId(noteKey: string, index: number): string {
  const key = noteKey
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}_-]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return `q-${key || 'note'}-${index + 1}`;
}
