import { randomUUID } from 'node:crypto';
import type { Element, ElementContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { HOLD_ATTRIBUTE } from './sanitize-schema.ts';
import type { TrustedStash } from './sanitize-tree.ts';

/**
 * The garden's own HTML (flow figures, quiz cards, highlighted code) is built by our code from
 * escaped note text; it must not go through the note sanitizer (it has inline SVG and classes no
 * note may write) and must not be mixed with the note's raw HTML. It waits in a stash, and the
 * page gets a placeholder `<div data-garden-hold="NONCE:N">` that sanitize-tree.ts replaces by it.
 * The nonce is random per note, so a note cannot write a placeholder that takes anything out.
 */
export function createTrustedStash(): TrustedStash {
  return { nonce: randomUUID(), items: new Map() };
}

/** Holds trusted hast nodes; returns the placeholder element. */
export function holdNodes(stash: TrustedStash, nodes: ElementContent[]): Element {
  const id = String(stash.items.size);
  stash.items.set(id, nodes);
  return { type: 'element', tagName: 'div', properties: { [HOLD_ATTRIBUTE]: `${stash.nonce}:${id}` }, children: [] };
}

/** Holds trusted HTML built by the garden; returns the placeholder as an HTML block for Markdown. */
export function holdHtml(stash: TrustedStash, html: string): string {
  const nodes = fromHtml(html, { fragment: true }).children as ElementContent[];
  const el = holdNodes(stash, nodes);
  return `<div data-garden-hold="${String(el.properties[HOLD_ATTRIBUTE])}"></div>`;
}
