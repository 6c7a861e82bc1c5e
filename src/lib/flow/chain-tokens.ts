/**
 * Splits one line of text into node pieces and horizontal arrows.
 * Unicode arrows (→ ← ←→ ↔ ⇒ …) split anywhere; ASCII arrows (-> --> => <- <->)
 * only with whitespace around them, so `S3/EFS`, `1-10초` and `a->b` stay text.
 * Arrows inside parentheses do not split (they belong to a `G: (x → y)` group).
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

const H = '[-─━=]';

interface ArrowPattern {
  re: RegExp;
  needsSpace: boolean;
  build: (m: RegExpExecArray) => { dir: ArrowDir; label: string | null };
}

const dirOf = (left: string | undefined, right: boolean): ArrowDir =>
  left && right ? 'both' : left ? 'left' : 'right';

const PATTERNS: ArrowPattern[] = [
  // --(이벤트)-->  ─(x)─→  <--(x)-->
  {
    re: new RegExp(`(<|←)?${H}+\\(([^()]+)\\)${H}+(>|→)?`, 'y'),
    needsSpace: false,
    build: (m) => ({ dir: dirOf(m[1], Boolean(m[3])), label: m[2]!.trim() }),
  },
  // -- 이벤트 -->   == x ==>
  {
    re: /(<)?(?:--|──|==)\s+([^\s<>()-](?:[^<>]*?[^\s<>-])?)\s+(?:-{2,}|─{2,}|={2,})(>|→)/y,
    needsSpace: true,
    build: (m) => ({ dir: dirOf(m[1], true), label: m[2]!.trim() }),
  },
  { re: new RegExp(`${H}*(?:←→|↔|⟷|⇔|⟺|◀${H}*▶|<${H}*→|←${H}*>)${H}*`, 'y'), needsSpace: false, build: () => ({ dir: 'both', label: null }) },
  { re: new RegExp(`${H}*(?:→|⇒|⟶|⟹|➔|➜|➡|▶|►)`, 'y'), needsSpace: false, build: () => ({ dir: 'right', label: null }) },
  { re: new RegExp(`(?:←|⇐|⟵|⟸|⬅|◀|◄)${H}*`, 'y'), needsSpace: false, build: () => ({ dir: 'left', label: null }) },
  { re: /(?:<[-─]+>|<=+>)/y, needsSpace: true, build: () => ({ dir: 'both', label: null }) },
  { re: /(?:[-─]+>|=+>)/y, needsSpace: true, build: () => ({ dir: 'right', label: null }) },
  { re: /(?:<[-─]+|<=+)/y, needsSpace: true, build: () => ({ dir: 'left', label: null }) },
];

function isSpaceAt(text: string, i: number): boolean {
  return i < 0 || i >= text.length || /\s/.test(text[i]!);
}

function matchArrowAt(text: string, i: number): { end: number; dir: ArrowDir; label: string | null } | null {
  for (const p of PATTERNS) {
    p.re.lastIndex = i;
    const m = p.re.exec(text);
    if (!m || m[0].length === 0) continue;
    const end = i + m[0].length;
    if (p.needsSpace && !(isSpaceAt(text, i - 1) && isSpaceAt(text, end))) continue;
    if (p === PATTERNS[0] && !m[1] && !m[3]) continue; // `-(x)-` with no arrowhead is text
    return { end, ...p.build(m) };
  }
  return null;
}

/** Tokenizes a line; returns null when parentheses are unbalanced. */
export function tokenizeChain(text: string): ChainToken[] | null {
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
    const ch = text[i]!;
    if (depth === 0) {
      const m = matchArrowAt(text, i);
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
