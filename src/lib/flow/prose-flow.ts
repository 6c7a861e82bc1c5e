/**
 * A paragraph that is only a flow, e.g. seed 001's
 * `AWS Glue SageMaker 노트북: (Jupyter → SparkMagic) → (네트워크) → AWS Glue 개발 엔드포인트: (Apache Livy → Apache Spark)`.
 * Sentences that merely contain an arrow are not flows.
 */
import { tokenizeChain } from './chain-tokens.ts';
import { looksLikeCode } from './code-guard.ts';
import { displayWidth } from './display-width.ts';
import { GraphBuilder } from './graph-builder.ts';
import { addPiece, connectTokens } from './inline-chain.ts';
import type { FlowGraph } from './types.ts';

const MAX_PIECE_WIDTH = 60;
const SENTENCE_END_RE = /([.!?。]|[다요죠음함됨임]\.?)$/;
const MARKUP_RE = /\*\*|`|!\[|<[a-z]|https?:\/\//i;
const MAX_NODES = 120;

/** A Markdown link `[text](` : a `](` with a `[` since the previous `]`. */
function hasMarkdownLink(text: string): boolean {
  let open = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '[') open = true;
    else if (c === ']') {
      if (open && text[i + 1] === '(') return true;
      open = false;
    }
  }
  return false;
}

/** The piece without a trailing group `: (…)` (the part the width rule measures). */
function withoutGroup(t: string): string {
  if (!t.endsWith(')')) return t;
  for (let c = t.indexOf(':'); c >= 0; c = t.indexOf(':', c + 1)) {
    let k = c + 1;
    while (k < t.length && /\s/.test(t[k])) k++;
    if (t[k] === '(' && k < t.length - 1) {
      let start = c;
      while (start > 0 && /\s/.test(t[start - 1])) start--;
      return t.slice(0, start);
    }
  }
  return t;
}

/** The text outside `(…)` pairs (the shortest pair from each `(`, within one line). */
function outsideParens(t: string): string {
  let out = '';
  let i = 0;
  let noCloseBefore = -1; // from a `(` before this index, no `)` comes before the line ends
  while (i < t.length) {
    if (t[i] === '(' && i >= noCloseBefore) {
      let j = i + 1;
      while (j < t.length && t[j] !== ')' && !/[\n\r\u2028\u2029]/.test(t[j])) j++;
      if (t[j] === ')') {
        i = j + 1;
        continue;
      }
      noCloseBefore = j;
    }
    out += t[i];
    i++;
  }
  return out;
}

export function findProseFlow(paragraphText: string): FlowGraph | null {
  // white space that holds a line break becomes one space
  const text = paragraphText.replace(/\s+/g, (ws) => (ws.includes('\n') ? ' ' : ws)).trim();
  // `처리 순서: A → B → C`: a short label before `:` is the flow's caption, not a node, and the
  // steps after it are a flow when there are three or more (`그룹: (A → B) → C` is a group, not a caption)
  const captioned = CAPTION_RE.exec(text);
  if (captioned && !ARROW_CHARS_RE.test(captioned[1]) && !text.slice(captioned[0].length).startsWith('(')) {
    const steps = chainFlow(text.slice(captioned[0].length));
    return steps && steps.nodes.length >= 3 ? steps : null;
  }
  return chainFlow(text);
}

/** A label of up to 40 characters, then `: ` (or `：`). */
const CAPTION_RE = /^([^:：\n]{1,40})[:：]\s+/;
const ARROW_CHARS_RE = /->|=>|[→←↔⇒⟶➜➔▶]/;

function chainFlow(text: string): FlowGraph | null {
  if (!text || MARKUP_RE.test(text) || hasMarkdownLink(text) || looksLikeCode(text)) return null;
  if (/^([-*+]|\d+[.)]|#|>|\|)\s/.test(text)) return null; // list items, headings, quotes, tables
  const tokens = tokenizeChain(text);
  if (!tokens || !tokens.some((t) => t.kind === 'arrow')) return null;
  for (const t of tokens) {
    if (t.kind !== 'text') continue;
    const bare = withoutGroup(t.text);
    if (displayWidth(bare) > MAX_PIECE_WIDTH || SENTENCE_END_RE.test(t.text)) return null;
    if (/[,;]\s/.test(outsideParens(t.text))) return null; // clauses, not node names
    if (/:\s/.test(t.text) && !/^[^:]+:\s*\(.*\)$/s.test(t.text)) return null; // "흐름: A" captions: not sure
  }
  try {
    const b = new GraphBuilder(true);
    const r = connectTokens(b, tokens, (i) => addPiece(b, (tokens[i] as { text: string }).text));
    if (!r || b.edges.length === 0 || b.nodes.length < 2 || b.nodes.length > MAX_NODES) return null;
    return b.build('LR');
  } catch {
    return null;
  }
}
