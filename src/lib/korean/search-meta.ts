// Build time: the Pagefind metadata fields of one note page. The page renders
// each as <meta data-pagefind-meta="NAME[content]" content="VALUE"> (see README.md).
import { indexTerms } from './index-terms.ts';
import { SEARCH_FIELDS } from './search-config.ts';
import type { Vocabulary } from './vocabulary.ts';

export interface SearchableNote {
  title: string;
  aliases?: readonly string[];
  tags?: readonly string[];
  /** Plain body text WITHOUT the exam answers (정답 / 추가 설명 are never indexed). */
  body: string;
}

/** Field name → space-separated terms; empty fields are left out. */
export function searchMeta(note: SearchableNote, vocab?: Vocabulary): Record<string, string> {
  const aliases = (note.aliases ?? []).map((a) => a.trim()).filter(Boolean);
  const tags = (note.tags ?? []).map((t) => t.trim()).filter(Boolean);
  const head = [note.title, ...aliases, ...tags].join('\n');
  const fields: Record<string, string> = {
    [SEARCH_FIELDS.aliases]: aliases.join(' '),
    [SEARCH_FIELDS.tags]: tags.join(' '),
    [SEARCH_FIELDS.titleTerms]: indexTerms(head, vocab, { initials: true }).join(' '),
    [SEARCH_FIELDS.bodyTerms]: indexTerms(note.body, vocab, { wordInitials: true }).join(' '),
  };
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value.length > 0));
}
