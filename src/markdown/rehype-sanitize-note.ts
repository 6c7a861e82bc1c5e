import type { Root } from 'hast';
import type { VFile } from 'vfile';
import { sanitizeNoteTree } from '../lib/html/sanitize-tree.ts';
import { factsOf } from './render-context.ts';
import { trustedStash } from './trusted-stash.ts';

/**
 * Notes may be clipped from the web: raw HTML in them is parsed (rehype-raw runs first) and then
 * sanitized with an allowlist (src/lib/html/sanitize-schema.ts). What was removed is recorded in
 * the note's facts (`unsafeHtml`: the list `garden check` and the build report); the garden's own
 * trusted parts are put back afterwards.
 */
export function rehypeSanitizeNote() {
  return (tree: Root, file: VFile): Root => {
    const { tree: clean, findings } = sanitizeNoteTree(tree, trustedStash(file));
    factsOf(file).unsafeHtml = findings;
    return clean;
  };
}
