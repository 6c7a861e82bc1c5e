// The vocabulary that drives compound joining/splitting: known words (stems)
// and known compounds. Learned from the whole corpus at build time (a spaced
// pair 파일 시스템 makes 파일시스템 a known compound), serializable to JSON.
import { syllableCount } from './hangul.ts';
import { looksLikePredicate, stripParticle } from './particles.ts';
import { tokenize } from './tokenize.ts';
import { isFunctionWord } from './function-words.ts';

export interface Vocabulary {
  /** Known standalone words (Hangul stems, ≥ 2 syllables). */
  words: Set<string>;
  /** Known compounds: joined form → its parts (파일시스템 → [파일, 시스템]). */
  compounds: Map<string, string[]>;
}

export interface VocabularyJSON {
  words: string[];
  compounds: Record<string, string[]>;
}

/**
 * Common parts of Korean IT/ML compounds, so that 머신러닝 splits into
 * 머신 + 러닝 even when the corpus never writes it spaced.
 */
export const SEED_WORDS: readonly string[] = [
  '머신',
  '러닝',
  '딥러닝',
  '기계',
  '학습',
  '인공',
  '지능',
  '자연어',
  '처리',
  '파일',
  '시스템',
  '데이터',
  '베이스',
  '사이언스',
  '사이언티스트',
  '엔지니어',
  '엔지니어링',
  '스토리지',
  '서비스',
  '계정',
  '인스턴스',
  '노트북',
  '모델',
  '훈련',
  '배포',
  '파이프라인',
  '스트리밍',
  '분산',
  '병렬',
  '네트워크',
  '보안',
  '그룹',
  '정책',
  '역할',
  '권한',
  '클러스터',
  '컨테이너',
  '이미지',
  '로그',
  '버킷',
  '객체',
  '블록',
  '관리',
  '실시간',
  '배치',
  '전처리',
  '후처리',
  '추론',
  '엔드포인트',
  '개발',
  '환경',
  '작업',
  '설정',
  '구성',
  '비용',
  '효율',
  '최적화',
  '스크립트',
  '세션',
  '서버',
  '애플리케이션',
  '리소스',
  '컴퓨팅',
  '노드',
  '동기화',
  '자동',
  '확장',
  '모니터링',
  '이벤트',
  '함수',
  '쿼리',
  '테이블',
  '카탈로그',
  '메타데이터',
  '특성',
  '피처',
  '추천',
  '이상',
  '탐지',
  '분석',
  '시각화',
  '인터페이스',
  '가상',
  '머신러닝',
  '프로세스',
  '프로세싱',
  '워크로드',
  '마이크로',
  '아키텍처',
  '통합',
  '연결',
  '접근',
  '제어',
];

export function createVocabulary(seed: Iterable<string> = SEED_WORDS): Vocabulary {
  return { words: new Set(seed), compounds: new Map() };
}

/** Record a compound (and its parts as known words). */
export function addCompound(vocab: Vocabulary, parts: string[]): void {
  if (parts.length < 2) return;
  vocab.compounds.set(parts.join(''), [...parts]);
  for (const part of parts) vocab.words.add(part);
}

export interface LearnOptions {
  seed?: Iterable<string>;
  /** A spaced pair must be seen this many times to become a compound (default 1). */
  minPairCount?: number;
}

/** Is `word` a bare noun that can be the first half of a spaced compound? */
export function canStartCompound(word: string): boolean {
  return (
    syllableCount(word) >= 2 &&
    syllableCount(word) === word.length &&
    stripParticle(word) === word &&
    !looksLikePredicate(word) &&
    !isFunctionWord(word)
  );
}

/** Can `stem` (a particle-stripped word) be the second half of a spaced compound? */
export function canEndCompound(stem: string): boolean {
  return syllableCount(stem) >= 2 && !isFunctionWord(stem);
}

/** Learn words and spaced-pair compounds from the corpus texts. */
export function learnVocabulary(texts: Iterable<string>, options: LearnOptions = {}): Vocabulary {
  const vocab = createVocabulary(options.seed ?? SEED_WORDS);
  const minPairCount = options.minPairCount ?? 1;
  const pairCounts = new Map<string, { parts: string[]; count: number }>();
  for (const text of texts) {
    const words = tokenize(text);
    let previous: string | null = null;
    for (const word of words) {
      if (word.script !== 'hangul') {
        previous = null;
        continue;
      }
      const stem = stripParticle(word.text);
      if (syllableCount(stem) >= 2) vocab.words.add(stem);
      if (previous !== null && word.joinsPrevious && canStartCompound(previous) && canEndCompound(stem)) {
        const key = previous + stem;
        const entry = pairCounts.get(key) ?? { parts: [previous, stem], count: 0 };
        entry.count++;
        pairCounts.set(key, entry);
      }
      previous = word.text;
    }
  }
  for (const { parts, count } of pairCounts.values()) if (count >= minPairCount) addCompound(vocab, parts);
  return vocab;
}

export function vocabularyToJSON(vocab: Vocabulary): VocabularyJSON {
  return {
    words: [...vocab.words].sort(),
    compounds: Object.fromEntries([...vocab.compounds.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
  };
}

export function vocabularyFromJSON(json: VocabularyJSON): Vocabulary {
  return { words: new Set(json.words), compounds: new Map(Object.entries(json.compounds)) };
}
