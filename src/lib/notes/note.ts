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
  /** Front matter `title` (the slug-like id), when present. */
  id?: string;
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

export interface VaultResult {
  notes: Note[];
  /** Files that are not Markdown (images, PDFs…), published as attachments. */
  attachments: string[];
  problems: Problem[];
  stats: { files: number; published: number; drafts: number; repaired: number; skipped: number };
}
