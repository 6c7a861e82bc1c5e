// Obsidian comments: `%%hidden%%` inline, or `%%` … `%%` over several lines. They are visible only
// in Obsidian's editing view, so the garden removes them before anything reads the note (page,
// search, previews, backlink sentences, quiz, RSS).
//
// Rules (as Obsidian reads them):
// - a comment starts at `%%` outside code and ends at the next `%%`, wherever it is (a comment may
//   hold backticks, fences, blank lines); an unclosed `%%` hides the rest of the note;
// - `%%` inside a code span (`` `%%` ``) or a fenced code block is text, not a comment.
//
// The comment's characters are removed but its line breaks stay, with the `>` and indentation that
// start each following line, so line numbers stay right and a comment inside a callout or list
// does not end it. One forward scan: every index is visited a bounded number of times.

const FENCE_OPEN = /^(?:[ \t]*>)*[ \t]{0,3}(`{3,}|~{3,})/;

/** The note body with every comment blanked (see the rules above). Linear in the length of `body`. */
export function stripComments(body: string): string {
  if (!body.includes('%%')) return body;
  const n = body.length;
  const out: string[] = [];
  let kept = 0; // start of the text not yet copied to `out`
  let i = 0;
  let lineStart = true;
  // Backtick runs of the current paragraph, by length, with a cursor each (see `closingRun`).
  let paraEnd = -1;
  let runs = new Map<number, { at: number[]; next: number }>();

  const blank = (from: number, to: number) => {
    out.push(body.slice(kept, from));
    let prefix = false;
    for (let k = from; k < to; k++) {
      const c = body[k];
      if (c === '\n') {
        out.push('\n');
        prefix = true;
      } else if (prefix && (c === ' ' || c === '\t' || c === '>')) {
        out.push(c);
      } else prefix = false;
    }
    kept = to;
  };

  /** Indexes every backtick run from `from` to the end of its paragraph (the next blank line). */
  const indexParagraph = (from: number) => {
    runs = new Map();
    let k = from;
    let end = n;
    while (k < n) {
      const nl = body.indexOf('\n', k);
      const lineEnd = nl < 0 ? n : nl;
      if (k > from && body.slice(k, lineEnd).trim() === '') {
        end = k;
        break;
      }
      for (let j = k; j < lineEnd; j++) {
        if (body[j] !== '`') continue;
        let m = j;
        while (m < lineEnd && body[m] === '`') m++;
        const len = m - j;
        let r = runs.get(len);
        if (!r) runs.set(len, (r = { at: [], next: 0 }));
        r.at.push(j);
        j = m - 1;
      }
      k = lineEnd + 1;
    }
    paraEnd = end;
  };

  /** Start of the next run of exactly `len` backticks after `after` in this paragraph, or -1. */
  const closingRun = (len: number, after: number) => {
    const r = runs.get(len);
    if (!r) return -1;
    while (r.next < r.at.length && r.at[r.next] <= after) r.next++;
    return r.next < r.at.length ? r.at[r.next] : -1;
  };

  while (i < n) {
    if (lineStart) {
      lineStart = false;
      const nl = body.indexOf('\n', i);
      const lineEnd = nl < 0 ? n : nl;
      const fence = FENCE_OPEN.exec(body.slice(i, lineEnd));
      if (fence) {
        // Skip the whole fenced block: up to a line with a fence of the same kind, at least as long.
        const mark = fence[1];
        let k = lineEnd + 1;
        let closed = n;
        while (k < n) {
          const e = body.indexOf('\n', k);
          const end = e < 0 ? n : e;
          const line = body.slice(k, end).replace(/^(?:[ \t]*>)*[ \t]{0,3}/, '');
          let m = 0;
          while (m < line.length && line[m] === mark[0]) m++;
          if (m >= mark.length && line.slice(m).trim() === '') {
            closed = end;
            break;
          }
          k = end + 1;
        }
        i = closed;
        paraEnd = -1;
        continue;
      }
      if (i >= paraEnd) indexParagraph(i);
    }
    const c = body[i];
    if (c === '\n') {
      lineStart = true;
      i++;
      continue;
    }
    if (c === '`') {
      let m = i;
      while (m < n && body[m] === '`') m++;
      const close = closingRun(m - i, i);
      if (close >= 0 && close < paraEnd) {
        // Jump over the code span; line starts inside it are inside one paragraph (no fence there).
        i = close + (m - i);
        continue;
      }
      i = m;
      continue;
    }
    if (c === '%' && body[i + 1] === '%') {
      const end = body.indexOf('%%', i + 2);
      const to = end < 0 ? n : end + 2;
      blank(i, to);
      // The scan resumes after the comment: a new paragraph may have started inside it.
      i = to;
      if (i > 0 && body.slice(i - 1, i) === '\n') lineStart = true;
      if (end >= 0 && i >= paraEnd) indexParagraph(lineStartOf(body, i));
      continue;
    }
    i++;
  }
  out.push(body.slice(kept));
  return out.join('');
}

function lineStartOf(s: string, i: number): number {
  const nl = s.lastIndexOf('\n', i - 1);
  return nl + 1;
}
