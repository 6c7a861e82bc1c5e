// Headings of a Markdown body, read without rendering it, for the link index
// (`[[note#제목]]` must resolve before any note is rendered).
//
// The ids are those the renderer gives (src/markdown/rehype-heading-anchors.ts):
// github-slugger over the heading's plain text, in document order, after the
// page-title `# heading` has been dropped (src/markdown/remark-drop-title.ts:
// the first heading of the note, when it is an h1). ATX headings only.
import { maskMarkdownCode } from './markdown-mask.ts';
import { createHeadingSlugger } from './slug.ts';
import { matchAtx, stripSingleEmphasis } from './line-scan.ts';
import type { LinkHeading } from './links.ts';

/**
 * Plain text of a heading's inline Markdown, as the rendered heading's text content.
 * Bracket and tag patterns stop at the next opening bracket, and the single-emphasis pass is a
 * scanner (line-scan.ts), so a long heading line of `[`, `<` or `_a ` costs linear time.
 */
export function headingPlainText(s: string): string {
  const linked = String(s ?? '')
    .replace(/!\[\[[^\][]*\]\]/g, '')
    .replace(/\[\[([^\]|[]*)\|([^\][]+)\]\]/g, '$2')
    .replace(/\[\[([^\]#|[]*)#([^\]|[]+)\]\]/g, (_m, t: string, h: string) => (t.trim() ? `${t.trim()} › ${h.trim()}` : h.trim()))
    .replace(/\[\[([^\][]+)\]\]/g, '$1')
    .replace(/!\[([^\][]*)\]\((?:[^()]|\([^()]*\))*\)/g, '$1')
    .replace(/\[([^\][]*)\]\((?:[^()]|\([^()]*\))*\)/g, '$1')
    .replace(/<[^<>\n]+>/g, '')
    .replace(/(\*\*|__|~~|==)(.+?)\1/g, '$2');
  return stripSingleEmphasis(linked)
    .replace(/`+([^`]*?)`+/g, '$1')
    .replace(/\\([!-/:-@[-`{-~])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Every ATX heading outside code with the id the renderer gives it (page title excluded). */
export function extractHeadings(body: string): LinkHeading[] {
  const src = String(body ?? '');
  const masked = maskMarkdownCode(src).split('\n');
  const lines = src.split('\n');
  const found: Array<{ depth: number; text: string }> = [];
  for (let i = 0; i < lines.length; i++) {
    if (masked[i].trim() === '') continue;
    const m = matchAtx(lines[i], true);
    if (!m) continue;
    found.push({ depth: m.level, text: headingPlainText(m.text ?? '') });
  }
  if (found.length > 0 && found[0].depth === 1) found.shift();
  const slug = createHeadingSlugger();
  return found.map((h) => ({ ...h, id: slug(h.text) }));
}
