/**
 * Splits one line of text into node pieces and horizontal arrows.
 * Unicode arrows (→ ← ←→ ↔ ⇒ …) split anywhere; ASCII arrows (-> --> => <- <->)
 * only with whitespace around them, so `S3/EFS`, `1-10초` and `a->b` stay text.
 * Arrows inside parentheses do not split (they belong to a `G: (x → y)` group).
 *
 * The arrow shapes are matched by a scanner over precomputed run ends (where each run of
 * dashes, spaces or one repeated character stops, the next parenthesis, the next `<`/`>`), so
 * trying an arrow at every position of a line costs constant time per position: a line of
 * thousands of `─` or `=` is read in linear time.
 */

export type ArrowDir = 'right' | 'left' | 'both';

export interface TextToken {
  kind: 'text';
  text: string;
  /** String indices [start, end) in the line, trimmed. */
  start: number;
  end: number;
}

export interface ArrowToken {
  kind: 'arrow';
  dir: ArrowDir;
  label: string | null;
  start: number;
  end: number;
}

export type ChainToken = TextToken | ArrowToken;

/** Line characters of an arrow's shaft. */
const SHAFT = new Set(['-', '─', '━', '=', '═']);
const RIGHT_HEADS = new Set(['→', '⇒', '⟶', '⟹', '➔', '➜', '➡', '▶', '►']);
const LEFT_HEADS = new Set(['←', '⇐', '⟵', '⟸', '⬅', '◀', '◄']);
const BOTH_SINGLE = new Set(['↔', '⟷', '⇔', '⟺']);
/** Characters that open a `-- label -->` arrow when doubled: `--`, `──`, `==`, `══`, `━━`. */
const OPENER_CHARS = new Set(['-', '─', '=', '═', '━']);
const CLOSER_CHARS = new Set(['-', '─', '=', '═', '━']);

const isSpaceChar = (c: string | undefined) => c !== undefined && /\s/.test(c);

const dirOf = (left: boolean, right: boolean): ArrowDir => (left && right ? 'both' : left ? 'left' : 'right');

interface ArrowMatch {
  end: number;
  dir: ArrowDir;
  label: string | null;
}

/** Per-line tables: for each index, where a run starting there ends, and where the next mark is. */
class LineScan {
  readonly text: string;
  readonly n: number;
  /** End of the run of shaft characters `-─━=` starting at i (i when none). */
  readonly shaftEnd: Int32Array;
  /** End of the run of `-`/`─` starting at i. */
  readonly dashEnd: Int32Array;
  /** End of the run of `=` starting at i. */
  readonly eqEnd: Int32Array;
  /** End of the run of the character at i repeated. */
  readonly sameEnd: Int32Array;
  /** End of the white-space run starting at i. */
  readonly spaceEnd: Int32Array;
  /** Smallest index ≥ i holding `(` or `)` (n when none). */
  readonly nextParen: Int32Array;
  /** Smallest index ≥ i holding `<` or `>` (n when none). */
  readonly nextAngle: Int32Array;
  /**
   * Smallest index ≥ i that can end a `-- label -->` label: a character other than
   * white space, `<`, `>`, `-`, followed by white space and a closing `-->`/`──→`/`──▶`/`==>` (n when none).
   */
  readonly nextLabelEnd: Int32Array;
  /** For a label ending at i: the end of the closing arrow after it (-1 when none). */
  private closer: Int32Array;

