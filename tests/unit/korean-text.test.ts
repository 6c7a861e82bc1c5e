import { describe, it, expect } from 'vitest';
import { normalizeLatin, isLatinWord } from '../../src/lib/korean/latin.ts';
import { tokenize } from '../../src/lib/korean/tokenize.ts';
import {
  learnVocabulary,
  createVocabulary,
  addCompound,
  vocabularyFromJSON,
  vocabularyToJSON,
  type VocabularyJSON,
} from '../../src/lib/korean/vocabulary.ts';
import { splitCompound } from '../../src/lib/korean/compounds.ts';
import { indexTerms } from '../../src/lib/korean/index-terms.ts';
import { analyzeQuery, normalizeQuery } from '../../src/lib/korean/query.ts';
import { searchMeta } from '../../src/lib/korean/search-meta.ts';

describe('English in Korean text', () => {
  it('lowercases and splits at . _ - / keeping the joined form', () => {
    expect(normalizeLatin('spark.driver.memory')).toEqual({
      lower: 'spark.driver.memory',
      joined: 'sparkdrivermemory',
      parts: ['spark', 'driver', 'memory'],
    });
    expect(normalizeLatin('SageMaker')).toEqual({ lower: 'sagemaker', joined: 'sagemaker', parts: ['sagemaker'] });
    expect(normalizeLatin('service/glue').parts).toEqual(['service', 'glue']);
    expect(normalizeLatin('max_workers').joined).toBe('maxworkers');
    expect(isLatinWord('glue-dev-endpoint')).toBe(true);
    expect(isLatinWord('노트북')).toBe(false);
  });
});

describe('tokenize', () => {
  it('keeps dotted Latin names whole, splits Hangul at punctuation, tracks spacing', () => {
    const words = tokenize('spark.driver.memory 값, 개발/테스트 (ENI)를 파일 시스템.');
    expect(words.map((w) => w.text)).toEqual([
      'spark.driver.memory',
      '값',
      '개발',
      '테스트',
      'ENI',
      '를',
      '파일',
      '시스템',
    ]);
    expect(words.map((w) => w.script)).toEqual([
      'latin',
      'hangul',
      'hangul',
      'hangul',
      'latin',
      'hangul',
      'hangul',
      'hangul',
    ]);
    expect(words[7].joinsPrevious).toBe(true); // 파일 시스템
    expect(words[2].joinsPrevious).toBe(false); // after a comma
    expect(tokenize('ㅅㅌㄹㅈ')[0].script).toBe('initials');
    expect(tokenize('API를')[0].script).toBe('mixed');
  });
});

describe('vocabulary and compounds', () => {
  const vocab = learnVocabulary(['POSIX 호환 파일 시스템에서 처리한다.', '엔드포인트를 만든다. 핵심 포인트.']);

  it('learns spaced pairs as compounds', () => {
    expect(vocab.compounds.get('파일시스템')).toEqual(['파일', '시스템']);
    expect(vocab.words.has('엔드포인트')).toBe(true);
    expect(vocab.compounds.has('시스템에서처리')).toBe(false); // 시스템에서 carries a particle
  });

  it('splits only by the vocabulary (no syllable n-grams)', () => {
    expect(splitCompound('파일시스템', vocab)).toEqual(['파일', '시스템']);
    expect(splitCompound('머신러닝', vocab)).toEqual(['머신', '러닝']); // seed words
    expect(splitCompound('엔드포인트', vocab)).toBeNull(); // 엔드 is not a known word
    expect(splitCompound('스토리지', vocab)).toBeNull();
    const custom = createVocabulary([]);
    expect(splitCompound('머신러닝', custom)).toBeNull();
    addCompound(custom, ['엔드', '포인트']);
    expect(splitCompound('엔드포인트', custom)).toEqual(['엔드', '포인트']);
  });

  it('round-trips through JSON', () => {
    const back = vocabularyFromJSON(JSON.parse(JSON.stringify(vocabularyToJSON(vocab))) as VocabularyJSON);
    expect(back.compounds.get('파일시스템')).toEqual(['파일', '시스템']);
    expect(back.words.size).toBe(vocab.words.size);
  });
});

