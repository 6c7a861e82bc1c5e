// Query time (browser and CLI): normalize what the user typed the same way the
// index was built, so that Pagefind's prefix-AND match finds every form.
// 노트북을 → 노트북 (prefix of 노트북에서 and of the indexed stem), SageMaker의 → sagemaker,
// ㅅㅌㄹㅈ stays (indexed 초성 key), 파일시스템 stays (indexed joined compound),
// 머신 러닝 stays (러닝 is an indexed part of 머신러닝). A Hangul term of 3+ syllables also sends its
// loose key (src/lib/korean/loose.ts): the index holds the key of every such word, so a correct
// spelling loses nothing and a common misspelling (쿠버네테스) meets the note through the key, while
// Pagefind leaves out a query word that matches nothing at all.
import { isInitialsQuery } from './hangul.ts';
import { looseKey } from './loose.ts';
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
  /** True for the loose key sent beside a Hangul term (typo tolerance). */
  loose?: boolean;
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
    const loose = word.script === 'hangul' || word.script === 'mixed' ? looseKey(term) : null;
    if (loose && !seen.has(loose)) {
      seen.add(loose);
      terms.push({ raw: word.text, term: loose, script: word.script, loose: true });
    }
  }
  return { terms, text: terms.map((t) => t.term).join(' ') };
}

/** The string to send to Pagefind for what the user typed. */
export function normalizeQuery(query: string, vocab?: Vocabulary): string {
  return analyzeQuery(query, vocab).text;
}
