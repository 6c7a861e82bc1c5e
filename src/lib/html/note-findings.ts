import rehypeRaw from 'rehype-raw';
import remarkCjkFriendly from 'remark-cjk-friendly';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { sanitizeNoteTree, type HtmlFinding } from './sanitize-tree.ts';
import { sanitizeSchema } from './sanitize-schema.ts';

const SAFE_SCHEMES = new Set((sanitizeSchema.protocols?.href ?? []).map((p) => p.toLowerCase()));

/**
 * Whether a Markdown link destination starting at `i` could be changed by the sanitizer: it has a
 * scheme outside the allowed ones (the sanitizer's rule: a `:` before any `/`, `?` or `#`), or an
 * entity or escape that could spell one, or is written in `<…>`. Conservative: when unsure, yes.
 */
function riskyDestination(body: string, i: number): boolean {
  while (body.charCodeAt(i) === 0x20 || body.charCodeAt(i) === 0x09) i++;
  if (body[i] === '<') return true;
  let end = i;
  while (end < body.length && end - i < 2048) {
    const c = body.charCodeAt(end);
    if (c <= 0x20 || c === 0x29) break; // whitespace, control, `)`
    if (c === 0x26 || c === 0x5c) return true; // `&`, `\`
    end++;
  }
  const dest = body.slice(i, end);
  const colon = dest.indexOf(':');
  if (colon < 0) return false;
  for (const stop of ['/', '?', '#']) {
    const at = dest.indexOf(stop);
    if (at >= 0 && at < colon) return false;
  }
  return !SAFE_SCHEMES.has(dest.slice(0, colon));
}

/**
 * Whether the sanitizer could remove anything from this note: raw HTML (any `<`), or a link or
 * link definition whose URL it would drop. Only such notes are parsed for the check (most notes
 * have neither, and a parse costs 10–20 ms a note).
 */
export function mayNeedSanitizing(body: string): boolean {
  if (body.indexOf('<') >= 0) return true;
  for (const marker of ['](', ']:']) {
    for (let i = body.indexOf(marker); i >= 0; i = body.indexOf(marker, i + 2)) {
      if (riskyDestination(body, i + 2)) return true;
    }
  }
  return false;
}

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
 * A body with no raw HTML and no risky link URL (mayNeedSanitizing) is not parsed. A body with more than
 * MAX_CHECKED_TAGS tags, or one the parser fails on, is reported as `unchecked` with the reason.
 */
export function unsafeHtmlFindings(body: string): FindingsResult {
  if (!mayNeedSanitizing(body)) return { findings: [] };
  const tags = countTags(body);
  if (tags > MAX_CHECKED_TAGS)
    return {
      findings: [],
      unchecked: `${tags.toLocaleString('en-US')} tags, over ${MAX_CHECKED_TAGS.toLocaleString('en-US')}`,
    };
  try {
    const hast = parser.runSync(parser.parse(body));
    return { findings: sanitizeNoteTree(hast).findings };
  } catch (err) {
    return {
      findings: [],
      unchecked: `the HTML parser stopped: ${String((err as Error).message ?? err).slice(0, 80)}`,
    };
  }
}

/**
 * What the sanitizer removes from this note, from its render when the render recorded it
 * (`rendered`: the findings of the page's own sanitizing pass, with lines of `body`), else from a
 * parse of its own (unsafeHtmlFindings). The same rules decide which notes are listed: a body that
 * needs no sanitizing has no findings, and one with more than MAX_CHECKED_TAGS tags is `unchecked`.
 */
export function renderedHtmlFindings(body: string, rendered: HtmlFinding[] | undefined): FindingsResult {
  if (!mayNeedSanitizing(body)) return { findings: [] };
  if (rendered === undefined || countTags(body) > MAX_CHECKED_TAGS) return unsafeHtmlFindings(body);
  return { findings: rendered };
}
