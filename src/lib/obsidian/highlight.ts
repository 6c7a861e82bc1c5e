// Obsidian highlights: `==text==`. Like GFM's `~~`: a run of exactly two `=` opens when the next
// character is not whitespace and closes when the previous one is not, so `a == b` and `===` stay
// text, and CJK text around the marks needs no spaces (`==강조==는`). Highlights do not nest.

export interface HighlightPiece {
  /** Literal text, or a delimiter that may open and/or close a highlight. */
  text?: string;
  open?: boolean;
  close?: boolean;
}

const isSpace = (c: string | undefined) => c !== undefined && /\s/.test(c);

/**
 * Splits a text into literal pieces and `==` delimiters. `before`/`after` are the characters just
 * outside the text ('' at the edge of the block, 'x' next to an element such as `<strong>`).
 */
export function splitHighlightMarks(text: string, before: string, after: string): HighlightPiece[] {
  const out: HighlightPiece[] = [];
  let kept = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== '=') continue;
    let m = i;
    while (m < text.length && text[m] === '=') m++;
    if (m - i === 2) {
      const prev = i > 0 ? text[i - 1] : before;
      const next = m < text.length ? text[m] : after;
      const open = next !== '' && !isSpace(next);
      const close = prev !== '' && !isSpace(prev);
      if (open || close) {
        if (i > kept) out.push({ text: text.slice(kept, i) });
        out.push({ open, close });
        kept = m;
      }
    }
    i = m - 1;
  }
  if (kept < text.length) out.push({ text: text.slice(kept) });
  return out;
}
