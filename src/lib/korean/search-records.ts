// Build time: the search index's records, one per note, made from what the render recorded.
// Pagefind indexes them as custom records (no page HTML is read), so the index holds the note's
// own text, its metadata fields and its tag filter, and nothing of the page around it.
import { formatKoreanDate } from '../notes/dates.ts';
import { noteUrl } from '../garden/urls.ts';
import { searchMeta } from './search-meta.ts';
import { SEARCH_LANGUAGE } from './search-config.ts';
import { learnVocabulary } from './vocabulary.ts';

export interface RecordSource {
  slug: string;
  title: string;
  aliases: string[];
  tags: string[];
  modified: Date;
  /** The note's readable text as rendered, without exam answers (src/lib/notes/page-text.ts). */
  text: string;
}

/** The argument of Pagefind's `index.addCustomRecord`. */
export interface SearchRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/**
 * One record per note: its text as content (excerpts show note text only), the title and date as
 * the result's metadata, Korean stems, compounds and 초성 keys as weighted metadata fields learned
 * from the whole vault, and its tags as the tag filter.
 */
export function searchRecords(notes: RecordSource[], base: string): SearchRecord[] {
  const vocab = learnVocabulary(notes.map((n) => `${n.title}\n${n.text}`));
  return notes.map((n): SearchRecord => ({
    url: noteUrl(base, n.slug),
    content: n.text,
    language: SEARCH_LANGUAGE,
    meta: {
      title: n.title,
      date: formatKoreanDate(n.modified),
      ...searchMeta({ title: n.title, aliases: n.aliases, tags: n.tags, body: n.text }, vocab),
    },
    filters: n.tags.length ? { tag: n.tags } : {},
  }));
}
