import type { Root as HastRoot } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import rehypeRaw from 'rehype-raw';
import remarkCjkFriendly from 'remark-cjk-friendly';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { sanitizeNoteTree, type HtmlFinding } from './sanitize-tree.ts';

/**
 * The note's Markdown parsed as the build parses it (CommonMark + GFM + CJK-friendly emphasis,
 * raw HTML parsed by rehype-raw), without the steps that add only the garden's own markup
 * (highlighting, flow figures, wiki links: none of them carries note HTML).
 */
const parser = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkCjkFriendly)
  .use(remarkRehype, { allowDangerousHtml: true, clobberPrefix: '' })
  .use(rehypeRaw);

/**
 * Past this many tags a note is a clipped web page or an attack: parsing it for the check would take
 * longer than the rest of the vault (the page itself is still sanitized when it is rendered).
 */
export const MAX_CHECKED_TAGS = 5000;

/** `<` followed by a letter, `/` or `!`: a possible tag, counted in one linear scan. */
export function countTags(text: string): number {
  let n = 0;
  for (let i = text.indexOf('<'); i >= 0; i = text.indexOf('<', i + 1)) {
    const c = text.charCodeAt(i + 1) | 0x20;
    if ((c >= 0x61 && c <= 0x7a) || c === 0x2f || c === 0x21) n++;
  }
  return n;
}

export type FindingsResult = { findings: HtmlFinding[] } | { findings: HtmlFinding[]; unchecked: string };

/**
 * What the sanitizer removes from this note when it is published: the findings of the same
 * sanitizing pass the build runs (src/lib/html/sanitize-tree.ts), with lines and columns of `body`.
 * A body with no `<` and no link has no HTML to remove and is not parsed. A body with more than
 * MAX_CHECKED_TAGS tags, or one the parser fails on, is reported as `unchecked` with the reason.
 */
export function unsafeHtmlFindings(body: string): FindingsResult {
  if (body.indexOf('<') < 0 && body.indexOf('](') < 0 && body.indexOf(']:') < 0) return { findings: [] };
  const tags = countTags(body);
  if (tags > MAX_CHECKED_TAGS) return { findings: [], unchecked: `${tags.toLocaleString('en-US')} tags, over ${MAX_CHECKED_TAGS.toLocaleString('en-US')}` };
  try {
    const hast = parser.runSync(parser.parse(body) as MdastRoot) as HastRoot;
    return { findings: sanitizeNoteTree(hast).findings };
  } catch (err) {
    return { findings: [], unchecked: `the HTML parser stopped: ${String((err as Error).message ?? err).slice(0, 80)}` };
  }
}
