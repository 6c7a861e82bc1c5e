// Vault-wide link checks for `garden check` and the build report, and the link
// index both share (built once, before any note is rendered).
//
// Severity: every finding here is a WARNING, never an error. A broken link or a
// contested alias does not make a page wrong, only less connected: the site still
// builds, unresolved links render as visibly unresolved text, contested alias URLs
// get no redirect page (nothing is resolved silently), and the author sees each
// one as `file:line:col: warning: …` to fix at leisure.
import { isNoteFile } from '../notes/note-file.ts';
import { buildAliasIndex } from '../garden/aliases.ts';
import { extractBlockIds, extractHeadings } from '../garden/headings.ts';
import {
  ambiguousNames,
  buildLinkIndex,
  linkPath,
  resolveAttachment,
  resolveMarkdownHref,
  type LinkIndex,
  type LinkNoteInput,
} from '../garden/links.ts';
import { lineStarts, maskMarkdownCode, positionAt } from '../garden/markdown-mask.ts';
import { findUnresolvedLinks } from '../garden/unresolved.ts';
import { resolveRelativePath } from '../garden/urls.ts';
import type { Note } from '../notes/note.ts';
import type { Problem } from '../report/problem.ts';
import { t } from '../../i18n/index.ts';

export type LinkSourceNote = Pick<Note, 'slug' | 'title' | 'aliases' | 'file' | 'body'> & { bodyStartLine?: number };

/** What the link index is built from, per note (headings read from the Markdown). */
export function linkInputs(notes: LinkSourceNote[]): LinkNoteInput[] {
  return notes.map((n) => ({
    slug: n.slug,
    title: n.title,
    aliases: n.aliases,
    file: n.file,
    headings: extractHeadings(n.body),
    blocks: extractBlockIds(n.body),
  }));
}

export function vaultLinkIndex(
  notes: LinkSourceNote[],
  attachments: string[],
): { index: LinkIndex; inputs: LinkNoteInput[] } {
  const inputs = linkInputs(notes);
  return { index: buildLinkIndex(inputs, attachments), inputs };
}

/**
 * A stable text of everything link resolution depends on (slugs, titles, aliases,
 * files, heading ids, attachments): hashed into every note's render digest so a
 * renamed heading elsewhere re-renders the notes linking to it.
 */
export function linkSignature(inputs: LinkNoteInput[], attachments: string[]): string {
  const notes = inputs.map((n) =>
    [
      n.slug,
      n.title,
      n.aliases.join('\u0001'),
      n.file,
      n.headings.map((h) => `${h.text}\u0002${h.id}`).join('\u0001'),
      (n.blocks ?? []).join('\u0001'),
    ].join('\u0000'),
  );
  return `${notes.join('\n')}\n--\n${attachments.join('\n')}`;
}

