// Headings of a Markdown body, read without rendering it, for the link index
// (`[[note#제목]]` must resolve before any note is rendered).
//
// The ids are those the renderer gives (src/markdown/rehype-heading-anchors.ts):
// github-slugger over the heading's plain text, in document order, after the
// page-title `# heading` has been dropped (src/markdown/remark-drop-title.ts: an
// h1 that opens the note, comments aside). ATX headings only.
import { maskMarkdownCode } from './markdown-mask.ts';
import { createHeadingSlugger } from './slug.ts';
import type { LinkHeading } from './links.ts';

const ATX = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*\r?$/;

/**
 * Plain text of a heading's inline Markdown, as the rendered heading's text content
 * (inner runs of spaces kept: `## A  B` gets the id `a--b`, as rendered).
 */
export function headingPlainText(s: string): string {
  return String(s ?? '')
    .replace(/!\[\[[^\]]*\]\]/g, '')
    .replace(/\[\[([^\]|]*)\|([^\]]+)\]\]/g, '$2')
    .replace(/\[\[([^\]#|]*)#([^\]|]+)\]\]/g, (_m, t: string, h: string) => (t.trim() ? `${t.trim()} › ${h.trim()}` : h.trim()))
    .replace(/\[\[([^\]]+)\]\]/g, '$1')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>\n]+>/g, '')
    .replace(/(\*\*|__|~~|==)(.+?)\1/g, '$2')
    .replace(/(^|[^\p{L}\p{N}])[*_](\S(?:.*?\S)?)[*_](?=[^\p{L}\p{N}]|$)/gu, '$1$2')
    .replace(/`+([^`]*?)`+/g, '$1')
    .replace(/\\([!-/:-@[-`{-~])/g, '$1')
    .trim();
}

/** Depth and raw text of an ATX heading line, or null. */
export function atxHeading(line: string): { depth: number; text: string } | null {
  const m = ATX.exec(line);
  return m ? { depth: m[1].length, text: m[2] ?? '' } : null;
}

/** Every ATX heading outside code with the id the renderer gives it (page title excluded). */
export function extractHeadings(body: string): LinkHeading[] {
  const src = String(body ?? '');
  const masked = maskMarkdownCode(src).split('\n');
  const lines = src.split('\n');
  const found: Array<{ depth: number; text: string }> = [];
  let leading = -1;
  for (let i = 0; i < lines.length; i++) {
    if (masked[i].trim() === '') continue;
    if (leading < 0) leading = i;
    const m = ATX.exec(lines[i]);
    if (!m) continue;
    if (i === leading && m[1].length === 1) continue; // the page title (remark-drop-title)
    found.push({ depth: m[1].length, text: headingPlainText(m[2] ?? '') });
  }
  const slug = createHeadingSlugger();
  return found.map((h) => ({ ...h, id: slug(h.text) }));
}

// ` ^abc` at the end of a line (also right after `]]` or `)`: `![[a.png]]^abc`), or `^abc`
// alone on a line (Latin letters, digits, `-`).
const BLOCK_ID = /(?:^|[ \t\])])\^([A-Za-z0-9-]+)[ \t]*$/;

/** Block ids (`^abc` → `abc`) of a Markdown body, outside code, in document order. */
export function extractBlockIds(body: string): string[] {
  const src = String(body ?? '');
  if (src.indexOf('^') < 0) return [];
  const masked = maskMarkdownCode(src).split('\n');
  const out: string[] = [];
  for (const line of masked) {
    if (line.indexOf('^') < 0) continue;
    // a heading is linked by its text, never by a block id (the page gives it none)
    if (ATX.test(line)) continue;
    const m = BLOCK_ID.exec(line.replace(/\r$/, ''));
    if (m) out.push(m[1]);
  }
  return out;
}
