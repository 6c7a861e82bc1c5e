// Conservative stripper for Korean particles (조사) and the commonest verbal
// endings (어미) of 하다/되다 verbs. Longest match first, with guards:
// - phonology: 이/을/은/과/으로… only follow a final consonant (받침); 가/를/는/와/로… only follow a vowel;
// - the stem keeps at least two Hangul syllables (one Latin/digit character is enough: API를 → API);
// - a list of words (and word endings) that merely look like stem + particle: 고양이, 나이, 결과, 정확도, 민주주의…
import { finalConsonant, hasFinalConsonant, isHangulSyllable, syllableCount } from './hangul.ts';

/** Which stems a suffix may follow: after a final consonant, after a vowel, after a vowel or ㄹ, or anything. */
export type Attachment = 'consonant' | 'vowel' | 'vowel-or-rieul' | 'any';

export interface SuffixRule {
  suffix: string;
  attach: Attachment;
  /** The stem must end with this text (e.g. 인 only after 적: 효율적인 → 효율적). */
  after?: string;
}

const rules = (attach: Attachment, list: string): SuffixRule[] =>
  list
    .split(/\s+/)
    .filter(Boolean)
    .map((suffix) => ({ suffix, attach }));

/** The curated suffix list. */
export const SUFFIX_RULES: readonly SuffixRule[] = [
  // particles after a final consonant
  ...rules(
    'consonant',
    '이 을 은 과 과의 과는 과도 과를 으로 으로서 으로써 으로는 으로도 으로의 으로부터 으로만 이나 이랑 이라 이라고 이라는 이란 이든 이면 이라면 이라도',
  ),
  // particles after a vowel
  ...rules('vowel', '가 를 는 와 와의 와는 와도 와를 나 랑 라 라고 라는 란 든 라면 라도'),
  // 로 follows a vowel or ㄹ (파일로)
  ...rules('vowel-or-rieul', '로 로서 로써 로는 로도 로의 로부터 로만'),
  // particles after anything
  ...rules(
    'any',
    '의 에 에서 에게 에게서 한테 도 만 까지 부터 처럼 보다 마다 조차 마저 밖에 만큼 대로 ' +
      '에는 에도 에서는 에서도 에서의 에서만 에만 에의 에게는 에게도 까지는 까지도 까지의 까지만 부터는 부터의 ' +
      '만으로 만을 만이 보다는 처럼은 ' +
      '들 들이 들을 들은 들의 들에 들에서 들과 들로 들도 들만 들은 ' +
      // copula
      '이다 입니다 이며 이고 이지만 이므로 이었다 였다',
  ),
  // endings of 하다 / 되다 verbs and adjectives (개발하는 → 개발, 간단한 → 간단)
  ...rules(
    'any',
    '하다 한다 하는 하여 하고 하며 하면 하지 하기 하게 해서 해야 했다 했고 합니다 하려는 하려면 한 할 ' +
      '되다 된다 되는 되어 되고 되며 되면 되지 된 될 됩니다 됐다 되었다 시킨다 시키는',
  ),
  // 적인 / 적으로 keep the -적 noun (효율적인 → 효율적)
  { suffix: '인', attach: 'any' as const, after: '적' },
].sort((a, b) => b.suffix.length - a.suffix.length);

/** Words that end like a particle but are whole words. */
export const PROTECTED_WORDS: ReadonlySet<string> = new Set([
  '고양이',
  '호랑이',
  '원숭이',
  '어린이',
  '지팡이',
  '나이',
  '아이',
  '오이',
  '사이',
  '차이',
  '거리',
  '다리',
  '머리',
  '자리',
  '소리',
  '우리',
  '이야기',
  '결과',
  '성과',
  '학과',
  '통과',
  '경과',
  '인과',
  '일과',
  '해상도',
  '정확도',
  '신뢰도',
  '중요도',
  '유사도',
  '복잡도',
  '난이도',
  '민감도',
  '만족도',
  '인지도',
  '적합도',
  '완성도',
  '고속도로',
  '무제한',
  '최소한',
  '최대한',
  '캐나다',
]);

/** Word endings that mark a whole word (…주의 = -ism, …둥이, …잡이 …). */
export const PROTECTED_ENDINGS: readonly string[] = [
  '주의',
  '둥이',
  '잡이',
  '걸이',
  '놀이',
  '쟁이',
  '장이',
  '뱅이',
  '도로',
];

export interface StripOptions {
  /** Extra whole words never to strip (e.g. learned from the corpus). */
  keep?: ReadonlySet<string>;
}

function stemHasLatinOrDigit(stem: string): boolean {
  return /[\p{Script=Latin}\p{Nd}]/u.test(stem);
}

function isProtected(word: string, options: StripOptions): boolean {
  if (PROTECTED_WORDS.has(word) || options.keep?.has(word)) return true;
  return PROTECTED_ENDINGS.some((ending) => word.endsWith(ending) && word.length > ending.length);
}

function attachmentAllows(attach: Attachment, lastOfStem: string, latinStem: boolean): boolean {
  if (attach === 'any' || latinStem) return true; // Latin stems: pronunciation unknown (API를 / API을 both occur)
  if (!isHangulSyllable(lastOfStem)) return false;
  const final = finalConsonant(lastOfStem);
  if (attach === 'consonant') return final !== '';
  if (attach === 'vowel') return final === '';
  return final === '' || final === 'ㄹ'; // vowel-or-rieul
}

function stemIsLongEnough(stem: string): boolean {
  if (stem.length === 0) return false;
  if (stemHasLatinOrDigit(stem)) return true;
  return syllableCount(stem) >= 2;
}

/**
 * The stem of a word with one trailing particle/ending removed, or the word
 * itself when nothing can be stripped safely. 노트북에서 → 노트북, API를 → API,
 * 고양이 → 고양이, 나이 → 나이.
 */
export function stripParticle(word: string, options: StripOptions = {}): string {
  if (options.keep) return stripUncached(word, options);
  // Words repeat across a vault: remember answers (bounded, so a 10,000-note build stays flat).
  let stem = stripCache.get(word);
  if (stem === undefined) {
    if (stripCache.size >= STRIP_CACHE_MAX) stripCache.clear();
    stem = stripUncached(word, options);
    stripCache.set(word, stem);
  }
  return stem;
}

const STRIP_CACHE_MAX = 100_000;
const stripCache = new Map<string, string>();

function stripUncached(word: string, options: StripOptions): string {
  if (word.length < 2 || isProtected(word, options)) return word;
  for (const rule of SUFFIX_RULES) {
    if (!word.endsWith(rule.suffix)) continue;
    const stem = word.slice(0, word.length - rule.suffix.length);
    if (!stemIsLongEnough(stem)) continue;
    if (rule.after && !stem.endsWith(rule.after)) continue;
    const last = stem[stem.length - 1];
    const latinStem = !isHangulSyllable(last);
    if (latinStem && !stemHasLatinOrDigit(last)) continue; // e.g. stem ending in punctuation
    if (!attachmentAllows(rule.attach, last, latinStem)) continue;
    return stem;
  }
  return word;
}

/** Whether the syllable is one a noun phrase is unlikely to end with (a predicate / connective form). */
export function looksLikePredicate(word: string): boolean {
  const last = word[word.length - 1];
  if (!last || !isHangulSyllable(last)) return false;
  if ('는은던한된할될고며면게다요까죠니서'.includes(last)) return true;
  // 하는/된… are caught above; a final ㄴ/ㄹ on 하/되 forms (…한, …될) too. Keep nouns like 인스턴스, 파일.
  return hasFinalConsonant(last) && finalConsonant(last) === 'ㅆ';
}
