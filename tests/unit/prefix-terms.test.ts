import { describe, expect, it } from 'vitest';
import { withoutPrefixTerms } from '../../src/lib/korean/prefix-terms.ts';
import { searchRecords } from '../../src/lib/korean/search-records.ts';

describe('withoutPrefixTerms', () => {
  it('drops a term that begins a longer term or word, keeps the rest in order', () => {
    expect(withoutPrefixTerms(['ㅅㅌㄹㅈ', 'ㄱㅊ', 'ㅅㅌㄹㅈㄱㅊ', '노트북', 'ㅂㅍ'], ['노트북에서', 'ㅂ'])).toEqual([
      'ㄱㅊ',
      'ㅅㅌㄹㅈㄱㅊ',
      'ㅂㅍ',
    ]);
  });

  it('keeps a term equal to a word (it is not a proper prefix) and duplicates once covered', () => {
    expect(withoutPrefixTerms(['스토리지', '스토리지'], ['스토리지'])).toEqual(['스토리지', '스토리지']);
    expect(withoutPrefixTerms(['ab', 'ab', 'abc'])).toEqual(['abc']);
  });

  it('stays fast on a long list', () => {
    const terms = Array.from({ length: 50_000 }, (_, i) => `t${i}`);
    const t0 = performance.now();
    expect(withoutPrefixTerms(terms).length).toBeGreaterThan(0);
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});

describe('searchRecords term fields', () => {
  it('leave out body terms that a longer body term or word already begins, keep the rest', () => {
    const [r] = searchRecords(
      [
        {
          slug: 'a',
          title: '스토리지 계층',
          aliases: [],
          tags: [],
          modified: new Date(0),
          text: '스토리지 계층을 나눈다. 노트북에서 실행한다.',
        },
      ],
      '/',
    );
    const terms = r.meta.terms.split(' ');
    expect(terms).toContain('ㅅㅌㄹㅈㄱㅊ');
    expect(terms).not.toContain('ㅅㅌㄹㅈ'); // ㅅㅌㄹㅈㄱㅊ begins with it
    expect(terms).not.toContain('노트북'); // the body word 노트북에서 begins with it
    const title = r.meta.title_terms.split(' ');
    expect(title.some((t) => t.startsWith('ㅅㅌㄹㅈ'))).toBe(true);
  });
});
