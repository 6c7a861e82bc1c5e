import type { Element, Root } from 'hast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { factsOf } from './render-context.ts';

const HEADING = /^h[1-6]$/;
const KEY = 'gardenMarkdownHeadings';

/**
 * Before rehype-raw, every heading element is a Markdown heading (the note's raw HTML is still
 * text): their source offsets are remembered. rehype-raw keeps those positions.
 */
export function rehypeMarkMarkdownHeadings() {
  return (tree: Root, file: VFile) => {
    const offsets = new Set<number>();
    visit(tree, 'element', (node: Element) => {
      const at = node.position?.start.offset;
      if (HEADING.test(node.tagName) && at !== undefined) offsets.add(at);
    });
    file.data[KEY] = offsets;
  };
}

/**
 * After the ids are given: the ids of headings written as raw HTML (`<h2>…</h2>`), which Obsidian
 * leaves out of the note's outline, so the page's table of contents leaves them out too.
 */
export function rehypeRecordHtmlHeadings() {
  return (tree: Root, file: VFile) => {
    const markdown = file.data[KEY] as Set<number> | undefined;
    if (!markdown) return;
    const ids: string[] = [];
    visit(tree, 'element', (node: Element) => {
      if (!HEADING.test(node.tagName) || typeof node.properties.id !== 'string') return;
      const at = node.position?.start.offset;
      // a heading with no position is the pipeline's own (the footnotes' label)
      if (at !== undefined && !markdown.has(at)) ids.push(node.properties.id);
    });
    if (ids.length > 0) factsOf(file).htmlHeadings = ids;
  };
}
