// The query pipeline shared by the browser search box and `garden search`:
// normalize the query, apply the shared ranking, ask Pagefind, read results.
import { analyzeQuery, type NormalizedQuery } from './query.ts';
import { PAGEFIND_RANKING } from './search-config.ts';
import type { Vocabulary } from './vocabulary.ts';

/** The part of Pagefind's JS API (pagefind.js or createInstance()) that we use. */
export interface PagefindLike {
  search: (
    term: string,
    opts?: Record<string, unknown>,
  ) => Promise<{
    results: { score: number; data: () => Promise<{ url: string; meta: Record<string, string>; excerpt: string }> }[];
  } | null>;
}

export interface SearchHit {
  url: string;
  title: string;
  score: number;
  excerpt: string;
}

export interface SearchOutcome {
  query: NormalizedQuery;
  hits: SearchHit[];
}

/** The shared ranking, given to Pagefind as it is opened (every part of the index takes it; see search-parts.ts). */
export const PAGEFIND_OPTIONS = { ranking: PAGEFIND_RANKING };

export async function searchNotes(
  pagefind: PagefindLike,
  rawQuery: string,
  options: { vocab?: Vocabulary; limit?: number } = {},
): Promise<SearchOutcome> {
  const query = analyzeQuery(rawQuery, options.vocab);
  if (query.text === '') return { query, hits: [] };
  const response = await pagefind.search(query.text);
  if (!response) return { query, hits: [] };
  const limit = options.limit ?? response.results.length;
  const hits = await Promise.all(
    response.results.slice(0, limit).map(async (result) => {
      const data = await result.data();
      return { url: data.url, title: data.meta.title ?? data.url, score: result.score, excerpt: data.excerpt };
    }),
  );
  return { query, hits };
}
