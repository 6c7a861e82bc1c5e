/**
 * Text is measured, not rendered: Hangul/CJK at 1 em, Latin from a small width table (a bit generous,
 * so real fonts fit). Labels longer than ~22 em wrap at spaces into 2–3 lines (words are never split,
 * like `word-break: keep-all`).
 */
import { codePointWidth } from '../display-width.ts';
import type { FlowGraph } from '../types.ts';
import { DETAIL_FONT, DETAIL_LINE, LABEL_FONT, LABEL_LINE, MIN_NODE_W, PAD_X, PAD_Y, WRAP_EM } from './constants.ts';

/** Advance widths (em) of printable ASCII in a proportional sans, rounded up a little. */
const ASCII_EM = new Float64Array(128).fill(0.62);
const setWidths = (chars: string, em: number) => {
  for (let i = 0; i < chars.length; i++) ASCII_EM[chars.charCodeAt(i)] = em;
};
setWidths('abcdeghknopqsuvxyz', 0.6);
setWidths('ABCDEFGHJKLNOPQRSTUVXYZ', 0.72);
setWidths('0123456789', 0.63);
setWidths('mw', 0.9);
setWidths('MW', 0.98);
setWidths('fjrt()[]{}/\\-"*', 0.42);
setWidths("il.,:;|!'`I", 0.3);
setWidths(' ', 0.3);
for (let i = 0; i < 0x20; i++) ASCII_EM[i] = 0;
ASCII_EM[0x7f] = 0;

/** Width in em of one code point: Hangul, CJK, fullwidth (and ambiguous symbols, to be safe) 1 em. */
export function charEm(cp: number): number {
  if (cp < 128) return ASCII_EM[cp];
  const cols = codePointWidth(cp, true);
  return cols === 2 ? 1 : cols === 0 ? 0 : 0.62;
}

/** Estimated rendered width of one line of text, in px. */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (let i = 0; i < text.length; i++) {
    let cp = text.charCodeAt(i);
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < text.length) {
      cp = text.codePointAt(i)!;
      i++;
    }
    em += charEm(cp);
  }
  return em * fontSize;
}

/**
 * Wraps a line wider than maxWidth into 2–3 lines at spaces, as balanced as possible.
 * A line without spaces (or a single long word) stays whole.
 */
export function wrapText(text: string, fontSize: number, maxWidth: number): string[] {
  const clean = text.replace(/\s+/g, ' ').trim();
  const total = textWidth(clean, fontSize);
  if (total <= maxWidth) return [clean];
  const words = clean.split(' ');
  if (words.length < 2) return [clean];
  const space = textWidth(' ', fontSize);
  const w = words.map((x) => textWidth(x, fontSize));
  // width of words[i..j) on one line
  const prefix = [0];
  for (let i = 0; i < w.length; i++) prefix.push(prefix[i] + w[i]);
  const span = (i: number, j: number) => prefix[j] - prefix[i] + space * (j - i - 1);
  const join = (i: number, j: number) => words.slice(i, j).join(' ');
  const n = words.length;
  let best2 = 1;
  let best2w = Infinity;
  for (let k = 1; k < n; k++) {
    const m = Math.max(span(0, k), span(k, n));
    if (m < best2w) {
      best2w = m;
      best2 = k;
    }
  }
  if (best2w <= maxWidth || n < 3) return [join(0, best2), join(best2, n)];
  let b1 = 1;
  let b2 = 2;
  let best3w = Infinity;
  for (let k1 = 1; k1 < n - 1; k1++) {
    for (let k2 = k1 + 1; k2 < n; k2++) {
      const m = Math.max(span(0, k1), span(k1, k2), span(k2, n));
      if (m < best3w) {
        best3w = m;
        b1 = k1;
        b2 = k2;
      }
    }
  }
  return [join(0, b1), join(b1, b2), join(b2, n)];
}

export interface MeasuredNodes {
  labelLines: string[][];
  detailLines: string[][];
  width: Float64Array;
  height: Float64Array;
}

/** Each node's wrapped lines and box size: the text plus padding, at least MIN_NODE_W wide. */
export function measureNodes(graph: FlowGraph): MeasuredNodes {
  const n = graph.nodes.length;
  const out: MeasuredNodes = {
    labelLines: [],
    detailLines: [],
    width: new Float64Array(n),
    height: new Float64Array(n),
  };
  const maxText = WRAP_EM * LABEL_FONT;
  for (let i = 0; i < n; i++) {
    const node = graph.nodes[i];
    const ll = wrapText(node.label, LABEL_FONT, maxText);
    const dl: string[] = [];
    for (const d of node.detail) for (const line of wrapText(d, DETAIL_FONT, maxText)) dl.push(line);
    let tw = 0;
    for (const l of ll) tw = Math.max(tw, textWidth(l, LABEL_FONT));
    for (const l of dl) tw = Math.max(tw, textWidth(l, DETAIL_FONT));
    out.labelLines.push(ll);
    out.detailLines.push(dl);
    out.width[i] = Math.max(MIN_NODE_W, Math.ceil(tw + 2 * PAD_X));
    out.height[i] = 2 * PAD_Y + ll.length * LABEL_LINE + dl.length * DETAIL_LINE;
  }
  return out;
}
