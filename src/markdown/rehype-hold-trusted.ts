import type { Element, Root } from 'hast';
import type { VFile } from 'vfile';
import { visit, SKIP } from 'unist-util-visit';
import { holdNodes } from '../lib/html/trusted.ts';
import { NOTE_HTML_MARK } from '../lib/mdx/lower.ts';
import { trustedStash } from './trusted-stash.ts';

/**
 * Runs before rehype-raw, when every element of the tree comes from Markdown or from our plugins
 * (the note's raw HTML is still unparsed text; an MDX note's HTML elements are marked), so every
 * other `<pre>` is a Markdown code block, most of
 * them highlighted by Shiki (with its colour styles): they are held out of the note sanitizer and
 * put back after it. Their text was escaped by Shiki; they hold no note markup.
 */
export function rehypeHoldTrusted() {
  return (tree: Root, file: VFile) => {
    const stash = trustedStash(file);
    if (!stash) return;
    visit(tree, 'element', (node: Element, index, parent) => {
      // an MDX note's own element (src/lib/mdx/lower.ts) is note HTML, sanitized like any: the mark
      // is dropped here, where it has told what it had to
      if (node.properties[NOTE_HTML_MARK] !== undefined) {
        delete node.properties[NOTE_HTML_MARK];
        return undefined;
      }
      if (node.tagName !== 'pre' || !parent || index === undefined) return undefined;
      parent.children.splice(index, 1, holdNodes(stash, [node]));
      return SKIP;
    });
  };
}
