// Obsidian's inline footnotes: `text.^[The note's own words.]` is a footnote whose text is written
// in place. The brackets inside (`^[see [[Note]]]`) must balance; a `\[` or `\]` does not count.

/** Where an inline footnote opens in a text from `from` on (the index of its `^`), or -1. */
export function inlineFootnoteStart(text: string, from = 0): number {
  for (let i = text.indexOf('^[', from); i >= 0; i = text.indexOf('^[', i + 2)) {
    if (i === 0 || text[i - 1] !== '\\') return i;
  }
  return -1;
}

/**
 * The index of the `]` that closes a bracket run given its depth at `from` (1 just inside `^[`),
 * or -1 with the depth at the text's end. A forward scan: linear in the text.
 */
export function closingBracket(text: string, from: number, depth: number): { at: number; depth: number } {
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '[') depth++;
    else if (c === ']' && --depth === 0) return { at: i, depth: 0 };
  }
  return { at: -1, depth };
}
