import type { Element, ElementContent, Root } from 'hast';
import { visit, SKIP } from 'unist-util-visit';
import { blockElementId, leadingBlockIdLine, trailingBlockId } from '../lib/obsidian/block-id.ts';

const BLOCKS = new Set(['p', 'li']);
const LISTS = new Set(['ul', 'ol']);

/**
 * Obsidian block ids (src/lib/obsidian/block-id.ts): `text ^abc` at the end of a paragraph or list
 * item gives that element `id="^abc"` and the marker leaves the text; a paragraph that is only
 * `^abc` names the block before it (a table, callout, list, code) and disappears. Text inside
 * code is never read (code spans are their own elements). Runs after the sanitizer, so the id is
 * kept as written.
 */
export function rehypeBlockIds() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (!BLOCKS.has(node.tagName)) return undefined;
      // `^id` alone on a paragraph's first line, more lines after it (written under a heading,
      // then text added below without a blank line): it names the block before, and leaves the text.
      const first = node.children[0];
      const lead = node.tagName === 'p' && first?.type === 'text' ? leadingBlockIdLine(first.value) : null;
      if (lead && first?.type === 'text' && parent && index !== undefined) {
        const target = previousElement(parent.children, index);
        if (target) {
          nameBlock(target, lead.id);
          first.value = first.value.slice(lead.rest);
          if (first.value === '' && node.children[1]?.type === 'element' && node.children[1].tagName === 'br')
            node.children.splice(1, 1);
        }
      }
      // A list item's own text ends before its nested list.
      let end = node.children.length;
      if (node.tagName === 'li') {
        const nested = node.children.findIndex((c) => c.type === 'element' && LISTS.has(c.tagName));
        if (nested >= 0) end = nested;
      }
      let k = end - 1;
      while (k >= 0 && node.children[k].type === 'text' && (node.children[k] as { value: string }).value.trim() === '')
        k--;
      const last = node.children[k];
      if (!last || last.type !== 'text') return undefined;
      const found = trailingBlockId(last.value);
      if (!found) return undefined;
      const before = last.value.slice(0, found.start).trimEnd();
      const alone = node.tagName === 'p' && before === '' && k === 0;
      if (alone && parent && index !== undefined) {
        // `^id` on its own: the id of the previous block.
        const target = previousElement(parent.children, index);
        if (target) {
          nameBlock(target, found.id);
          parent.children.splice(index, 1);
          return [SKIP, index];
        }
      }
      last.value = before;
      if (before === '' && k > 0) trimTrailingBreak(node.children, k);
      // In a loose list the item's text is a <p>: the id belongs to the item, as in Obsidian.
      const owner = node.tagName === 'p' && parent?.type === 'element' && parent.tagName === 'li' ? parent : node;
      owner.properties.id = blockElementId(found.id);
      return undefined;
    });
  };
}

function previousElement(children: Root['children'] | ElementContent[], index: number): Element | undefined {
  let prev = index - 1;
  while (prev >= 0 && children[prev].type !== 'element') prev--;
  return children[prev] as Element | undefined;
}

/** The block gets the id; a heading keeps its own (its anchor and the table of contents use it) and holds an empty anchor with the block id. */
function nameBlock(target: Element, id: string): void {
  if (/^h[1-6]$/.test(target.tagName) && typeof target.properties.id === 'string') {
    target.children.unshift({ type: 'element', tagName: 'span', properties: { id: blockElementId(id) }, children: [] });
  } else target.properties.id = blockElementId(id);
}

/** `text\n^id` leaves `text` and an empty text node: drop a `<br>` left dangling before it. */
function trimTrailingBreak(children: ElementContent[], k: number): void {
  const prev = children[k - 1];
  if (prev?.type === 'text') prev.value = prev.value.trimEnd();
  else if (prev?.type === 'element' && prev.tagName === 'br') children.splice(k - 1, 1);
}
