// Build time: the extra search terms for a page, to be stored in Pagefind
// metadata fields (searchable, never shown in excerpts). Pagefind matches
// each query word as a prefix of an indexed word, so we add:
// - particle-stripped stems (노트북에서 → 노트북) and Latin stems (API를 → api);
// - joined spaced compounds (파일 시스템 → 파일시스템), so the joined query matches;
// - parts of written-together compounds (머신러닝 → 머신, 러닝), so the spaced query matches;
// - the script runs of mixed words (SageMaker노트북 → sagemaker, 노트북);
// - with `initials` (titles, aliases, tags), 초성 keys of each Hangul word and of the words that
//   follow it in the same spaced phrase (그래프 뷰 설정 → ㄱㄹㅍ, ㄱㄹㅍㅂㅅㅈ, ㅂㅅㅈ, ㅅㅈ), so a 초성
//   query matches a word start and runs on across a compound (ㄱㄹㅍㅂ finds 그래프 뷰);
// - the loose key of every Hangul term of 3+ syllables (src/lib/korean/loose.ts), so a query
//   with a common misspelling (쿠버네테스, 래디스) meets the note through the query's loose key;
// - with `initials`, each adjacent pair of a title phrase joined (커넥션 풀 → 커넥션풀);
// - with `wordInitials` (body text), 초성 keys of each word of 2+ syllables and of it joined with
//   the next word (스토리지 계층 → ㅅㅌㄹㅈ, ㅅㅌㄹㅈㄱㅊ): word starts only, weighted below titles.
import { initialsOf, isAllHangul, syllableCount } from './hangul.ts';
import { normalizeLatin } from './latin.ts';
import { splitCompound } from './compounds.ts';
import { looseKey } from './loose.ts';
import { stripParticle } from './particles.ts';
import { tokenize, type Word } from './tokenize.ts';
import { canEndCompound, canStartCompound, type Vocabulary } from './vocabulary.ts';

export interface IndexTermsOptions {
  /** Add 초성 keys of words and spaced phrases (for titles, aliases and tags). */
  initials?: boolean;
  /** Add 초성 keys of words and adjacent pairs (for body text). */
  wordInitials?: boolean;
}

/** Longest run of words one phrase key spans (keys are matched by prefix, so shorter runs match too). */
const PHRASE_WORDS = 4;

const EMPTY_VOCABULARY: Vocabulary = { words: new Set(), compounds: new Map() };

/** Split a mixed word into runs of one script: SageMaker노트북 → [SageMaker, 노트북]. */
export function scriptRuns(word: string): string[] {
  return word.match(/[\uac00-\ud7a3]+|[^\uac00-\ud7a3]+/gu) ?? [];
}

function hangulStemTerms(stem: string, vocab: Vocabulary, add: (t: string) => void, initials: boolean): void {
  add(stem);
  const parts = splitCompound(stem, vocab);
  if (parts) parts.forEach(add);
  if (initials && syllableCount(stem) >= 2) add(initialsOf(stem));
}

/** The extra terms (deduplicated, lower-case, none equal to a word already in the text). */
export function indexTerms(text: string, vocab?: Vocabulary, options: IndexTermsOptions = {}): string[] {
  const voc = vocab ?? EMPTY_VOCABULARY;
  const initials = options.initials === true;
  const words: Word[] = tokenize(text);
  const surface = new Set(words.map((w) => w.text.toLowerCase()));
  const out = new Set<string>();
  const add = (term: string) => {
    const t = term.toLowerCase();
    if (t.length === 0) return;
    out.add(t);
    const loose = looseKey(t);
    if (loose) out.add(loose);
  };
  const wordInitials = options.wordInitials === true;
  // 초성 of the Hangul stems of the current spaced phrase (titles) or of the previous word (body).
  let phrase: string[] = [];
  let phraseStems: string[] = [];
  const flushPhrase = () => {
    if (initials) {
      for (let i = 0; i < phrase.length; i++) {
        const key = phrase.slice(i, i + PHRASE_WORDS).join('');
        if ([...key].length >= 2) add(key);
        if (i > 0) add(phraseStems[i - 1] + phraseStems[i]);
      }
    }
    phrase = [];
    phraseStems = [];
  };
  const hangulOf = (stem: string) => (stem.match(/[\uac00-\ud7a3]+/gu) ?? []).join('');
  let previous: Word | null = null;
  for (const word of words) {
    if (!word.joinsPrevious) flushPhrase();
    const hangul =
      word.script === 'hangul' || word.script === 'mixed'
        ? hangulOf(stripParticle(word.text, { keep: voc.words }))
        : '';
    if (hangul) {
      const key = initialsOf(hangul);
      if (wordInitials) {
        if (key.length >= 2) add(key);
        if (phrase.length > 0) add(phrase[phrase.length - 1] + key);
      }
      phrase = (wordInitials ? phrase.slice(-1) : phrase).concat(key);
      phraseStems = (wordInitials ? phraseStems.slice(-1) : phraseStems).concat(hangul);
    } else {
      flushPhrase();
    }
    if (word.script === 'hangul') {
      const stem = stripParticle(word.text, { keep: voc.words });
      hangulStemTerms(stem, voc, add, initials);
      if (
        previous &&
        previous.script === 'hangul' &&
        word.joinsPrevious &&
        canStartCompound(previous.text) &&
        canEndCompound(stem)
      ) {
        const joined = previous.text + stem;
        if (!vocab || voc.compounds.has(joined)) {
          add(joined);
          if (initials) add(initialsOf(joined));
        }
      }
    } else if (word.script === 'mixed') {
      const stem = stripParticle(word.text, { keep: voc.words });
      add(stem);
      for (const run of scriptRuns(stem)) {
        if (isAllHangul(run)) {
          if (syllableCount(run) >= 2) hangulStemTerms(stripParticle(run, { keep: voc.words }), voc, add, initials);
        } else {
          const latin = normalizeLatin(run);
          if (latin.joined) add(latin.lower);
        }
      }
    } else if (word.script === 'latin' && initials) {
      // titles/aliases/tags: index the pieces and the joined form of service/sagemaker, glue-dev-endpoint
      const latin = normalizeLatin(word.text);
      if (latin.parts.length > 1) {
        latin.parts.forEach(add);
        add(latin.joined);
      }
    }
    previous = word;
  }
  flushPhrase();
  return [...out].filter((t) => !surface.has(t));
}
