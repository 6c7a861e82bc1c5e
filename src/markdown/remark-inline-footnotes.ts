import type { FootnoteDefinition, FootnoteReference, Parent, PhrasingContent, Root, RootContent } from 'mdast';
import { closingBracket, inlineFootnoteStart } from '../lib/obsidian/inline-footnotes.ts';

type Kids = RootContent[];

/**
 * `^[text]` (src/lib/obsidian/inline-footnotes.ts) becomes a footnote reference where it stands and
 * a footnote definition at the end of the note, so it is numbered and listed with the note's other
 * footnotes. Its text may hold formatting and links (they are parsed before this runs and moved
 * into the footnote); only its brackets are read here, in text nodes, in one pass per parent.
 */
export function remarkInlineFootnotes() {
  return (tree: Root) => {
    const definitions: FootnoteDefinition[] = [];
    const walk = (parent: Parent) => {
      const kids = parent.children;
      // after one `^[` that never closes, no other is looked for in this parent: each look reads to its end
      let open = true;
      for (let i = 0; i < kids.length; i++) {
        const node = kids[i];
        if (
          node.type === 'code' ||
          node.type === 'inlineCode' ||
          node.type === 'html' ||
          node.type === 'math' ||
          node.type === 'inlineMath'
        )
          continue;
        if (node.type === 'text' && open) {
          const at = inlineFootnoteStart(node.value);
          if (at >= 0) {
            const made = cut(kids, i, at, definitions.length + 1);
            if (made) {
              definitions.push(made);
              continue; // the text after the reference is scanned again
            }
            open = false;
          }
        }
        if ('children' in node) walk(node);
      }
    };
    walk(tree);
    tree.children.push(...definitions);
  };
}

/** Replaces `^[…]` starting in kids[i] at `open` by a reference; returns its definition, or null when it never closes. */
function cut(kids: Kids, i: number, open: number, n: number): FootnoteDefinition | null {
  const first = kids[i] as { value: string };
  let close = closingBracket(first.value, open + 2, 1);
  let j = i;
  while (close.at < 0) {
    j++;
    if (j >= kids.length) return null;
    const k = kids[j];
    if (k.type !== 'text') continue;
    close = closingBracket(k.value, 0, close.depth);
  }
  const identifier = `inline-${n}`;
  const ref: FootnoteReference = { type: 'footnoteReference', identifier, label: identifier };
  const before = first.value.slice(0, open);
  let inner: PhrasingContent[];
  let after: string;
  if (j === i) {
    inner = [{ type: 'text', value: first.value.slice(open + 2, close.at) }];
    after = first.value.slice(close.at + 1);
  } else {
    const last = kids[j] as { value: string };
    inner = [
      { type: 'text', value: first.value.slice(open + 2) },
      ...(kids.slice(i + 1, j) as PhrasingContent[]),
      { type: 'text', value: last.value.slice(0, close.at) },
    ];
    after = last.value.slice(close.at + 1);
  }
  inner = inner.filter((c) => c.type !== 'text' || c.value !== '');
  const replacement: Kids = [
    ...(before ? [{ type: 'text' as const, value: before }] : []),
    ref,
    ...(after ? [{ type: 'text' as const, value: after }] : []),
  ];
  kids.splice(i, j - i + 1, ...replacement);
  return {
    type: 'footnoteDefinition',
    identifier,
    label: identifier,
    children: [{ type: 'paragraph', children: inner }],
  };
}