describe('indexTerms (build time)', () => {
  const vocab = learnVocabulary(['대용량 머신러닝 데이터를 파일 시스템에서 처리한다.']);

  it('adds stems, joined compounds and compound parts, not words already present', () => {
    const terms = indexTerms('대용량 머신러닝 데이터를 파일 시스템에서 처리한다. API를 호출한다.', vocab);
    expect(terms).toEqual(expect.arrayContaining(['데이터', '파일시스템', '머신', '러닝', '시스템', 'api']));
    expect(terms).not.toContain('파일'); // already a word of the text
    expect(terms).not.toContain('인트'); // never syllable fragments
    expect(terms.every((t) => t === t.toLowerCase())).toBe(true);
  });

  it('adds 초성 keys only when asked (titles, tags)', () => {
    expect(indexTerms('분산 스토리지 솔루션', vocab)).not.toContain('ㅅㅌㄹㅈ');
    const title = indexTerms('분산 스토리지 솔루션', vocab, { initials: true });
    expect(title).toEqual(expect.arrayContaining(['ㅅㅌㄹㅈ', 'ㅂㅅ', 'ㅅㄹㅅ']));
  });

  it('gives titles 초성 keys that run across a spaced phrase from every word start', () => {
    const title = indexTerms('그래프 뷰 설정', vocab, { initials: true });
    expect(title).toEqual(expect.arrayContaining(['ㄱㄹㅍ', 'ㄱㄹㅍㅂㅅㅈ', 'ㅂㅅㅈ', 'ㅅㅈ']));
    // ㄱㄹㅍㅂ (그래프 뷰) is a prefix of one key; a key never starts inside a word.
    expect(title.some((t) => t.startsWith('ㄱㄹㅍㅂ'))).toBe(true);
    expect(title.some((t) => t.startsWith('ㄹㅍ'))).toBe(false);
    // Punctuation ends a phrase.
    expect(indexTerms('그래프. 뷰 설정', vocab, { initials: true }).some((t) => t.startsWith('ㄱㄹㅍㅂ'))).toBe(false);
  });

  it('gives body text 초성 keys of word starts and adjacent pairs only', () => {
    const body = indexTerms('스토리지 계층을 나눈다', vocab, { wordInitials: true });
    expect(body).toEqual(expect.arrayContaining(['ㅅㅌㄹㅈ', 'ㄱㅊ', 'ㅅㅌㄹㅈㄱㅊ', 'ㄱㅊㄴㄴㄷ']));
    expect(body).not.toContain('ㅅㅌㄹㅈㄱㅊㄴㄴㄷ');
    expect(body.some((t) => t.startsWith('ㅌㄹ'))).toBe(false);
  });

  it('splits mixed-script words into their runs', () => {
    expect(indexTerms('SageMaker노트북에서 실행')).toEqual(
      expect.arrayContaining(['sagemaker노트북', 'sagemaker', '노트북']),
    );
  });

  it('indexes the pieces of Latin aliases and tags', () => {
    expect(indexTerms('service/sagemaker glue-dev-endpoint', vocab, { initials: true })).toEqual(
      expect.arrayContaining([
        'service',
        'sagemaker',
        'servicesagemaker',
        'glue',
        'dev',
        'endpoint',
        'gluedevendpoint',
      ]),
    );
  });

  it('searchMeta fills the fields of a note and leaves answers to the caller', () => {
    const meta = searchMeta(
      { title: '스토리지 솔루션', aliases: ['posix-storage'], tags: ['storage/efs'], body: '파일 시스템에서' },
      vocab,
    );
    expect(meta.aliases).toBe('posix-storage');
    expect(meta.tags).toBe('storage/efs');
    expect(meta.title_terms.split(' ')).toContain('ㅅㅌㄹㅈ');
    expect(meta.terms.split(' ')).toContain('파일시스템');
    expect(meta.terms.split(' ')).toContain('ㅍㅇㅅㅅㅌ');
    expect(Object.keys(searchMeta({ title: 'x', body: '' }))).toEqual([]);
  });
});

describe('normalizeQuery (browser and CLI)', () => {
  it.each([
    ['노트북을', '노트북'],
    ['노트북이', '노트북'],
    ['노트북에서', '노트북'],
    ['엔드포인트에', '엔드포인트'],
    ['SageMaker의', 'sagemaker'],
    ['API를', 'api'],
    ['sagemaker', 'sagemaker'],
    ['SAGEMAKER', 'sagemaker'],
    ['고양이', '고양이'],
    ['나이', '나이'],
    ['ㅅㅌㄹㅈ', 'ㅅㅌㄹㅈ'],
    ['파일시스템', '파일시스템'],
    ['머신 러닝', '머신 러닝'],
    ['spark.driver.memory', 'spark.driver.memory'],
    ['glue-dev-endpoint', 'glue-dev-endpoint'],
    ['  노트북을   노트북이 ', '노트북'],
    ['SageMaker 노트북에서 엔드포인트를', 'sagemaker 노트북 엔드포인트'],
    ['!!! ??', ''],
  ])('%s → %s', (query, expected) => {
    expect(
      analyzeQuery(query)
        .terms.filter((t) => !t.loose)
        .map((t) => t.term)
        .join(' '),
    ).toBe(expected);
  });

  it('reports each term with its script, and the loose key of a 3+ syllable Hangul term beside it', () => {
    expect(analyzeQuery('ㅅㅌㄹㅈ API를 노트북 나이').terms).toEqual([
      { raw: 'ㅅㅌㄹㅈ', term: 'ㅅㅌㄹㅈ', script: 'initials' },
      { raw: 'API를', term: 'api', script: 'mixed' },
      { raw: '노트북', term: '노트북', script: 'hangul' },
      { raw: '노트북', term: '느트븍', script: 'hangul', loose: true },
      { raw: '나이', term: '나이', script: 'hangul' },
    ]);
    expect(normalizeQuery('노트북을')).toBe('노트북 느트븍');
  });

  it('gives a misspelling and the right spelling one loose key (typos people make in loanwords)', () => {
    for (const [typo, right] of [
      ['쿠버네테스', '쿠버네티스'],
      ['래디스', '레디스'],
      ['엘라스틱써치', '엘라스틱서치'],
      ['테라품', '테라폼'],
      ['프로메테우수', '프로메테우스'],
      ['클라우드프론트', '클라우드프런트'],
      ['세이지매이커', '세이지메이커'],
    ]) {
      const key = (q: string) => analyzeQuery(q).terms.find((t) => t.loose)?.term;
      expect(key(typo), typo).toBe(key(right));
      // the index holds the key of the right spelling
      expect(indexTerms(right), right).toContain(key(right));
    }
    // a word that is its own key needs none, and a misspelling of it meets it directly
    expect(analyzeQuery('카프카').terms.some((t) => t.loose)).toBe(false);
    expect(analyzeQuery('카푸카').terms.map((t) => t.term)).toContain('카프카');
  });
});
