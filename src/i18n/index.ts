// The site's UI strings in the configured locale (GARDEN_LOCALE, else `locale` in
// src/garden.config.ts; default ko), for code that runs at build time. Browser scripts take
// theirs from client.ts, quiz.ts and study.ts, which bundle only the chosen locale's part they use.
import { localeName } from '../garden.config.ts';
import { LOCALES } from './locales.ts';
import type { Locale } from './ko.ts';

export type { ClientStrings, Locale, QuizStrings, StudyStrings } from './ko.ts';
export { clientStrings } from './client.ts';
export { quizStrings } from './quiz.ts';
export { studyStrings } from './study.ts';

/** Every UI string of the configured locale. */
export const t: Locale = LOCALES[localeName()];

/** Sorts labels in the locale's order, numbers by value (`note 2` before `note 10`). */
export const collator = new Intl.Collator(t.intl, { numeric: true, sensitivity: 'base' });
