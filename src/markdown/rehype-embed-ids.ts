import type { Element, Properties, Root } from 'hast';
import { visit } from 'unist-util-visit';

// Attributes that point at an element id of the same page.
const REFERENCE_LISTS = ['ariaLabelledBy', 'ariaDescribedBy', 'ariaControls', 'ariaOwns', 'htmlFor'];
const HASH_REFS = ['href', 'xLinkHref'];

/**
 * The text of an embedded note (`<figure class="note-embed">`, src/markdown/remark-wiki-links.ts)
 * may carry ids of its own — a diagram's title and markers, raw HTML — that its host page, or
 * another embed of the same note, carries too. Every id inside an embed frame gets the frame's
 * prefix (`embed1-…`), and the references inside the frame to those ids follow.
 */
export function rehypeEmbedIds() {
  return (tree: Root) => {
    let n = 0;
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'figure' || !hasClass(node, 'note-embed')) return;
      const prefix = `embed${++n}-`;
      const ids = new Map<string, string>();
      visit(node, 'element', (el: Element) => {
        if (el === node) return;
        const id = el.properties.id;
        if (typeof id === 'string' && id !== '') {
          if (!ids.has(id)) ids.set(id, `${prefix}${id}`);
          el.properties.id = ids.get(id)!;
        }
      });
      if (ids.size === 0) return;
      visit(node, 'element', (el: Element) => rewrite(el.properties, ids));
    });
  };
}

function hasClass(node: Element, name: string): boolean {
  const c: unknown = node.properties.className;
  return Array.isArray(c) ? c.includes(name) : typeof c === 'string' && c.split(/\s+/).includes(name);
}

function rewrite(props: Properties, ids: Map<string, string>): void {
  for (const key of Object.keys(props)) {
    const value = props[key];
    if (REFERENCE_LISTS.includes(key)) {
      if (Array.isArray(value)) props[key] = value.map((v) => (typeof v === 'string' ? (ids.get(v) ?? v) : v));
      else if (typeof value === 'string')
        props[key] = value
          .split(/\s+/)
          .map((v) => ids.get(v) ?? v)
          .join(' ');
      continue;
    }
    if (typeof value !== 'string') continue;
    if (HASH_REFS.includes(key) && value.startsWith('#')) {
      const to = ids.get(decodeHash(value.slice(1)));
      if (to !== undefined) props[key] = `#${to}`;
      continue;
    }
    if (value.includes('url(#')) {
      props[key] = value.replace(/url\(#([^)\s]+)\)/g, (m, id: string) => (ids.has(id) ? `url(#${ids.get(id)})` : m));
    }
  }
}

function decodeHash(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
