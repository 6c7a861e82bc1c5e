// Wiki-links and Markdown links between notes: parsing and resolution.
//
// Resolution order of a target (case-insensitive, NFC, whitespace collapsed):
//   1. note slug            4. file name without folders (`glue 노트`, `glue 노트.md`)
//   2. vault path (± .md)   5. title
//   3. slugified target = a note slug  6. alias  7. slugified target = an alias slug
// When several notes share a name, the one in the linking note's folder wins, then
// the first by file path (Obsidian-like, deterministic). `garden check` can list
// ambiguities with `ambiguousNames(index)`.
// A heading (`[[note#제목]]`, `[[#제목]]`) resolves to the heading id with Obsidian's
// matching (headingKey: case-insensitive, ASCII punctuation read as a space, runs of
// spaces collapsed), else by id or by the id the text would get; a nested `a#b#c`
// uses the last part. A block ref `#^id` resolves to the anchor `^id` (the element id
// the block-id plugin writes) when the note has that block. A missing heading or block
// still resolves the note and sets `missingHeading` (the link goes to the note's top).
//
// A target is a file (not a note) when its extension is a known attachment type
// (ATTACHMENT_EXT) or a vault file of that name exists: `[[torch.Tensor]]` is a note.
import { isNoteFile, withoutNoteExtension } from '../notes/note-file.ts';
import { maskMarkdownCode, lineStarts, positionAt } from './markdown-mask.ts';
import { compareKo } from './collate.ts';
import { aliasSlug, headingId, slugify, stripNoteExtension } from './slug.ts';
import { joinRelative, resolveRelativePath } from './urls.ts';

export interface LinkHeading {
  depth: number;
  text: string;
  id: string;
}

export interface LinkNoteInput {
  slug: string;
  title: string;
  aliases: string[];
  /** Vault-relative file path, e.g. `aws/glue 노트.md`. */
  file: string;
  headings: LinkHeading[];
  /** Block ids (`^abc` written as `abc`) of the note's paragraphs and list items. */
  blocks?: string[];
}

export interface LinkIndex {
  notes: Map<string, LinkNoteInput>;
  /** Lookup tables, in resolution order; keys are folded (see foldName). */
  tables: Array<Map<string, string[]>>;
  headings: Map<
    string,
    { byText: Map<string, string>; ids: Set<string>; bySlugged: Map<string, string>; blocks: Set<string> }
  >;
  /** Non-note files (images, PDFs) by folded path and by folded base name. */
  attachments: { byPath: Map<string, string>; byName: Map<string, string[]> };
}

export interface ResolvedLink {
  slug: string;
  anchor?: string;
  /** The heading asked for when the note has no such heading. */
  missingHeading?: string;
}

