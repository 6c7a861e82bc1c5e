import type { Root } from 'mdast';

/**
 * A `#` heading that opens the note (HTML comments aside) is its page title (the layout's
 * <h1>, src/lib/notes/title.ts): drop it from the body. An h1 further down is content and stays.
 */
export function remarkDropTitle() {
  return (tree: Root) => {
    const i = tree.children.findIndex((n) => !(n.type === 'html' && /^<!--[\s\S]*-->\s*$/.test(n.value)));
    const h = i >= 0 ? tree.children[i] : undefined;
    if (h && h.type === 'heading' && h.depth === 1) tree.children.splice(i, 1);
  };
}
