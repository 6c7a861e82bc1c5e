import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { createHeadingSlugger } from '../lib/garden/slug.ts';
import { t } from '../i18n/index.ts';

/**
 * Gives h2–h6 a GitHub-style id (Hangul kept, same algorithm Astro uses) and a `#` anchor link
 * that is reachable by keyboard and named for screen readers.
 */
export function rehypeHeadingAnchors() {
  return (tree: Root) => {
    const slug = createHeadingSlugger();
    visit(tree, 'element', (node: Element) => {
      if (!/^h[1-6]$/.test(node.tagName)) return;
      const text = textOf(node);
      const id = typeof node.properties.id === 'string' ? node.properties.id : slug(text);
      node.properties.id = id;
      if (node.tagName === 'h1') return;
      node.children.push({
        type: 'element',
        tagName: 'a',
        properties: { className: ['heading-anchor'], href: `#${id}`, ariaLabel: t.headingAnchor(text) },
        children: [{ type: 'text', value: '#' }],
      });
    });
  };
}

export function textOf(node: Element | Root): string {
  let out = '';
  visit(node, 'text', (t) => {
    out += t.value;
  });
  return out.trim();
}
