// The search dialog's and page's strings, and diagrams drawn in the browser, in the configured
// locale (see locale-name.ts). A new locale adds its branch here, in quiz.ts and in study.ts.
import { koClient, type ClientStrings } from './ko.ts';
import { enClient } from './en.ts';
import { localeName } from './locale-name.ts';

declare const __GARDEN_LOCALE__: string | undefined;
// Vite folds this to the chosen name here, in this module, so the other locale is left out of the bundle.
const pick = typeof __GARDEN_LOCALE__ === 'string' ? __GARDEN_LOCALE__ : localeName;

export { localeName };
export const clientStrings: ClientStrings = pick === 'en' ? enClient : koClient;
