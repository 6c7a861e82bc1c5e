// URL slugs for notes, tags and aliases, and GitHub-style heading ids.
//
// Rules (all slugs are NFC, lowercase, Hangul kept as Hangul):
// - slugify: whitespace, `_`, punctuation and symbols become `-`; apostrophes and
//   quotes vanish; runs of `-` collapse; leading/trailing `-` are trimmed.
//   Letters (any script, incl. Hangul syllables and jamo), marks and digits stay.
// - noteSlug: the front matter title when it is already slug-like
//   (`glue-sagemaker-vpc-integration`), otherwise the file path relative to the
//   vault, without the `.md`/`.mdx` extension, slugified per folder segment and
//   joined with `/` (`aws/glue 노트.md` → `aws/glue-노트`). A file name that is a
//   machine id (`001_89b60256bcfde2a5.md`, a UUID, a 14-digit timestamp) says nothing
//   to a reader, so its segment is replaced by the slugified note title (the one the
//   vault computes: front matter or first heading), cut to TITLE_SLUG_MAX characters at
//   a `-`; the folders stay. A slug-like front matter title has no folder. A slug whose first segment is a site route (RESERVED_SLUGS)
//   gets the suffix `-note` on that segment so it can never shadow the route.
// - tagSlug: per `/`-separated tag segment (`service/glue`, `서비스/글루`).
// - aliasSlug: one flat segment (a `/` in an alias becomes `-`).
// - headingId: github-slugger, as Astro uses for heading ids (keeps Hangul).
import { NOTE_FILE } from '../notes/note-file.ts';
import GithubSlugger, { slug as githubSlug } from 'github-slugger';

/** First URL segments owned by the site itself; a note or alias must never take them. */
export const RESERVED_SLUGS: readonly string[] = Object.freeze([
  'tags',
  'aliases',
  'search',
  'quiz',
  'graph',
  'rss.xml',
  '404',
  'pagefind',
  '_astro',
]);

const RESERVED_SET = new Set(RESERVED_SLUGS);

/** Suffix added to a note slug's first segment when it would hit a reserved route. */
export const RESERVED_SUFFIX = '-note';

const QUOTES = /['’‘"“”`´]/gu;
const SEPARATORS = /[^\p{L}\p{M}\p{N}]+/gu;

/** Readable URL slug of a piece of text (one segment: `/` becomes `-`). */
export function slugify(text: string): string {
  return String(text ?? '')
    .normalize('NFC')
    .toLowerCase()
    .replace(QUOTES, '')
    .replace(SEPARATORS, '-')
    .replace(/^-+|-+$/g, '');
}

/** True when the text is already a slug (unchanged by slugify, non-empty). */
export function isSlugLike(text: string): boolean {
  if (typeof text !== 'string' || text.length === 0) return false;
  return slugify(text) === text;
}

/** True when the slug (or its first `/` segment) is one of the site's own routes. */
export function isReservedSlug(slug: string): boolean {
  const first = String(slug ?? '')
    .normalize('NFC')
    .toLowerCase()
    .split('/')[0];
  return RESERVED_SET.has(first);
}

function unreserve(slug: string): string {
  if (!isReservedSlug(slug)) return slug;
  const parts = slug.split('/');
  parts[0] = slugify(parts[0]) + RESERVED_SUFFIX;
  return parts.join('/');
}

/** File path without a Markdown extension, with `/` separators and no leading `./`. */
export function stripNoteExtension(fileName: string): string {
  return String(fileName ?? '')
    .replace(/\\/g, '/')
    .replace(/^(\.\/)+/, '')
    .replace(NOTE_FILE, '');
}

/** Slug of a path: every `/` segment slugified, empty segments dropped. */
export function pathSlug(path: string): string {
  return path
    .split('/')
    .map(slugify)
    .filter((s) => s.length > 0)
    .join('/');
}

export interface NoteSlugInput {
  /** Front matter `title`, when present. */
  title?: string;
  /** The title the page shows (front matter, first heading, first line…); names machine-id files. */
  displayTitle?: string;
  /** Path relative to the vault, with folders, e.g. `aws/glue 노트.md`. */
  fileName: string;
}

/** Longest slug made from a title (characters); longer titles are cut at a `-`. */
export const TITLE_SLUG_MAX = 60;

const HEX_ID = /^[0-9a-f]{8,}$/;

/**
 * True when a file's base name is an identifier made by a tool, not a name: every `-`/`_`
 * part is hexadecimal or digits and one of them is a hash (8+ hex characters with a letter
 * and a digit: `001_89b60256bcfde2a5`, UUIDs), or the whole name is a 12–14 digit timestamp
 * (`202311041530`). Dates (`2024-01-15`) and words are names.
 */
export function isMachineIdName(fileName: string): boolean {
  const base = (stripNoteExtension(fileName).split('/').pop() ?? '').toLowerCase();
  if (/^\d{12,14}$/.test(base)) return true;
  const parts = base.split(/[-_]/);
  if (parts.length === 0 || parts.some((p) => !/^[0-9a-f]+$/.test(p))) return false;
  return parts.some((p) => HEX_ID.test(p) && /[a-f]/.test(p) && /\d/.test(p));
}

/** Slug of a title, at most `max` characters, cut after a whole word when it is longer. */
export function titleSlug(title: string, max = TITLE_SLUG_MAX): string {
  const full = slugify(title);
  const chars = [...full];
  if (chars.length <= max) return full;
  const cut = chars.slice(0, max + 1).join('');
  const at = cut.lastIndexOf('-');
  return (at > 0 ? cut.slice(0, at) : chars.slice(0, max).join('')).replace(/-+$/, '');
}

/** The slug a note's file path gives it (folders kept), before titles are considered. */
export function fileSlug(fileName: string): string {
  return pathSlug(stripNoteExtension(fileName));
}

/** URL slug of a note: `/<slug>/`. Never empty, never a reserved route. */
export function noteSlug(input: NoteSlugInput): string {
  const title = typeof input.title === 'string' ? input.title.trim().normalize('NFC') : '';
  if (title && isSlugLike(title)) return unreserve(title);
  const fromFile = fileSlug(input.fileName);
  if (fromFile && isMachineIdName(input.fileName)) {
    const named = titleSlug(input.displayTitle?.trim() || title);
    if (named) return unreserve([...fromFile.split('/').slice(0, -1), named].join('/'));
  }
  if (fromFile) return unreserve(fromFile);
  const fromTitle = slugify(title);
  return unreserve(fromTitle || 'untitled');
}

/** URL path of a tag page below `/tags/`: slugified per segment (`Service/Glue` → `service/glue`). */
export function tagSlug(tag: string): string {
  return pathSlug(
    String(tag ?? '')
      .normalize('NFC')
      .replace(/^#+/, ''),
  );
}

/** URL slug of an alias redirect page (flat; may be reserved — check with isReservedSlug). */
export function aliasSlug(alias: string): string {
  return slugify(alias);
}

/** GitHub-style heading id (same as Astro's): lowercase, keeps Hangul, spaces → `-`. */
export function headingId(text: string): string {
  return githubSlug(String(text ?? '').normalize('NFC'));
}

/** A slugger that makes repeated heading ids unique within one document (`a`, `a-1`, …). */
export function createHeadingSlugger(): (text: string) => string {
  const slugger = new GithubSlugger();
  return (text: string) => slugger.slug(String(text ?? '').normalize('NFC'));
}
