import type { Root } from 'mdast';

/** The note's first `#` heading is its page title (the layout's <h1>): drop it from the body. */
export function remarkDropTitle() {
  return (tree: Root) => {
    const i = tree.children.findIndex((n) => n.type === 'heading');
    if (i >= 0) {
      const h = tree.children[i];
      if (h.type === 'heading' && h.depth === 1) tree.children.splice(i, 1);
    }
  };
}
