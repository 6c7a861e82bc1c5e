import type { Element, ElementContent, Root, Text } from 'hast';
import { h } from 'hastscript';
import { visit } from 'unist-util-visit';
import { defaultCalloutTitle, parseCalloutHead } from '../lib/obsidian/callouts.ts';

/**
 * Obsidian callouts (src/lib/obsidian/callouts.ts has the rules): a blockquote whose first line is
 * `[!type]± title` becomes
 *   <div class="callout" data-callout="faq" data-callout-kind="question">            (no fold marker)
 *   <details class="callout callout-foldable" …>, open with `+`, closed with `-`        (fold marker)
 *     <div|summary class="callout-title"><span class="callout-title-inner">title</span></…>
 *     <div class="callout-content">the rest of the quote</div>
 * Nested callouts work because the visit goes on into the new content. Runs after the sanitizer:
 * this is the garden's own markup (classes `callout*`, `data-callout*`).
 *
 * Our own plugin rather than rehype-callouts 2.2: that one leaves unknown types as plain quotes
 * (Obsidian draws them as notes), finds `[!type]` anywhere in the first text instead of at its
 * start, and names aliases by their canonical type (`[!faq]` gets data-callout="question"); the
 * work here is a few dozen lines over hastscript.
 */
export function rehypeCallouts() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'blockquote') return;
      const first = node.children.find((c) => !(c.type === 'text' && c.value.trim() === ''));
      if (!first || first.type !== 'element' || first.tagName !== 'p') return;
      mergeLeadingText(first);
      const lead = first.children[0];
      if (!lead || lead.type !== 'text') return;
      const head = parseCalloutHead(lead.value);
      if (!head) return;

      // The title is the rest of the first line; what follows the first line break is content.
      const inline: ElementContent[] = [
        { type: 'text', value: lead.value.slice(head.length) },
        ...first.children.slice(1),
      ];
      const title: ElementContent[] = [];
      let body: ElementContent[] = [];
      for (let i = 0; i < inline.length; i++) {
        const c = inline[i];
        if (c.type === 'element' && c.tagName === 'br') {
          body = inline.slice(i + 1);
          break;
        }
        if (c.type === 'text' && c.value.includes('\n')) {
          const nl = c.value.indexOf('\n');
          title.push({ type: 'text', value: c.value.slice(0, nl) });
          body = [{ type: 'text', value: c.value.slice(nl + 1) } satisfies Text, ...inline.slice(i + 1)];
          break;
        }
        title.push(c);
      }
      const titleText = title
        .map((c) => (c.type === 'text' ? c.value : 'x'))
        .join('')
        .trim();
      if (title[0]?.type === 'text') title[0].value = title[0].value.trimStart();
      const last = title[title.length - 1];
      if (last?.type === 'text') last.value = last.value.trimEnd();

      const rest = node.children.slice(node.children.indexOf(first) + 1);
      const content: ElementContent[] = [];
      if (body.some((c) => c.type !== 'text' || c.value.trim() !== '')) content.push(h('p', body));
      content.push(...rest);

      const fold = head.fold !== '';
      node.tagName = fold ? 'details' : 'div';
      node.properties = {
        className: fold ? ['callout', 'callout-foldable'] : ['callout'],
        dataCallout: head.type,
        dataCalloutKind: head.kind,
        ...(head.metadata ? { dataCalloutMetadata: head.metadata } : {}),
        ...(fold ? { dataCalloutFold: head.fold } : {}),
        ...(head.fold === '+' ? { open: true } : {}),
      };
      node.children = [
        h(fold ? 'summary' : 'div', { className: ['callout-title'] }, [
          h('span', { className: ['callout-icon'], ariaHidden: 'true' }),
          h('span', { className: ['callout-title-inner'] }, titleText ? title : [defaultCalloutTitle(head)]),
        ]),
        ...(content.some((c) => c.type !== 'text' || c.value.trim() !== '')
          ? [h('div', { className: ['callout-content'] }, content)]
          : []),
      ];
    });
  };
}

/** Joins the text nodes a paragraph starts with (other plugins may split `[!type] …` into pieces). */
function mergeLeadingText(p: Element): void {
  let k = 0;
  while (k < p.children.length && p.children[k].type === 'text') k++;
  if (k < 2) return;
  const value = (p.children.slice(0, k) as Text[]).map((t) => t.value).join('');
  p.children.splice(0, k, { type: 'text', value });
}
