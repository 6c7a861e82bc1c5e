// The practice cards' and the /quiz/ page's strings in the configured locale (see locale-name.ts).
import { koQuiz, type QuizStrings } from './ko.ts';
import { enQuiz } from './en.ts';
import { localeName } from './locale-name.ts';

declare const __GARDEN_LOCALE__: string | undefined;
// Vite folds this to the chosen name here, in this module, so the other locale is left out of the bundle.
const pick = typeof __GARDEN_LOCALE__ === 'string' ? __GARDEN_LOCALE__ : localeName;

export const quizStrings: QuizStrings = pick === 'en' ? enQuiz : koQuiz;
