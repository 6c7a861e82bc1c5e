// The UI strings browser scripts use, in the configured locale. Vite writes the locale's name in
// place of __GARDEN_LOCALE__ (astro.config.mjs), so the picks below fold to one locale's part and a
// page's bundle holds nothing else; outside Vite (render workers, the CLI, unit tests) the name
// comes from src/garden.config.ts. A new locale adds its branch to each pick.
import { koClient, koQuiz, koStudy, type ClientStrings, type QuizStrings, type StudyStrings } from './ko.ts';
import { enClient, enQuiz, enStudy } from './en.ts';

declare const __GARDEN_LOCALE__: string | undefined;

/** The configured locale's name (`ko`, `en`); a browser given the modules unbundled (tests) gets ko. */
export const localeName: string =
  typeof __GARDEN_LOCALE__ === 'string'
    ? __GARDEN_LOCALE__
    : typeof process === 'object' && process.versions?.node
      ? (await import('../garden.config.ts')).localeName()
      : 'ko';

export const quizStrings: QuizStrings = localeName === 'en' ? enQuiz : koQuiz;
export const studyStrings: StudyStrings = localeName === 'en' ? enStudy : koStudy;
export const clientStrings: ClientStrings = localeName === 'en' ? enClient : koClient;
