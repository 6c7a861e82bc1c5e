// Build time: the extra search terms for a page, to be stored in Pagefind
// metadata fields (searchable, never shown in excerpts). Pagefind matches
// each query word as a prefix of an indexed word, so we add:
// - particle-stripped stems (노트북에서 → 노트북) and Latin stems (API를 → api);
// - joined spaced compounds (파일 시스템 → 파일시스템), so the joined query matches;
// - parts of written-together compounds (머신러닝 → 머신, 러닝), so the spaced query matches;
// - the script runs of mixed words (SageMaker노트북 → sagemaker, 노트북);
// - with `initials`, 초성 keys of each Hangul word and joined pair (스토리지 → ㅅㅌㄹㅈ).
import { initialsOf, isAllHangul, syllableCount } from './hangul.ts';
import { normalizeLatin } from './latin.ts';
import { splitCompound } from './compounds.ts';
import { stripParticle } from './particles.ts';
import { tokenize, type Word } from './tokenize.ts';
import { canEndCompound, canStartCompound, type Vocabulary } from './vocabulary.ts';

export interface IndexTermsOptions {
  /** Add 초성 keys (for titles, aliases and tags; not for body text). */
  initials?: boolean;
}

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
    if (t.length > 0) out.add(t);
  };
  let previous: Word | null = null;
  for (const word of words) {
    if (word.script === 'hangul') {
      const stem = stripParticle(word.text, { keep: voc.words });
      hangulStemTerms(stem, voc, add, initials);
      if (previous && previous.script === 'hangul' && word.joinsPrevious && canStartCompound(previous.text) && canEndCompound(stem)) {
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
  return [...out].filter((t) => !surface.has(t));
}
