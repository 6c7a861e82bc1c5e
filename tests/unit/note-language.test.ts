import { describe, expect, it } from 'vitest';
import { isKoreanText, noteLanguage } from '../../src/lib/notes/note-language.ts';

describe('the language a note page declares', () => {
  it('reads Korean prose full of English terms as Korean', () => {
    expect(isKoreanText('Glue Development Endpoint는 VPC 안의 SageMaker Notebook에서 Spark 작업을 실행합니다.')).toBe(
      true,
    );
    expect(isKoreanText('한국어 본문입니다.')).toBe(true);
  });

  it('reads English that quotes a Korean word, or has no letters, as not Korean', () => {
    expect(
      isKoreanText('The Korean word 노트 means a note; this guide explains how the garden publishes a vault of notes.'),
    ).toBe(false);
    expect(isKoreanText('')).toBe(false);
    expect(isKoreanText('1234 → 5678')).toBe(false);
  });

  it('is set only where the note is Korean and the site is not', () => {
    expect(noteLanguage('쿠버네티스 파드를 정리합니다.', 'en')).toBe('ko');
    expect(noteLanguage('쿠버네티스 파드를 정리합니다.', 'ko')).toBeUndefined();
    expect(noteLanguage('Kubernetes pods, explained.', 'en')).toBeUndefined();
    expect(noteLanguage('Kubernetes pods, explained.', 'ko')).toBeUndefined();
  });
});
