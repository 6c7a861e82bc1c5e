import type { Element, ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import { splitHighlightMarks } from '../lib/obsidian/highlight.ts';

/** Elements whose text is never Markdown: code, math, drawings, form fields. */
const LITERAL = new Set(['code', 'pre', 'kbd', 'samp', 'script', 'style', 'math', 'svg', 'textarea', 'mark']);

/**
 * Obsidian highlights `==text==` → `<mark class="highlight">` (rules: src/lib/obsidian/highlight.ts).
 * A highlight may hold other inline elements (`==**굵게** 강조==`) but lies within one parent.
 * Children are handled before their parent, each text once: linear. After the sanitizer (our markup).
 */
export function rehypeHighlights() {
  return (tree: Root) => {
    walk(tree);
  };
}

function walk(node: Root | Element): void {
  let hasText = false;
  for (const c of node.children) {
    if (c.type === 'element') {
      if (!LITERAL.has(c.tagName) && !c.properties?.className?.toString().includes('katex')) walk(c);
    } else if (c.type === 'text' && c.value.includes('==')) hasText = true;
  }
  if (hasText) node.children = highlightChildren(node.children as ElementContent[]);
}

type Token = ElementContent | { delim: true; open: boolean; close: boolean };

function highlightChildren(children: ElementContent[]): ElementContent[] {
  const tokens: Token[] = [];
  children.forEach((c, i) => {
    if (c.type !== 'text' || !c.value.includes('==')) {
      tokens.push(c);
      return;
    }
    const edge = (n: ElementContent | undefined, end: boolean) =>
      n === undefined
        ? ''
        : n.type === 'text'
          ? (end ? n.value.slice(-1) : n.value.slice(0, 1)) || ''
          : n.type === 'element'
            ? 'x'
            : '';
    for (const p of splitHighlightMarks(c.value, edge(children[i - 1], true), edge(children[i + 1], false))) {
      if (p.text !== undefined) tokens.push({ type: 'text', value: p.text });
      else tokens.push({ delim: true, open: !!p.open, close: !!p.close });
    }
  });
  const out: ElementContent[] = [];
  let open = -1;
  for (const t of tokens) {
    if (!('delim' in t)) {
      out.push(t);
      continue;
    }
    if (open >= 0 && t.close) {
      const inside = out.splice(open);
      out.push(h('mark', { className: ['highlight'] }, inside));
      open = -1;
    } else if (open < 0 && t.open) {
      open = out.length;
    } else out.push({ type: 'text', value: '==' });
  }
  if (open >= 0) out.splice(open, 0, { type: 'text', value: '==' });
  return out;
}