  constructor(text: string) {
    this.text = text;
    const n = (this.n = text.length);
    const mk = () => new Int32Array(n + 1);
    this.shaftEnd = mk();
    this.dashEnd = mk();
    this.eqEnd = mk();
    this.sameEnd = mk();
    this.spaceEnd = mk();
    this.nextParen = mk();
    this.nextAngle = mk();
    this.nextLabelEnd = mk();
    this.closer = new Int32Array(n + 1).fill(-1);
    this.shaftEnd[n] = this.dashEnd[n] = this.eqEnd[n] = this.sameEnd[n] = this.spaceEnd[n] = n;
    this.nextParen[n] = this.nextAngle[n] = this.nextLabelEnd[n] = n;
    for (let i = n - 1; i >= 0; i--) {
      const c = text[i];
      this.shaftEnd[i] = SHAFT.has(c) ? this.shaftEnd[i + 1] : i;
      this.dashEnd[i] = c === '-' || c === '─' ? this.dashEnd[i + 1] : i;
      this.eqEnd[i] = c === '=' ? this.eqEnd[i + 1] : i;
      this.sameEnd[i] = i + 1 < n && text[i + 1] === c ? this.sameEnd[i + 1] : i + 1;
      this.spaceEnd[i] = isSpaceChar(c) ? this.spaceEnd[i + 1] : i;
      this.nextParen[i] = c === '(' || c === ')' ? i : this.nextParen[i + 1];
      this.nextAngle[i] = c === '<' || c === '>' ? i : this.nextAngle[i + 1];
    }
    // closer after a label end e: white space, a run of 2+ same `-`/`─`/`=`, then `>` or `→`
    for (let e = n - 1; e >= 0; e--) {
      const c = text[e];
      let ok = false;
      if (!isSpaceChar(c) && c !== '<' && c !== '>' && c !== '-') {
        const s = this.spaceEnd[e + 1];
        if (s > e + 1 && s < n && CLOSER_CHARS.has(text[s])) {
          const t = this.sameEnd[s];
          if (t - s >= 2 && (text[t] === '>' || text[t] === '→' || text[t] === '▶')) {
            this.closer[e] = t + 1;
            ok = true;
          }
        }
      }
      this.nextLabelEnd[e] = ok ? e : this.nextLabelEnd[e + 1];
    }
  }

  closerAfter(e: number): number {
    return this.closer[e];
  }

  spaceAt(i: number): boolean {
    return i < 0 || i >= this.n || isSpaceChar(this.text[i]);
  }
}

/** `--(이벤트)-->`, `─(x)─▶`, `<--(x)-->`: a shaft, a label in parentheses, a shaft, a head on either end. */
function labelledInParens(s: LineScan, i: number): ArrowMatch | null {
  const t = s.text;
  let p = i;
  const lead = t[p] === '<' || t[p] === '←';
  if (lead) p++;
  if (s.shaftEnd[p] === p) return null;
  p = s.shaftEnd[p]!;
  if (t[p] !== '(') return null;
  const c = p + 1;
  const close = s.nextParen[c];
  if (close === c || t[close] !== ')') return null;
  const label = t.slice(c, close);
  p = close + 1;
  if (s.shaftEnd[p] === p) return null;
  p = s.shaftEnd[p]!;
  const head = t[p] === '>' || t[p] === '→' || t[p] === '▶';
  if (head) p++;
  if (!lead && !head) return null; // `-(x)-` with no arrowhead is text
  return { end: p, dir: dirOf(lead, head), label: label.trim() };
}

/** `-- 이벤트 -->`, `── x ──▶`, `== x ==>`, `══ x ══▶`, `━━ x ━━▶`, `<-- x -->`: the label is the shortest text before a closing arrow. */
function labelledInline(s: LineScan, i: number): ArrowMatch | null {
  const t = s.text;
  let p = i;
  const lead = t[p] === '<';
  if (lead) p++;
  if (t[p] !== t[p + 1] || !OPENER_CHARS.has(t[p])) return null;
  p += 2;
  const c0 = s.spaceEnd[p];
  if (c0 === p || c0 >= s.n) return null;
  const first = t[c0];
  if (first === '<' || first === '>' || first === '(' || first === ')' || first === '-') return null;
  // a label of two or more characters (no `<`/`>` inside), the shortest that works; else one character
  let e = s.nextLabelEnd[c0 + 1];
  if (e >= s.n || e >= s.nextAngle[c0 + 1]) e = s.closerAfter(c0) >= 0 ? c0 : -1;
  if (e < 0) return null;
  return { end: s.closerAfter(e), dir: dirOf(lead, true), label: t.slice(c0, e + 1).trim() };
}

