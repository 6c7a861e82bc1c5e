// Build time: the search index's records, one per note, made from what the render recorded.
// Pagefind indexes them as custom records (no page HTML is read), so the index holds the note's
// own text, its metadata fields and its tag filter, and nothing of the page around it.
import { formatDate } from '../notes/dates.ts';
import { noteUrl } from '../garden/urls.ts';
import { searchMeta } from './search-meta.ts';
import { SEARCH_FIELDS, SEARCH_LANGUAGE } from './search-config.ts';
import { learnVocabulary } from './vocabulary.ts';
import { withoutPrefixTerms } from './prefix-terms.ts';
import { tokenize } from './tokenize.ts';

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
 * The note's term fields without the terms that Pagefind's prefix matching already covers: a
 * title term covered by a longer title term, a body term by a longer body term or body word
 * (src/lib/korean/prefix-terms.ts). Each field keeps its own weight for every query it matched.
 */
function compactMeta(meta: Record<string, string>, body: string): Record<string, string> {
  const out = { ...meta };
  const compact = (field: string, words: Iterable<string> = []) => {
    if (!out[field]) return;
    const kept = withoutPrefixTerms(out[field].split(' '), words).join(' ');
    if (kept) out[field] = kept;
    else delete out[field];
  };
  compact(SEARCH_FIELDS.titleTerms);
  compact(
    SEARCH_FIELDS.bodyTerms,
    tokenize(body).map((w) => w.text.toLowerCase()),
  );
  return out;
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
      date: formatDate(n.modified),
      ...compactMeta(searchMeta({ title: n.title, aliases: n.aliases, tags: n.tags, body: n.text }, vocab), n.text),
    },
    filters: n.tags.length ? { tag: n.tags } : {},
  }));
}
