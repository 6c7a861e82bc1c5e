// Study mode's strings on /quiz/ in the configured locale (see locale-name.ts).
import { koStudy, type StudyStrings } from './ko.ts';
import { enStudy } from './en.ts';
import { localeName } from './locale-name.ts';

declare const __GARDEN_LOCALE__: string | undefined;
// Vite folds this to the chosen name here, in this module, so the other locale is left out of the bundle.
const pick = typeof __GARDEN_LOCALE__ === 'string' ? __GARDEN_LOCALE__ : localeName;

export const studyStrings: StudyStrings = pick === 'en' ? enStudy : koStudy;
