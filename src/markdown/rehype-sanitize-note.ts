import type { Element, Root } from 'hast';
import { visit, SKIP } from 'unist-util-visit';

/**
 * Notes may be clipped from the web: raw HTML in them is parsed (rehype-raw runs first) and then
 * disarmed here. Nothing a note contains can run script on the site.
 */
const DROP_ELEMENTS = new Set(['script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'meta', 'link', 'style', 'noscript', 'template']);
const URL_ATTRS = new Set(['href', 'src', 'action', 'formAction', 'xLinkHref', 'poster', 'background', 'cite', 'data']);
const UNSAFE_URL = /^\s*(javascript|vbscript|data)\s*:/i;
const SAFE_DATA_URL = /^\s*data:image\/(png|gif|jpe?g|webp|avif);/i;

export function rehypeSanitizeNote() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (DROP_ELEMENTS.has(node.tagName) && parent && index !== undefined) {
        parent.children.splice(index, 1);
        return [SKIP, index];
      }
      for (const key of Object.keys(node.properties ?? {})) {
        const value = node.properties[key];
        if (/^on/i.test(key) || key === 'srcDoc' || key === 'srcdoc') {
          delete node.properties[key];
          continue;
        }
        if (URL_ATTRS.has(key) && typeof value === 'string' && UNSAFE_URL.test(value) && !SAFE_DATA_URL.test(value)) {
          delete node.properties[key];
        }
      }
      return undefined;
    });
  };
}
