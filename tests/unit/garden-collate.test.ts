import { describe, it, expect } from 'vitest';
import { koreanInitial, compareKo, compareInitials, INITIAL_ORDER } from '../../src/lib/garden/collate.ts';

describe('koreanInitial', () => {
  it('gives the 초성 of the first syllable, doubled consonants folded', () => {
    expect(koreanInitial('가상 사설 클라우드')).toBe('ㄱ');
    expect(koreanInitial('까치')).toBe('ㄱ');
    expect(koreanInitial('떡')).toBe('ㄷ');
    expect(koreanInitial('빵')).toBe('ㅂ');
    expect(koreanInitial('쌀')).toBe('ㅅ');
    expect(koreanInitial('짜장')).toBe('ㅈ');
    expect(koreanInitial('아마존')).toBe('ㅇ');
    expect(koreanInitial('힙')).toBe('ㅎ');
    expect(koreanInitial('ㄲ')).toBe('ㄱ');
    expect(koreanInitial('노트'.normalize('NFD'))).toBe('ㄴ');
  });

  it('gives uppercase Latin letters and # for the rest', () => {
    expect(koreanInitial('glue-dev-endpoint')).toBe('G');
    expect(koreanInitial('EMR')).toBe('E');
    expect(koreanInitial('élan')).toBe('E');
    expect(koreanInitial('  sagemaker')).toBe('S');
    expect(koreanInitial('3d')).toBe('#');
    expect(koreanInitial('(괄호)')).toBe('#');
    expect(koreanInitial('')).toBe('#');
    expect(koreanInitial('日本')).toBe('#');
  });
});

describe('compareKo', () => {
  it('sorts Hangul first in ㄱㄴㄷ order, then Latin case-insensitively, then others', () => {
    const input = ['zeta', '3d', 'Alpha', '하늘', 'beta', '가방', '나무', '_x', 'ㄴ', 'BETA2'];
    const sorted = [...input].sort(compareKo);
    expect(sorted.slice(0, 4)).toEqual(['가방', 'ㄴ', '나무', '하늘']);
    expect(sorted.slice(4, 8)).toEqual(['Alpha', 'beta', 'BETA2', 'zeta']);
    expect(new Set(sorted.slice(8))).toEqual(new Set(['_x', '3d']));
  });

  it('is numeric-aware and deterministic for case variants', () => {
    expect(['note 10', 'note 2'].sort(compareKo)).toEqual(['note 2', 'note 10']);
    expect(compareKo('Glue', 'glue')).not.toBe(0);
    expect(Math.sign(compareKo('Glue', 'glue'))).toBe(-Math.sign(compareKo('glue', 'Glue')));
  });
});

describe('compareInitials', () => {
  it('orders ㄱ…ㅎ, A…Z, #', () => {
    expect(INITIAL_ORDER[0]).toBe('ㄱ');
    expect(INITIAL_ORDER[INITIAL_ORDER.length - 1]).toBe('#');
    expect(['#', 'B', 'ㅎ', 'A', 'ㄱ'].sort(compareInitials)).toEqual(['ㄱ', 'ㅎ', 'A', 'B', '#']);
  });
});
