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
const MARKUP_RE = /\*\*|`|\[[^\]]*\]\(|!\[|<[a-z]|https?:\/\//i;

export function findProseFlow(paragraphText: string): FlowGraph | null {
  const text = paragraphText.replace(/\s*\n\s*/g, ' ').trim();
  if (!text || MARKUP_RE.test(text) || looksLikeCode(text)) return null;
  if (/^([-*+]|\d+[.)]|#|>|\|)\s/.test(text)) return null; // list items, headings, quotes, tables
  const tokens = tokenizeChain(text);
  if (!tokens || !tokens.some((t) => t.kind === 'arrow')) return null;
  for (const t of tokens) {
    if (t.kind !== 'text') continue;
    const bare = t.text.replace(/\s*:\s*\(.*\)$/s, '');
    if (displayWidth(bare) > MAX_PIECE_WIDTH || SENTENCE_END_RE.test(t.text)) return null;
    if (/[,;]\s/.test(t.text.replace(/\(.*?\)/g, ''))) return null; // clauses, not node names
    if (/:\s/.test(t.text) && !/^[^:]+:\s*\(.*\)$/s.test(t.text)) return null; // "흐름: A" captions: not sure
  }
  try {
    const b = new GraphBuilder(true);
    const r = connectTokens(b, tokens, (i) => addPiece(b, (tokens[i] as { text: string }).text));
    if (!r || b.edges.length === 0 || b.nodes.length < 2) return null;
    return b.build('LR');
  } catch {
    return null;
  }
}
