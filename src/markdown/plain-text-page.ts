import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import { t } from '../i18n/index.ts';
import type { RenderedNote } from './render-note.ts';

/** A note that could not be rendered, shown as its own text with a notice: readable, never raw HTML. */
export function plainTextPage(body: string): RenderedNote {
  const tree = h(null, [
    h('p', { className: ['render-fallback-notice'], role: 'note' }, t.renderFallback),
    h('pre', { className: ['render-fallback'] }, body),
  ]);
  return { html: toHtml(tree), headings: [], facts: { text: body } };
}
