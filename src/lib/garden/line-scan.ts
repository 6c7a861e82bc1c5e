// Linear-time readers for the line patterns several modules share. Each returns exactly what the
// regular expression in its comment matched, without that expression's backtracking: the lazy
// text followed by optional trailing runs (`(.*?)[ \t]*#*[ \t]*$`) retried every split of a long
// run of spaces, which made one long heading line cost quadratic (or cubic) time.

const LINE_BREAK = /[\n\r\u2028\u2029]/;
const isBlank = (c: string | undefined) => c === ' ' || c === '\t';
const isWhite = (c: string | undefined) => c !== undefined && /\s/.test(c);

/**
 * An ATX heading line: `/^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*(\r?)$/`
 * (with `cr`, a final `\r` is allowed). Returns the level and the text (undefined when
 * there is no text group), or null.
 */
export function matchAtx(line: string, cr = false): { level: number; text: string | undefined } | null {
  let p = 0;
  while (p < 3 && line[p] === ' ') p++;
  let h = p;
  while (line[h] === '#') h++;
  const level = h - p;
  if (level < 1 || level > 6) return null;
  let end = line.length;
  if (cr && line[end - 1] === '\r') end--;
  while (end > h && isBlank(line[end - 1])) end--;
  const rest = line.slice(h, end);
  if (rest === '') {
    // only blanks after the #s: the text group matches empty when there is a blank
    return { level, text: isBlank(line[h]) ? '' : undefined };
  }
  if (!isBlank(rest[0])) return null;
  let c = 0;
  while (isBlank(rest[c])) c++;
  let text = rest.slice(c);
  if (LINE_BREAK.test(text)) return null;
  // a closing run of #s after a blank
  let e = text.length;
  while (e > 0 && text[e - 1] === '#') e--;
  if (e < text.length && e > 0 && isBlank(text[e - 1])) {
    let f = e;
    while (f > 0 && isBlank(text[f - 1])) f--;
    text = text.slice(0, f);
  }
  return { level, text };
}

/**
 * A `#` title line: `/^\s{0,3}#\s+(.+?)\s*#*\s*$/` → the text group, or null.
 */
export function matchTitleHeading(line: string): string | null {
  let p = 0;
  while (p < 3 && isWhite(line[p])) p++;
  if (line[p] !== '#') return null;
  let q = p + 1;
  if (!isWhite(line[q])) return null;
  while (isWhite(line[q])) q++;
  if (q === line.length) {
    // all white space after `#`: `\s+` gives back its last character that is no line break
    for (let c = q - 1; c > p + 1; c--) if (!LINE_BREAK.test(line[c])) return line[c];
    return null;
  }
  // the trailing `\s*#*\s*` starts at t; the lazy text is everything before it (one character at least)
  let t = line.length;
  while (t > q && isWhite(line[t - 1])) t--;
  while (t > q && line[t - 1] === '#') t--;
  while (t > q && isWhite(line[t - 1])) t--;
  const text = line.slice(q, Math.max(t, q + 1));
  return LINE_BREAK.test(text) ? null : text;
}

const ALNUM = /[\p{L}\p{N}]/u;

/**
 * `s.replace(/(^|[^\p{L}\p{N}])[*_](\S(?:.*?\S)?)[*_](?=[^\p{L}\p{N}]|$)/gu, '$1$2')`:
 * single `*`/`_` emphasis markers removed, read in one pass.
 */
export function stripSingleEmphasis(s: string): string {
  const cps = Array.from(s);
  const n = cps.length;
  const isMark = (c: string | undefined) => c === '*' || c === '_';
  // nextCloser[k]: smallest j ≥ k where a closing mark may stand; nextBreak[k]: next line break
  const nextCloser = new Int32Array(n + 2).fill(n);
  const nextBreak = new Int32Array(n + 2).fill(n);
  for (let j = n - 1; j >= 0; j--) {
    const closes = isMark(cps[j]) && j > 0 && /\S/u.test(cps[j - 1]) && (j + 1 === n || !ALNUM.test(cps[j + 1]));
    nextCloser[j] = closes ? j : nextCloser[j + 1];
    nextBreak[j] = LINE_BREAK.test(cps[j]) ? j : nextBreak[j + 1];
  }
  const closeAfter = (o: number): number => {
    // content from o+1 (a non-space) to j-1 (a non-space), no line break inside; `(?:.*?\S)?`
    // is tried first, so content of two or more characters wins over a single one
    if (o + 1 >= n || !/\S/u.test(cps[o + 1])) return -1;
    const j = nextCloser[o + 3];
    if (j < n && nextBreak[o + 1] >= j) return j;
    return o + 2 < n && nextCloser[o + 2] === o + 2 ? o + 2 : -1;
  };
  let out = '';
  let i = 0;
  while (i < n) {
    if (i === 0 && isMark(cps[0])) {
      const j = closeAfter(0);
      if (j >= 0) {
        out += cps.slice(1, j).join('');
        i = j + 1;
        continue;
      }
    }
    if (!ALNUM.test(cps[i]) && isMark(cps[i + 1])) {
      const j = closeAfter(i + 1);
      if (j >= 0) {
        out += cps[i] + cps.slice(i + 2, j).join('');
        i = j + 1;
        continue;
      }
    }
    out += cps[i];
    i++;
  }
  return out;
}

/**
 * Inline code spans as CommonMark reads them: a run of backticks up to the next run of the same
 * length. `replace(code)` gives the text that stands for the span. Runs are paired in one pass.
 */
export function replaceCodeSpans(s: string, replace: (body: string) => string): string {
  const runs: Array<{ at: number; len: number }> = [];
  for (let i = 0; i < s.length;) {
    if (s[i] !== '`') {
      i++;
      continue;
    }
    let j = i;
    while (s[j] === '`') j++;
    if (!(i > 0 && s[i - 1] === '\\')) runs.push({ at: i, len: j - i });
    i = j;
  }
  const next = new Int32Array(runs.length).fill(-1);
  const seen = new Map<number, number>();
  for (let k = runs.length - 1; k >= 0; k--) {
    next[k] = seen.get(runs[k].len) ?? -1;
    seen.set(runs[k].len, k);
  }
  let out = '';
  let last = 0;
  for (let k = 0; k < runs.length; k++) {
    const r = runs[k];
    if (r.at < last) continue;
    let m = next[k];
    while (m >= 0 && runs[m].at < last) m = next[m]!;
    if (m < 0) continue;
    const close = runs[m];
    out += s.slice(last, r.at) + replace(s.slice(r.at + r.len, close.at));
    last = close.at + close.len;
    k = m;
  }
  return out + s.slice(last);
}
