import type { Problem } from '../report/problem.ts';

/** One file of the vault as read from disk: bytes plus what the file system and git know of it. */
export interface VaultFile {
  /** Path relative to the vault root, `/`-separated, NFC. */
  file: string;
  bytes: Uint8Array;
  mtime: Date;
  birthtime: Date;
  git?: { created: Date; modified: Date };
}

/** A note after decoding, repair and front matter: everything the site and tools need, no HTML yet. */
export interface Note {
  file: string;
  slug: string;
  title: string;
  /** Front matter `title` as written (often a slug-like id; `title` is what pages show), when present. */
  frontmatterTitle?: string;
  description?: string;
  /** One or two sentences for meta descriptions, RSS and link previews: `description`, else the note's first lines as plain text. */
  summary: string;
  created: Date;
  modified: Date;
  /** Where the dates came from. */
  dateSource: 'frontmatter' | 'git' | 'file';
  tags: string[];
  aliases: string[];
  draft: boolean;
  /** Markdown body without front matter. */
  body: string;
  bodyStartLine: number;
  hasFrontmatter: boolean;
  /** Unknown front matter keys, kept as written. */
  extra: Record<string, unknown>;
  encoding: string;
  /** Set when the text was recovered from a broken encoding. */
  repair?: { codepage: string; confidence: number; reconstructed: number; hangulSyllables: number };
  readingMinutes: number;
}

/**
 * The fields of a note that pages, lists and feeds read, as the content collection stores them
 * (the body and rendered HTML are stored beside them by the loader).
 */
export const PUBLISHED_FIELDS = [
  'slug',
  'file',
  'title',
  'frontmatterTitle',
  'description',
  'summary',
  'created',
  'modified',
  'dateSource',
  'tags',
  'aliases',
  'readingMinutes',
  'repair',
  'extra',
] as const satisfies readonly (keyof Note)[];

export type PublishedNote = Pick<Note, (typeof PUBLISHED_FIELDS)[number]>;

export function publishedFields(note: Note): PublishedNote {
  const out: Partial<Record<keyof PublishedNote, unknown>> = {};
  for (const k of PUBLISHED_FIELDS) out[k] = note[k];
  return out as PublishedNote;
}

export interface VaultResult {
  notes: Note[];
  /** Files that are not Markdown (images, PDFs…), published as attachments. */
  attachments: string[];
  problems: Problem[];
  stats: VaultStats;
}

export interface VaultStats {
  files: number;
  published: number;
  drafts: number;
  /** Published notes whose encoding was guessed (no UTF-8, no BOM), by encoding label (`CP949`, `UTF-16LE`). */
  decoded: Record<string, number>;
  /** Published notes whose text was recovered from a mojibake round trip. */
  repaired: number;
  skipped: number;
}

/** Reader-facing name of a decoder label (`euc-kr` is read as Windows CP949). */
export function encodingLabel(encoding: string): string {
  return encoding === 'euc-kr' ? 'CP949' : encoding.toUpperCase();
}

/**
 * `1 decoded from CP949, 1 repaired` — how many notes were converted, each way counted apart.
 * Several encodings read `3 decoded (2 from CP949, 1 from UTF-16LE)`; none reads `0 decoded`.
 */
export function conversionSummary(stats: Pick<VaultStats, 'decoded' | 'repaired'>): string {
  const parts = Object.entries(stats.decoded)
    .filter(([, n]) => n > 0)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const total = parts.reduce((sum, [, n]) => sum + n, 0);
  const decoded =
    parts.length === 0
      ? '0 decoded'
      : parts.length === 1
        ? `${total} decoded from ${parts[0][0]}`
        : `${total} decoded (${parts.map(([e, n]) => `${n} from ${e}`).join(', ')})`;
  return `${decoded}, ${stats.repaired} repaired`;
}
