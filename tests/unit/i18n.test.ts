// Every locale has every string of ko.ts, of the same kind (the `Locale` type checks this at
// compile time; this checks the modules as they are loaded, nested groups included).
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/i18n/locales.ts';
import { ko } from '../../src/i18n/ko.ts';
import { fillString } from '../../src/lib/quiz/strings.ts';

/** `path: kind` for every leaf of a strings object. */
function shape(value: unknown, path = ''): string[] {
  if (value && typeof value === 'object')
    return Object.entries(value)
      .flatMap(([k, v]) => shape(v, path ? `${path}.${k}` : k))
      .sort();
  return [`${path}: ${typeof value}`];
}

/** The `{name}` placeholders a template string fills. */
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('locales', () => {
  it('ships Korean and English', () => {
    expect(Object.keys(LOCALES)).toEqual(['ko', 'en']);
  });

  for (const [name, locale] of Object.entries(LOCALES)) {
    it(`${name} has the same strings as ko, of the same kind`, () => {
      expect(shape(locale)).toEqual(shape(ko));
    });

    it(`${name}'s templates fill the same {placeholders} as ko's`, () => {
      const walk = (a: unknown, b: unknown, path: string) => {
        if (typeof a === 'string' && typeof b === 'string') expect(placeholders(b), path).toEqual(placeholders(a));
        else if (a && typeof a === 'object')
          for (const k of Object.keys(a)) walk((a as never)[k], (b as never)[k], `${path}.${k}`);
      };
      walk(ko, locale, name);
    });

    it(`${name}'s functions take the same arguments as ko's and return text`, () => {
      expect(locale.readingTime(3)).toMatch(/3/);
      expect(locale.notesCount(12)).toMatch(/12/);
      expect(locale.repairedNotice(4, 10)).toMatch(/4[^\d][\s\S]*10|10[^\d][\s\S]*4/);
      expect(fillString(locale.practice.resultRight, { answer: 'B' })).toContain('B');
    });
  }

  it('names the locale by a BCP 47 tag Intl knows', () => {
    for (const locale of Object.values(LOCALES)) {
      expect(Intl.DateTimeFormat.supportedLocalesOf([locale.intl])).toEqual([locale.intl]);
      expect(locale.intl.toLowerCase().startsWith(locale.lang)).toBe(true);
    }
  });
});