// `[label](href)` and `![alt](src)` outside code; href without title. Neither the label nor
// the href may hold a bracket or parenthesis, so no two matches scan the same characters
// (linear on a line of a million `[](`).
const MD_LINK = /(!?)\[([^[\]\n]*)\]\(<?([^()[\]\s<>]*)>?(?:\s+"[^"\n]*")?\)/g;

function isRelative(href: string): boolean {
  return href !== '' && !href.startsWith('#') && !/^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(href) && !href.startsWith('//');
}

/** Every link problem of the vault: unresolved wiki-links, broken note/attachment links, alias collisions, ambiguous names. */
export function checkLinks(notes: LinkSourceNote[], attachments: string[], index?: LinkIndex): Problem[] {
  const idx = index ?? vaultLinkIndex(notes, attachments).index;
  const problems: Problem[] = [];
  const bySlug = new Map(notes.map((n) => [n.slug, n]));
  const fileLine = (n: LinkSourceNote, line: number) => (n.bodyStartLine ?? 1) + line - 1;

  for (const u of findUnresolvedLinks(
    notes.map((n) => ({ slug: n.slug, body: n.body })),
    idx,
  )) {
    const n = bySlug.get(u.from)!;
    // the same words the page shows (src/i18n/ko.ts): a missing heading still links to the note's top
    const heading = (u.heading ?? '').trim();
    const block = heading.startsWith('^');
    const what =
      u.reason === 'heading'
        ? `note "${u.target || n.title}" has no ${block ? 'block' : 'heading'} "${heading}"; it links to the top of the note, marked "${t.missingHeadingLink(heading)}"`
        : u.reason === 'attachment'
          ? `no attachment "${u.target}" in the vault; it is shown as unresolved text "${t.missingAttachment(u.target)}"`
          : `no note is called "${u.target}"; it is shown as unresolved text "${t.missingNote(u.target || `#${heading}`)}"`;
    problems.push({
      file: n.file,
      line: fileLine(n, u.line),
      column: u.column,
      severity: 'warning',
      kind: 'unresolved-link',
      message: `${u.raw}: ${what}`,
      hint:
        u.reason === 'heading'
          ? block
            ? 'end the paragraph or list item with ` ^id`, or fix the id after `#^`'
            : 'fix the heading text after `#`'
          : 'fix the name, or write the note (a title, alias, file name or slug all work)',
    });
  }

  for (const n of notes) {
    const body = String(n.body ?? '');
    if (body.indexOf('](') < 0) continue;
    const masked = maskMarkdownCode(body);
    const starts = lineStarts(body);
    for (const m of masked.matchAll(MD_LINK)) {
      const href = m[3];
      if (!isRelative(href)) continue;
      const path = linkPath(href);
      if (path === '') continue;
      const isNote = isNoteFile(path);
      const ok = isNote
        ? resolveMarkdownHref(idx, href, n.file) !== null
        : (() => {
            const rel = resolveRelativePath(n.file, path);
            return (
              (rel !== null && resolveAttachment(idx, rel) !== null) ||
              resolveAttachment(idx, path) !== null ||
              (m[1] !== '!' && resolveMarkdownHref(idx, href, n.file) !== null)
            );
          })();
      // a site-absolute path without a file name (`/tags/`) is the site's own, left as written
      const named = isNote || /\.[a-zA-Z0-9]{1,8}$/.test(path);
      if (ok || (!named && path.startsWith('/'))) continue;
      const pos = positionAt(starts, m.index);
      problems.push({
        file: n.file,
        line: fileLine(n, pos.line),
        column: pos.column,
        severity: 'warning',
        kind: 'unresolved-link',
        message: `${m[0]}: ${isNote ? 'no note' : named ? 'no file' : 'no note or file'} at "${path}"; it is shown as unresolved text`,
        hint: "paths are relative to the note's folder",
      });
    }
  }

  const aliases = buildAliasIndex(
    notes.map((n) => ({ slug: n.slug, title: n.title, aliases: n.aliases, file: n.file })),
  );
  for (const c of aliases.collisions) {
    if (c.kind === 'slug-slug') continue; // already reported (and resolved with -2) as slug-collision by assembleVault
    const why = {
      'alias-alias': `alias URL /${c.key}/ is claimed by ${c.files.length} notes`,
      'alias-slug': `alias URL /${c.key}/ is already a note's page`,
      'alias-reserved': `alias URL /${c.key}/ is a page of the site itself`,
    }[c.kind];
    for (const file of c.files) {
      problems.push({
        file,
        severity: 'warning',
        kind: 'alias-collision',
        field: 'aliases',
        message: `${why} (${c.aliases.map((a) => `"${a}"`).join(', ')}; ${c.files.join(', ')}): no redirect page is made for it`,
        hint: 'rename one of the aliases',
      });
    }
  }

  const fileOf = (slug: string) => bySlug.get(slug)?.file ?? slug;
  for (const a of ambiguousNames(idx)) {
    if (a.kind === 'slug' || a.kind === 'path') continue; // slugs and paths are unique
    const files = a.slugs.map(fileOf);
    problems.push({
      file: files[0],
      severity: 'warning',
      kind: 'ambiguous-name',
      message: `[[${a.name}]] could mean ${files.length} notes (same ${a.kind}: ${files.join(', ')}); links pick the one in the linking note's folder, else ${files[0]}`,
      hint: 'link with the file path or the slug, or rename one of them',
    });
  }
  return problems;
}
