// The answer line (`**정답: B, C, F) …**`) and the "Select two" hint of the question.

import type { QuizOption } from './types.ts';
import { normalizeForMatch, optionKeyByText } from './match-option.ts';

export type ParsedAnswer = {
  /** Letters in the order written (may include letters that are not option keys: the caller checks). */
  keys: string[];
  /** Wording beyond the option texts; undefined when the line only repeats letters and/or option texts. */
  answerText?: string;
};

const LETTER = /^\(?(?:(?:option|보기|선택지)\s+)?([A-Z])(?:\s*번)?\)?(?![A-Za-z0-9])/i;
// What may follow a bare letter for it to be a letter and not the first word of a sentence ("A company…").
const LETTER_END =
  /^(?:\s*$|\s*[,.:：)/&+、\-–—]|\s*(?:and|or|및|와|과|그리고)(?![A-Za-z])|\s+\(?[A-Z]\)?(?![A-Za-z0-9]))/;
const LETTER_SEP = /^\s*(?:(?:,|、|\/|&|\+|and\b|or\b|및|와|과|그리고)\s*|\s+)/i;
const AFTER_LETTERS = /^\s*(?:[).:：]|-|–|—)?\s*/;
// A further `E) text` inside the rest of the line, after a comma, semicolon, slash or "and".
const MORE_LETTERS = /(?:^|[,;/、]\s*|\s+(?:and|및|그리고)\s+)\(?([A-Z])\)\s*/g;

function letterAt(s: string): { key: string; length: number } | undefined {
  const m = LETTER.exec(s);
  if (!m) return undefined;
  if (!m[0].endsWith(')') && !LETTER_END.test(s.slice(m[0].length))) return undefined;
  return { key: m[1].toUpperCase(), length: m[0].length };
}

/** Parses what follows `정답:`; `options` lets bare option texts (`정답: Amazon EFS`) be recognised. */
export function parseAnswer(rest: string, options: Pick<QuizOption, 'key' | 'text'>[]): ParsedAnswer {
  let s = rest.trim();
  const keys: string[] = [];
  let tok = letterAt(s);
  while (tok) {
    keys.push(tok.key);
    s = s.slice(tok.length);
    const sep = LETTER_SEP.exec(s);
    if (!sep) break;
    tok = letterAt(s.slice(sep[0].length));
    if (tok) s = s.slice(sep[0].length);
  }
  if (keys.length === 0) {
    // No letters: accept option texts separated by commas.
    const parts = s.split(/\s*[,;]\s*/).filter((p) => p !== '');
    const byText = parts.map((p) => optionKeyByText(p.replace(/[.。]$/, ''), options));
    if (parts.length > 0 && byText.every((k) => k !== undefined)) return { keys: byText };
    return { keys: [], answerText: s || undefined };
  }
  s = s.replace(AFTER_LETTERS, '');
  // Further letters written with their own texts: "D) Amazon EFS, E) Amazon FSx for Lustre".
  const segments: string[] = [];
  let last = 0;
  const known = new Set(options.map((o) => o.key));
  for (const mm of s.matchAll(MORE_LETTERS)) {
    const k = mm[1].toUpperCase();
    if (mm.index === 0 || !known.has(k) || keys.includes(k)) continue;
    segments.push(s.slice(last, mm.index));
    keys.push(k);
    last = mm.index + mm[0].length;
  }
  segments.push(s.slice(last));
  const text = s.trim();
  if (text === '') return { keys };
  const textOf = (k: string) => options.find((o) => o.key === k)?.text ?? '';
  const clean = (t: string) => normalizeForMatch(t.replace(/[.。]\s*$/, ''));
  const repeatsOptions =
    (segments.length === keys.length && segments.every((seg, i) => clean(seg) === clean(textOf(keys[i])))) ||
    (keys.length === 1 && clean(text) === clean(textOf(keys[0])));
  return repeatsOptions ? { keys } : { keys, answerText: text };
}

const COUNT_WORDS: Record<string, number> = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  '2': 2,
  '3': 3,
  '4': 4,
  '5': 5,
  두: 2,
  세: 3,
  네: 4,
  다섯: 5,
};

/**
 * How many answers the question asks for: a number for `Select two` / `(Choose 3)` / `두 개를 고르시오`,
 * 'many' for `모두 고르시오` / `Select all that apply`, undefined when it does not say.
 */
export function expectedAnswerCount(question: string): number | 'many' | undefined {
  const en = /\b(?:select|choose|pick)\s+(two|three|four|five|[2-5])\b/i.exec(question);
  if (en) return COUNT_WORDS[en[1].toLowerCase()];
  const ko = /(두|세|네|다섯|[2-5])\s*(?:개|가지)[^.?!\n]{0,12}?(?:고르|선택)/.exec(question);
  if (ko) return COUNT_WORDS[ko[1]];
  if (/\ball that apply\b|모두\s*(?:고르|선택)/i.test(question)) return 'many';
  return undefined;
}
