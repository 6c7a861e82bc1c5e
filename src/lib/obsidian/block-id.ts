// Obsidian block ids: `^block-id` at the end of a paragraph or list item (after a space), or alone on
// the line after a block (a table, quote, list), names that block so `[[Note#^block-id]]` can link
// to it and `![[Note#^block-id]]` embed it. The marker is not shown.

/** Characters of a block id, as Obsidian accepts them: Latin letters, digits and `-`. */
const ID_CHAR = /[A-Za-z0-9-]/;

/**
 * The block id a text ends with (`… ^abc-1`, trailing whitespace allowed) and where its `^` is, or
 * null. The `^` must start the text or follow whitespace. A backward scan: linear in the id.
 */
export function trailingBlockId(text: string): { id: string; start: number } | null {
  let end = text.length;
  while (end > 0 && /\s/.test(text[end - 1])) end--;
  let i = end;
  while (i > 0 && ID_CHAR.test(text[i - 1])) i--;
  if (i === end || i === 0 || text[i - 1] !== '^') return null;
  const caret = i - 1;
  if (caret > 0 && !/\s/.test(text[caret - 1])) return null;
  return { id: text.slice(i, end), start: caret };
}

/**
 * The block id a text starts with when it is alone on the text's first line (`^abc\nmore…`), and
 * where the rest begins, or null. A forward scan: linear in the id.
 */
export function leadingBlockIdLine(text: string): { id: string; rest: number } | null {
  if (text[0] !== '^') return null;
  let i = 1;
  while (i < text.length && ID_CHAR.test(text[i])) i++;
  if (i === 1) return null;
  let j = i;
  while (j < text.length && (text[j] === ' ' || text[j] === '\t')) j++;
  if (text[j] !== '\n') return null;
  return { id: text.slice(1, i), rest: j + 1 };
}

/** The HTML id of a block: `^` and the id as written, so a link's fragment is `#^block-id`. */
export function blockElementId(id: string): string {
  return `^${id}`;
}

/** The block ids defined in a note body, with their 1-based line, outside fenced code. */
export function findBlockIds(body: string): { id: string; line: number }[] {
  const out: { id: string; line: number }[] = [];
  let fence: string | null = null;
  const lines = body.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const f = /^\s*(?:>\s*)*(`{3,}|~{3,})/.exec(line);
    if (f) {
      if (fence === null) fence = f[1][0]!;
      else if (f[1][0] === fence) fence = null;
      continue;
    }
    if (fence) continue;
    const b = trailingBlockId(line);
    if (b) out.push({ id: b.id, line: i + 1 });
  }
  return out;
}
