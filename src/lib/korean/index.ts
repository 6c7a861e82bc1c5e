// Shared Korean text module for search (build time and browser). No Node APIs.
export * from './hangul.ts';
export * from './particles.ts';
export * from './latin.ts';
export * from './tokenize.ts';
export * from './function-words.ts';
export * from './vocabulary.ts';
export * from './compounds.ts';
export * from './index-terms.ts';
export * from './query.ts';
export * from './search-config.ts';
export * from './search-meta.ts';
