// The Pagefind settings shared by the build step, the browser and the CLI.

import { localeName } from '../../i18n/locale-name.ts';

/** Language of the index: the site's locale, as pages carry it in <html lang> (the Node API can force it).
 * Korean normalization (src/lib/korean) applies to Korean text whatever the language. */
export const SEARCH_LANGUAGE = localeName;

/** Names of the Pagefind metadata fields that carry searchable extra terms. */
export const SEARCH_FIELDS = {
  /** Note aliases, space separated (glue-dev-endpoint sagemaker-glue). */
  aliases: 'aliases',
  /** Note tags, space separated (service/glue infrastructure/vpc). */
  tags: 'tags',
  /** indexTerms(title + aliases + tags, vocab, { initials: true }). */
  titleTerms: 'title_terms',
  /** indexTerms(body without exam answers, vocab, { wordInitials: true }). */
  bodyTerms: 'terms',
} as const;

/**
 * Ranking passed to pagefind.options({ ranking }) in the browser and the CLI.
 * metaWeights boost a page whose metadata field matches a query word
 * (Pagefind ≥ 1.5; title defaults to 5, other fields to 1).
 */
export const PAGEFIND_RANKING = {
  metaWeights: {
    title: 10,
    [SEARCH_FIELDS.aliases]: 10,
    [SEARCH_FIELDS.tags]: 6,
    [SEARCH_FIELDS.titleTerms]: 6,
    [SEARCH_FIELDS.bodyTerms]: 1,
  },
} as const;
