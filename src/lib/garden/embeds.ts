// Note embeds (`![[Note]]`, `![[Note#Heading]]`, `![[Note#^id]]`): which part of the
// embedded note's Markdown is shown, and which notes a note's page depends on.
//
// - Whole note: the body as it is (the renderer drops a leading `#` title, the frame
//   names the note).
// - Heading: the lines after the heading (matched as links match it: headingKey, last
//   part of `a#b#c`) up to the next heading of the same or a higher level; the heading
//   line itself is left out (the frame's caption names it).
// - Block `^id`: the paragraph or list item whose last line ends in ` ^id` (or `]]^id`,
//   `)^id` after an embed or link, as Obsidian accepts); an `^id`
//   alone on a line names the block just before it (a quote, list, table or
//   paragraph, up to the blank line before it).
// Block-id markers are removed from the section's text. Lines inside code fences are
// never taken for headings or block ids. Everything is a single pass over the lines.
import {
  headingKey,
  parseWikiLinks,
  resolveMarkdownHref,
  resolveWikiLink,
  type LinkIndex,
  type ResolvedLink,
} from './links.ts';
import { atxHeading, headingPlainText } from './headings.ts';
import { maskMarkdownCode } from './markdown-mask.ts';

/** How deep embeds nest: a note embedded at this depth is shown as a link. */
export const EMBED_MAX_DEPTH = 3;

/** How many embeds one page expands in all (depth alone does not bound a note embedding many). */
export const EMBED_MAX_PER_PAGE = 200;

const BLOCK_END = /(?:^|[ \t\])])\^([A-Za-z0-9-]+)[ \t]*$/;
const LIST_ITEM = /^([ \t]*)(?:[-*+]|\d+[.)])[ \t]/;
// `![alt](note.md#heading)`: an image whose source is a note embeds it
// (no bracket or parenthesis inside either part, so matches never rescan the same text)
const MD_NOTE_EMBED = /!\[[^[\]\n]*\]\(<?([^()[\]\s<>]+\.(?:md|mdx|markdown)(?:#[^()[\]\s<>]*)?)>?\)/gi;

/** The text an embed shows, or null when the note has no such heading or block. */
export function embedSection(body: string, subpath?: string): string | null {
  const src = String(body ?? '');
  const sub = String(subpath ?? '').trim();
  if (sub === '') return stripBlockIds(src);
  const lines = src.split('\n');
  const masked = maskMarkdownCode(src).split('\n');
  if (sub.startsWith('^')) {
    const range = blockRange(lines, masked, sub.slice(1).trim().toLowerCase());
    return range ? stripBlockIds(lines.slice(range[0], range[1]).join('\n')) : null;
  }
  const parts = sub.split('#').filter((p) => p.trim() !== '');
  const want = headingKey(parts.length > 0 ? parts[parts.length - 1] : sub);
  let start = -1;
  let depth = 0;
  for (let i = 0; i < lines.length; i++) {
    if (masked[i].trim() === '') continue;
    const h = atxHeading(lines[i]);
    if (!h) continue;
    if (start >= 0 && h.depth <= depth) return stripBlockIds(lines.slice(start, i).join('\n'));
    if (start < 0 && headingKey(headingPlainText(h.text)) === want) {
      start = i + 1;
      depth = h.depth;
    }
  }
  return start >= 0 ? stripBlockIds(lines.slice(start).join('\n')) : null;
}

function blockRange(lines: string[], masked: string[], id: string): [number, number] | null {
  for (let i = 0; i < lines.length; i++) {
    const m = BLOCK_END.exec(masked[i].replace(/\r$/, ''));
    if (!m || m[1].toLowerCase() !== id) continue;
    const alone = masked[i].trim().startsWith('^');
    // the id alone on its line: the block before it (skipping the blank line between)
    let end = alone ? i : i + 1;
    let last = alone ? i - 1 : i;
    if (alone) {
      while (last >= 0 && lines[last].trim() === '') last--;
      if (last < 0) return null;
      end = last + 1;
    }
    const item = LIST_ITEM.exec(lines[last]);
    if (item && !alone) {
      // a list item: its own line, plus its more-indented continuation lines after it
      let j = i + 1;
      while (j < lines.length && lines[j].trim() !== '' && !LIST_ITEM.test(lines[j]) && /^[ \t]/.test(lines[j])) j++;
      return [i, j];
    }
    let from = last;
    while (
      from > 0 &&
      lines[from - 1].trim() !== '' &&
      !(masked[from - 1].trim() !== '' && atxHeading(lines[from - 1]))
    ) {
      if (!alone && LIST_ITEM.test(lines[from])) break;
      from--;
    }
    return [from, end];
  }
  return null;
}

/** The text without block-id markers (` ^abc` at line ends, `^abc` lines), code untouched. */
export function stripBlockIds(text: string): string {
  if (text.indexOf('^') < 0) return text;
  const lines = text.split('\n');
  const masked = maskMarkdownCode(text).split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const m = masked[i].indexOf('^') >= 0 ? BLOCK_END.exec(masked[i].replace(/\r$/, '')) : null;
    if (!m) out.push(lines[i]);
    else if (masked[i].trim().startsWith('^')) continue;
    else out.push(lines[i].slice(0, m.index + m[0].indexOf('^')).replace(/[ \t]+$/, ''));
  }
  return out.join('\n');
}

/**
 * Slugs of the notes whose text appears in `slug`'s page through embeds, nested up to
 * EMBED_MAX_DEPTH, in a stable order (for the page's render digest).
 */
export function embeddedNotes(index: LinkIndex, slug: string, bodyOf: (slug: string) => string | undefined): string[] {
  const seen = new Set<string>([slug]);
  const out: string[] = [];
  let level = [slug];
  for (let depth = 0; depth < EMBED_MAX_DEPTH && level.length > 0; depth++) {
    const next: string[] = [];
    for (const s of level) {
      const body = bodyOf(s);
      if (body === undefined || body.indexOf('![') < 0) continue;
      const found: Array<ResolvedLink | null> = [];
      for (const link of parseWikiLinks(body)) {
        if (link.embed)
          found.push(resolveWikiLink(index, link.target + (link.heading !== undefined ? `#${link.heading}` : ''), s));
      }
      // `![](Other.md#제목)` embeds too
      const file = index.notes.get(s)?.file;
      if (file !== undefined && body.indexOf('](') >= 0) {
        for (const m of maskMarkdownCode(body).matchAll(MD_NOTE_EMBED))
          found.push(resolveMarkdownHref(index, m[1], file));
      }
      for (const r of found) {
        if (r === null || seen.has(r.slug)) continue;
        seen.add(r.slug);
        out.push(r.slug);
        next.push(r.slug);
      }
    }
    level = next;
  }
  return out;
}
