import { describe, it, expect } from 'vitest';
import { stripParticle } from '../../src/lib/korean/particles.ts';

describe('stripParticle: particles and endings', () => {
  it.each([
    ['노트북을', '노트북'],
    ['노트북이', '노트북'],
    ['노트북에서', '노트북'],
    ['노트북에서는', '노트북'],
    ['노트북은', '노트북'],
    ['엔드포인트에', '엔드포인트'],
    ['엔드포인트를', '엔드포인트'],
    ['엔드포인트가', '엔드포인트'],
    ['데이터를', '데이터'],
    ['파일로', '파일'],
    ['스토리지로', '스토리지'],
    ['클러스터와', '클러스터'],
    ['인스턴스들의', '인스턴스'],
    ['SageMaker의', 'SageMaker'],
    ['API를', 'API'],
    ['S3에', 'S3'],
    ['EC2인스턴스를', 'EC2인스턴스'],
    ['개발하는', '개발'],
    ['간단한', '간단'],
    ['실행됩니다', '실행'],
    ['효율적인', '효율적'],
    ['서비스입니다', '서비스'],
  ])('%s → %s', (word, stem) => {
    expect(stripParticle(word)).toBe(stem);
  });
});

describe('stripParticle: no over-stripping', () => {
  it.each([
    '고양이',
    '나이',
    '아이',
    '오이',
    '거리',
    '사이',
    '결과',
    '정확도',
    '민주주의',
    '파이프라인',
    '도메인',
    '노트북',
    '마을',
    '하나',
    '정의',
    '권한',
    '경로',
    '속도',
    '머신러닝',
    'SageMaker',
    '호랑이',
    '손잡이',
  ])('%s stays whole', (word) => {
    expect(stripParticle(word)).toBe(word);
  });

  it('respects phonology: 이/을 need a final consonant, 가/를 a vowel', () => {
    expect(stripParticle('데이터이')).toBe('데이터이'); // 터 has no 받침: 이 cannot be the particle
    expect(stripParticle('노트북가')).toBe('노트북가'); // 북 has 받침: 가 cannot be the particle
    expect(stripParticle('노트북로')).toBe('노트북로');
  });

  it('never leaves a 1-syllable Hangul stem', () => {
    expect(stripParticle('길이')).toBe('길이');
    expect(stripParticle('책을')).toBe('책을');
  });

  it('keeps words the caller knows', () => {
    expect(stripParticle('통계도')).toBe('통계');
    expect(stripParticle('통계도', { keep: new Set(['통계도']) })).toBe('통계도');
  });
});