/** Unicode arrows: `←→`, `↔`, `◀──▶`, `<──→`, `←──>` (both ways), `──→`, `⇒`, `▶` (right), `←──`, `◀` (left). */
function unicodeArrow(s: LineScan, i: number): ArrowMatch | null {
  const t = s.text;
  const j = s.shaftEnd[i];
  const c = t[j];
  let k = -1;
  if (c === '←' && t[j + 1] === '→') k = j + 2;
  else if (c !== undefined && BOTH_SINGLE.has(c)) k = j + 1;
  else if (c === '◀' || c === '<' || c === '←') {
    const h = s.shaftEnd[j + 1];
    const want = c === '◀' ? '▶' : c === '<' ? '→' : '>';
    if (t[h] === want) k = h + 1;
  }
  if (k >= 0) return { end: s.shaftEnd[k], dir: 'both', label: null };
  if (c !== undefined && RIGHT_HEADS.has(c)) return { end: j + 1, dir: 'right', label: null };
  if (LEFT_HEADS.has(t[i])) return { end: s.shaftEnd[i + 1], dir: 'left', label: null };
  return null;
}

/** ASCII arrows `<->`, `<=>`, `->`, `-->`, `=>`, `<-`, `<=`; they need white space on both sides. */
function asciiArrow(s: LineScan, i: number): ArrowMatch | null {
  const t = s.text;
  const spaced = (m: ArrowMatch) => (s.spaceAt(i - 1) && s.spaceAt(m.end) ? m : null);
  let m: ArrowMatch | null = null;
  if (t[i] === '<') {
    const d = s.dashEnd[i + 1];
    const q = s.eqEnd[i + 1];
    if (d > i + 1 && t[d] === '>') m = spaced({ end: d + 1, dir: 'both', label: null });
    else if (q > i + 1 && t[q] === '>') m = spaced({ end: q + 1, dir: 'both', label: null });
    if (m) return m;
  }
  const d = s.dashEnd[i];
  const q = s.eqEnd[i];
  if (d > i && t[d] === '>') m = spaced({ end: d + 1, dir: 'right', label: null });
  else if (q > i && t[q] === '>') m = spaced({ end: q + 1, dir: 'right', label: null });
  if (m) return m;
  if (t[i] === '<') {
    const d2 = s.dashEnd[i + 1];
    const q2 = s.eqEnd[i + 1];
    if (d2 > i + 1) return spaced({ end: d2, dir: 'left', label: null });
    if (q2 > i + 1) return spaced({ end: q2, dir: 'left', label: null });
  }
  return null;
}

function matchArrowAt(s: LineScan, i: number): ArrowMatch | null {
  const inline = labelledInline(s, i);
  return (
    labelledInParens(s, i) ??
    (inline && s.spaceAt(i - 1) && s.spaceAt(inline.end) ? inline : null) ??
    unicodeArrow(s, i) ??
    asciiArrow(s, i)
  );
}

/** Tokenizes a line; returns null when parentheses are unbalanced. */
export function tokenizeChain(text: string): ChainToken[] | null {
  const scan = new LineScan(text);
  const tokens: ChainToken[] = [];
  let depth = 0;
  let pieceStart = 0;
  const pushText = (start: number, end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed) tokens.push({ kind: 'text', text: trimmed, start: start + lead, end: start + lead + trimmed.length });
  };
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (depth === 0) {
      const m = matchArrowAt(scan, i);
      if (m) {
        pushText(pieceStart, i);
        tokens.push({ kind: 'arrow', dir: m.dir, label: m.label, start: i, end: m.end });
        i = m.end;
        pieceStart = i;
        continue;
      }
    }
    if (ch === '(') depth++;
    else if (ch === ')') {
      depth--;
      if (depth < 0) return null;
    }
    i++;
  }
  if (depth !== 0) return null;
  pushText(pieceStart, text.length);
  return tokens;
}

/** True when the text contains at least one horizontal arrow (outside parentheses). */
export function hasChainArrow(text: string): boolean {
  const t = tokenizeChain(text);
  return t !== null && t.some((x) => x.kind === 'arrow');
}
