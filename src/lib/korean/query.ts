// Query time (browser and CLI): normalize what the user typed the same way the
// index was built, so that Pagefind's prefix-AND match finds every form.
// 노트북을 → 노트북 (prefix of 노트북에서 and of the indexed stem), SageMaker의 → sagemaker,
// ㅅㅌㄹㅈ stays (indexed 초성 key), 파일시스템 stays (indexed joined compound),
// 머신 러닝 stays (러닝 is an indexed part of 머신러닝).
import { isInitialsQuery } from './hangul.ts';
import { normalizeLatin } from './latin.ts';
import { stripParticle } from './particles.ts';
import { tokenize, type WordScript } from './tokenize.ts';
import type { Vocabulary } from './vocabulary.ts';

export interface QueryTerm {
  /** The word as typed. */
  raw: string;
  /** What is sent to Pagefind. */
  term: string;
  script: WordScript;
}

export interface NormalizedQuery {
  terms: QueryTerm[];
  /** The space-joined terms: the string to pass to pagefind.search(). */
  text: string;
}

export function analyzeQuery(query: string, vocab?: Vocabulary): NormalizedQuery {
  const keep = vocab?.words;
  const terms: QueryTerm[] = [];
  const seen = new Set<string>();
  for (const word of tokenize(query)) {
    let term: string;
    if (word.script === 'initials') {
      if (!isInitialsQuery(word.text, 1)) continue;
      term = word.text;
    } else if (word.script === 'hangul' || word.script === 'mixed') {
      term = stripParticle(word.text, { keep }).toLowerCase();
    } else if (word.script === 'latin') {
      term = normalizeLatin(word.text).lower;
    } else {
      continue;
    }
    if (term.length === 0 || seen.has(term)) continue;
    seen.add(term);
    terms.push({ raw: word.text, term, script: word.script });
  }
  return { terms, text: terms.map((t) => t.term).join(' ') };
}

/** The string to send to Pagefind for what the user typed. */
export function normalizeQuery(query: string, vocab?: Vocabulary): string {
  return analyzeQuery(query, vocab).text;
}
