import type { Root } from 'hast';
import type { VFile } from 'vfile';
import { sanitizeNoteTree, type HtmlFinding } from '../lib/html/sanitize-tree.ts';
import { trustedStash } from './trusted-stash.ts';

/**
 * Notes may be clipped from the web: raw HTML in them is parsed (rehype-raw runs first) and then
 * sanitized with an allowlist (src/lib/html/sanitize-schema.ts). What was removed is recorded on
 * `file.data.unsafeHtml` (the same list `garden check` reports); the garden's own trusted parts
 * are put back afterwards.
 */
export function rehypeSanitizeNote() {
  return (tree: Root, file: VFile): Root => {
    const { tree: clean, findings } = sanitizeNoteTree(tree, trustedStash(file));
    (file.data as { unsafeHtml?: HtmlFinding[] }).unsafeHtml = findings;
    return clean;
  };
}
