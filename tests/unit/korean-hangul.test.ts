import { describe, it, expect } from 'vitest';
import {
  decompose,
  decomposeSyllable,
  hasFinalConsonant,
  initialsOf,
  isAllHangul,
  isInitialsQuery,
  syllableCount,
} from '../../src/lib/korean/hangul.ts';

describe('hangul', () => {
  it('decomposes syllables into jamo', () => {
    expect(decomposeSyllable('각')).toEqual({ initial: 'ㄱ', medial: 'ㅏ', final: 'ㄱ' });
    expect(decomposeSyllable('노')).toEqual({ initial: 'ㄴ', medial: 'ㅗ', final: '' });
    expect(decomposeSyllable('힣')).toEqual({ initial: 'ㅎ', medial: 'ㅣ', final: 'ㅎ' });
    expect(decomposeSyllable('a')).toBeNull();
    expect(decompose('북a')).toBe('ㅂㅜㄱa');
  });

  it('knows final consonants (받침)', () => {
    expect(hasFinalConsonant('북')).toBe(true);
    expect(hasFinalConsonant('터')).toBe(false);
    expect(hasFinalConsonant('A')).toBe(false);
  });

  it('computes 초성 of a word', () => {
    expect(initialsOf('스토리지')).toBe('ㅅㅌㄹㅈ');
    expect(initialsOf('머신러닝')).toBe('ㅁㅅㄹㄴ');
    expect(initialsOf('EC2 인스턴스')).toBe('ㅇㅅㅌㅅ');
    expect(initialsOf('쌍꺼풀')).toBe('ㅆㄲㅍ');
  });

  it('recognizes 초성 queries', () => {
    expect(isInitialsQuery('ㅅㅌㄹㅈ')).toBe(true);
    expect(isInitialsQuery('ㅅ')).toBe(false);
    expect(isInitialsQuery('ㅅ', 1)).toBe(true);
    expect(isInitialsQuery('ㅅㅌ리지')).toBe(false);
    expect(isInitialsQuery('ㅏㅓ')).toBe(false);
  });

  it('counts syllables', () => {
    expect(syllableCount('노트북')).toBe(3);
    expect(syllableCount('API를')).toBe(1);
    expect(isAllHangul('노트북')).toBe(true);
    expect(isAllHangul('API를')).toBe(false);
    expect(isAllHangul('')).toBe(false);
  });
});