/** Case-insensitive, NFC, trimmed, inner whitespace collapsed. */
export function foldName(s: string): string {
  return String(s ?? '')
    .normalize('NFC')
    .trim()
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

function normalizePath(p: string): string {
  return String(p ?? '')
    .normalize('NFC')
    .replace(/\\/g, '/')
    .replace(/^(\.\/)+/, '')
    .replace(/^\/+/, '');
}

function baseName(p: string): string {
  const i = p.lastIndexOf('/');
  return i < 0 ? p : p.slice(i + 1);
}

function dirName(p: string): string {
  const i = p.lastIndexOf('/');
  return i < 0 ? '' : p.slice(0, i);
}

function add(map: Map<string, string[]>, key: string, slug: string): void {
  if (!key) return;
  const list = map.get(key);
  if (!list) map.set(key, [slug]);
  else if (!list.includes(slug)) list.push(slug);
}

export function buildLinkIndex(notes: LinkNoteInput[], attachmentFiles: string[] = []): LinkIndex {
  const sorted = [...notes].sort((a, b) => compareKo(normalizePath(a.file), normalizePath(b.file)));
  const bySlug = new Map<string, string[]>();
  const byPath = new Map<string, string[]>();
  const bySluggedTarget = new Map<string, string[]>();
  const byBase = new Map<string, string[]>();
  const byTitle = new Map<string, string[]>();
  const byAlias = new Map<string, string[]>();
  const byAliasSlug = new Map<string, string[]>();
  const noteMap = new Map<string, LinkNoteInput>();
  const headings: LinkIndex['headings'] = new Map();

  for (const n of sorted) {
    if (!noteMap.has(n.slug)) noteMap.set(n.slug, n);
    const path = normalizePath(n.file);
    const noExt = stripNoteExtension(path);
    add(bySlug, foldName(n.slug), n.slug);
    add(byPath, foldName(path), n.slug);
    add(byPath, foldName(noExt), n.slug);
    add(bySluggedTarget, n.slug, n.slug);
    add(byBase, foldName(baseName(noExt)), n.slug);
    add(byBase, foldName(baseName(path)), n.slug);
    if (n.title) add(byTitle, foldName(n.title), n.slug);
    for (const a of n.aliases ?? []) {
      add(byAlias, foldName(a), n.slug);
      add(byAliasSlug, aliasSlug(a), n.slug);
    }
    let h = headings.get(n.slug);
    if (!h) headings.set(n.slug, (h = { byText: new Map(), ids: new Set(), bySlugged: new Map(), blocks: new Set() }));
    for (const b of n.blocks ?? []) h.blocks.add(b.toLowerCase());
    for (const hd of n.headings ?? []) {
      const t = headingKey(hd.text);
      if (!h.byText.has(t)) h.byText.set(t, hd.id);
      h.ids.add(hd.id);
      const s = headingId(hd.text);
      if (!h.bySlugged.has(s)) h.bySlugged.set(s, hd.id);
    }
  }

  const att = { byPath: new Map<string, string>(), byName: new Map<string, string[]>() };
  for (const f of [...attachmentFiles].sort(compareKo)) {
    const p = normalizePath(f);
    att.byPath.set(foldName(p), p);
    const b = foldName(baseName(p));
    const list = att.byName.get(b);
    if (list) list.push(p);
    else att.byName.set(b, [p]);
  }

  return {
    notes: noteMap,
    tables: [bySlug, byPath, bySluggedTarget, byBase, byTitle, byAlias, byAliasSlug],
    headings,
    attachments: att,
  };
}

function pick(index: LinkIndex, slugs: string[], fromSlug?: string): string {
  if (slugs.length === 1 || !fromSlug) return slugs[0];
  const from = index.notes.get(fromSlug);
  if (!from) return slugs[0];
  const dir = dirName(normalizePath(from.file));
  const same = slugs.find((s) => dirName(normalizePath(index.notes.get(s)?.file ?? '')) === dir);
  return same ?? slugs[0];
}

function findNote(index: LinkIndex, name: string, fromSlug?: string): string | null {
  const folded = foldName(name);
  const slugged = slugify(name);
  const keys = [folded, folded, slugged, folded, folded, folded, slugged];
  for (let i = 0; i < index.tables.length; i++) {
    const hit = index.tables[i].get(keys[i]);
    if (hit && hit.length > 0) return pick(index, hit, fromSlug);
  }
  // `folder/name` written without the vault root or with a slugged path
  const asPath = withoutNoteExtension(folded);
  if (asPath.includes('/')) {
    const hit = index.tables[0].get(asPath.split('/').map(slugify).join('/'));
    if (hit && hit.length > 0) return pick(index, hit, fromSlug);
  }
  return null;
}

/**
 * A heading as Obsidian compares it in links (its `stripHeading`): NFC, lowercase, every
 * ASCII punctuation character but `-` and `_` read as a space, whitespace runs collapsed,
 * trimmed: `[[n#step 1 install]]` reaches `## Step 1: Install` and `## Step  1 (Install)`,
 * but not `## Step 1 - Install` (`-` stays).
 */
export function headingKey(text: string): string {
  return String(text ?? '')
    .normalize('NFC')
    .replace(/[!-,./:-@[-^`{-~]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

function findHeading(index: LinkIndex, slug: string, heading: string): string | undefined {
  const h = index.headings.get(slug);
  if (!h) return undefined;
  const parts = heading.split('#').filter((p) => p.trim() !== '');
  const last = parts.length > 0 ? parts[parts.length - 1] : heading;
  return (
    h.byText.get(headingKey(last)) ??
    (h.ids.has(last.trim()) ? last.trim() : undefined) ??
    h.bySlugged.get(headingId(last.trim()))
  );
}

function withHeading(index: LinkIndex, slug: string, heading: string | undefined): ResolvedLink {
  if (heading === undefined || heading.trim() === '') return { slug };
  const wanted = heading.trim();
  if (wanted.startsWith('^')) {
    const id = wanted.slice(1).trim();
    return index.headings.get(slug)?.blocks.has(id.toLowerCase())
      ? { slug, anchor: `^${id}` }
      : { slug, missingHeading: wanted };
  }
  const anchor = findHeading(index, slug, heading);
  return anchor !== undefined ? { slug, anchor } : { slug, missingHeading: wanted };
}

/** Split `note#heading|label` into its parts (`\|` counts as `|`, as in tables). */
export function splitWikiTarget(inner: string): { target: string; heading?: string; label?: string } {
  const s = inner.replace(/\\\|/g, '|');
  const bar = s.indexOf('|');
  const left = bar < 0 ? s : s.slice(0, bar);
  const label = bar < 0 ? undefined : s.slice(bar + 1).trim();
  const hash = left.indexOf('#');
  const target = (hash < 0 ? left : left.slice(0, hash)).trim();
  const heading = hash < 0 ? undefined : left.slice(hash + 1).trim();
  return { target, ...(heading !== undefined ? { heading } : {}), ...(label ? { label } : {}) };
}

/** Resolve a wiki-link target (`note`, `note#제목`, `#제목`, `alias|label`) to a note and anchor. */
export function resolveWikiLink(index: LinkIndex, target: string, fromSlug?: string): ResolvedLink | null {
  const parts = splitWikiTarget(String(target ?? ''));
  if (parts.target === '') {
    if (!fromSlug || !index.notes.has(fromSlug) || parts.heading === undefined) return null;
    return withHeading(index, fromSlug, parts.heading);
  }
  const slug = findNote(index, parts.target, fromSlug);
  if (slug === null) return null;
  return withHeading(index, slug, parts.heading);
}

/**
 * Extensions that make a link target a file even when no such file exists (Obsidian's
 * accepted file formats and common documents). Any other `name.ext` is a note name
 * (`[[torch.Tensor]]`, `[[nn.Module]]`) unless a vault file has exactly that name.
 */
export const ATTACHMENT_EXT =
  /\.(png|jpe?g|gif|webp|avif|svg|bmp|ico|tiff?|heic|mp3|wav|m4a|ogg|oga|flac|aac|opus|3gp|mp4|m4v|webm|mov|mkv|ogv|avi|pdf|canvas|base|excalidraw|zip|csv|tsv|txt|json|xlsx?|docx?|pptx?|epub|html?)$/i;
const ANY_EXT = /\.[a-zA-Z0-9]{1,8}$/;

/**
 * What a wiki-link target written in `fromFile` names: an existing attachment (`att`), a
 * missing file (`att: null, file: true`), or a note (`file: false`, resolve it as a note).
 */
export function classifyTarget(
  index: LinkIndex,
  target: string,
  fromFile?: string,
): { file: boolean; att: string | null } {
  const t = String(target ?? '').trim();
  if (t === '' || isNoteFile(t) || !ANY_EXT.test(t)) return { file: false, att: null };
  const att = findAttachmentFrom(index, t, fromFile);
  if (att !== null) return { file: true, att };
  return { file: ATTACHMENT_EXT.test(t), att: null };
}

/** An attachment by a path relative to `fromFile`'s folder, else by vault path or base name. */
export function findAttachmentFrom(index: LinkIndex, target: string, fromFile?: string): string | null {
  if (fromFile !== undefined) {
    const rel = resolveRelativePath(fromFile, target);
    const hit = rel !== null ? resolveAttachment(index, rel) : null;
    if (hit !== null) return hit;
  }
  return resolveAttachment(index, target);
}

/** Vault path of an embedded non-note file (`![[image.png]]`), by path or by base name. */
export function resolveAttachment(index: LinkIndex, target: string): string | null {
  const t = foldName(normalizePath(splitWikiTarget(target).target));
  if (!t) return null;
  const byPath = index.attachments.byPath.get(t);
  if (byPath) return byPath;
  const byName = index.attachments.byName.get(foldName(baseName(t)));
  return byName && byName.length > 0 ? byName[0] : null;
}

export interface WikiLink {
  /** The whole `[[…]]` or `![[…]]` as written. */
  raw: string;
  target: string;
  heading?: string;
  label?: string;
  embed: boolean;
  /** 1-based line and column, 0-based UTF-16 index of the first character of raw. */
  line: number;
  column: number;
  index: number;
}

const WIKI = /(!?)\[\[([^[\]\n]+?)\]\]/g;

/** Every wiki-link and embed of a Markdown text, outside code, comments and front matter. */
export function parseWikiLinks(markdown: string): WikiLink[] {
  const src = String(markdown ?? '');
  return parseWikiLinksMasked(src, maskMarkdownCode(src));
}

/** parseWikiLinks when the caller already has maskMarkdownCode(markdown). */
export function parseWikiLinksMasked(src: string, masked: string): WikiLink[] {
  const starts = lineStarts(src);
  const out: WikiLink[] = [];
  for (const m of masked.matchAll(WIKI)) {
    const index = m.index;
    const parts = splitWikiTarget(m[2]);
    if (parts.target === '' && parts.heading === undefined) continue;
    out.push({ raw: m[0], ...parts, embed: m[1] === '!', index, ...positionAt(starts, index) });
  }
  return out;
}

/** Percent-decoded, or as written when it is not valid percent-encoding. */
export function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** The file path a link or `src` names: without its `#fragment` and `?query`, percent-decoded. */
export function linkPath(url: string): string {
  return safeDecode(url.split('#')[0].split('?')[0]);
}

/**
 * Resolve an ordinary Markdown link (`./other-note.md`, `other%20note.md#제목`, `../a/b.md`,
 * Obsidian's `Three%20laws%20of%20motion` without extension, `torch.Tensor`) written in
 * `fromFile` to a note. External URLs, pure fragments and attachment types give null.
 */
export function resolveMarkdownHref(index: LinkIndex, href: string, fromFile: string): ResolvedLink | null {
  let h = String(href ?? '').trim();
  if (h.startsWith('<') && h.endsWith('>')) h = h.slice(1, -1);
  if (!h || h.startsWith('#') || /^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(h) || h.startsWith('//')) return null;
  const hashAt = h.indexOf('#');
  const heading = hashAt < 0 ? undefined : safeDecode(h.slice(hashAt + 1));
  let pathPart = hashAt < 0 ? h : h.slice(0, hashAt);
  const q = pathPart.indexOf('?');
  if (q >= 0) pathPart = pathPart.slice(0, q);
  pathPart = safeDecode(pathPart).normalize('NFC');
  // `other.md`, `other` and `torch.Tensor` may all name a note; `a.png` never does
  if (!isNoteFile(pathPart) && ATTACHMENT_EXT.test(pathPart)) return null;
  const from = normalizePath(fromFile);
  const fromSlug = index.tables[1].get(foldName(from))?.[0];
  const absolute = pathPart.startsWith('/');
  const joined = joinRelative(absolute ? '' : dirName(from), normalizePath(pathPart));
  let slug: string | null = null;
  if (joined) {
    const hit = index.tables[1].get(foldName(joined));
    if (hit && hit.length > 0) slug = hit[0];
  }
  if (slug === null && joined) {
    // a folder (`../restful-web-apis`, `docs/`) stands for its README or index note, as GitHub
    // and other Markdown sites read such links
    const folder = joined.replace(/\/+$/, '');
    for (const name of ['readme', 'index']) {
      const hit = folder ? index.tables[1].get(foldName(`${folder}/${name}`)) : undefined;
      if (hit && hit.length > 0) {
        slug = hit[0];
        break;
      }
    }
  }
  if (slug === null) {
    // Obsidian's "shortest path" links: just a file name
    const name = baseName(normalizePath(pathPart));
    if (name) {
      const hit = index.tables[3].get(foldName(name));
      if (hit && hit.length > 0) slug = pick(index, hit, fromSlug);
    }
  }
  if (slug === null) return null;
  return withHeading(index, slug, heading);
}

/** Names (folded) that more than one note answers to, per lookup kind, for `garden check`. */
export function ambiguousNames(index: LinkIndex): Array<{ kind: string; name: string; slugs: string[] }> {
  const kinds = ['slug', 'path', 'slugged', 'file name', 'title', 'alias', 'alias slug'];
  const out: Array<{ kind: string; name: string; slugs: string[] }> = [];
  index.tables.forEach((t, i) => {
    if (i === 2 || i === 6) return; // derived tables repeat the others
    for (const [name, slugs] of t) if (slugs.length > 1) out.push({ kind: kinds[i], name, slugs: [...slugs] });
  });
  return out;
}
