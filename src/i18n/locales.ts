// The locales the site ships, by name. A new language is one module shaped like ko.ts (typed
// `Locale`), listed here and in the browser-side picks of client.ts, quiz.ts and study.ts.
import { ko, type Locale } from './ko.ts';
import { en } from './en.ts';

export const LOCALES: Record<string, Locale> = { ko, en };
