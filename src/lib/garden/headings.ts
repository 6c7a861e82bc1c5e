// Headings of a Markdown body, read without rendering it, for the link index
// (`[[note#제목]]` must resolve before any note is rendered).
//
// The ids are those the renderer gives (src/markdown/rehype-heading-anchors.ts):
// github-slugger over the heading's plain text, in document order, after the
// page-title `# heading` has been dropped (src/markdown/remark-drop-title.ts: an
// h1 that opens the note, comments aside). ATX headings only.
import { maskMarkdownCode } from './markdown-mask.ts';
import { createHeadingSlugger } from './slug.ts';
import { matchAtx, stripSingleEmphasis } from './line-scan.ts';
import type { LinkHeading } from './links.ts';

/**
 * Plain text of a heading's inline Markdown, as the rendered heading's text content.
 * Bracket and tag patterns stop at the next opening bracket, and the single-emphasis pass is a
 * scanner (line-scan.ts), so a long heading line of `[`, `<` or `_a ` costs linear time. Inner runs of
 * spaces are kept: `## A  B` gets the id `a--b`, as rendered.
 */
export function headingPlainText(s: string): string {
  const linked = String(s ?? '')
    .replace(/!\[\[[^\][]*\]\]/g, '')
    .replace(/\[\[([^\]|[]*)\|([^\][]+)\]\]/g, '$2')
    .replace(/\[\[([^\]#|[]*)#([^\]|[]+)\]\]/g, (_m, t: string, h: string) =>
      t.trim() ? `${t.trim()} › ${h.trim()}` : h.trim(),
    )
    .replace(/\[\[([^\][]+)\]\]/g, '$1')
    .replace(/!\[([^\][]*)\]\((?:[^()]|\([^()]*\))*\)/g, '$1')
    .replace(/\[([^\][]*)\]\((?:[^()]|\([^()]*\))*\)/g, '$1')
    .replace(/<[^<>\n]+>/g, '')
    .replace(/(\*\*|__|~~|==)(.+?)\1/g, '$2');
  return stripSingleEmphasis(linked)
    .replace(/`+([^`]*?)`+/g, '$1')
    .replace(/\\([!-/:-@[-`{-~])/g, '$1')
    .trim();
}

/** Depth and raw text of an ATX heading line, or null. */
export function atxHeading(line: string): { depth: number; text: string } | null {
  const m = matchAtx(line, true);
  return m ? { depth: m.level, text: m.text ?? '' } : null;
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
    const m = matchAtx(lines[i], true);
    if (!m) continue;
    if (i === leading && m.level === 1) continue; // the page title (remark-drop-title)
    found.push({ depth: m.level, text: headingPlainText(m.text ?? '') });
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
    if (matchAtx(line, true)) continue;
    const m = BLOCK_ID.exec(line.replace(/\r$/, ''));
    if (m) out.push(m[1]);
  }
  return out;
}
