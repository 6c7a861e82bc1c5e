// Obsidian callouts: a blockquote whose first line is `[!type]`, optionally `[!type|metadata]`, a
// fold marker (`-` folded, `+` open) and a title. Types and aliases as documented by Obsidian
// (help.obsidian.md, "Callouts"); matching is case-insensitive; an unknown type is drawn as a note
// but keeps its own name as default title, as Obsidian does.
import { t } from '../../i18n/index.ts';

const SPACE = /[^\S\n]/;

export type CalloutType = keyof typeof t.callouts;

/** Alias → canonical type (the canonical names map to themselves). */
export const CALLOUT_ALIASES: Readonly<Record<string, CalloutType>> = {
  note: 'note',
  abstract: 'abstract',
  summary: 'abstract',
  tldr: 'abstract',
  info: 'info',
  todo: 'todo',
  tip: 'tip',
  hint: 'tip',
  important: 'tip',
  success: 'success',
  check: 'success',
  done: 'success',
  question: 'question',
  help: 'question',
  faq: 'question',
  warning: 'warning',
  caution: 'warning',
  attention: 'warning',
  failure: 'failure',
  fail: 'failure',
  missing: 'failure',
  danger: 'danger',
  error: 'danger',
  bug: 'bug',
  example: 'example',
  quote: 'quote',
  cite: 'quote',
};

export interface CalloutHead {
  /** The type as written, lowercased (`faq`). */
  type: string;
  /** The documented type it belongs to (`question`); `note` for an unknown type. */
  kind: CalloutType;
  /** `[!type|meta]`: the text after `|`, for themes (`data-callout-metadata`). */
  metadata: string;
  /** `-` starts folded, `+` starts open, '' is not foldable. */
  fold: '' | '-' | '+';
  /** Length of `[!type|meta]±` plus the spaces after it: the title starts there. */
  length: number;
}

/**
 * Reads `[!type|meta]±` at the start of a blockquote's first line. The type is any run of
 * characters without `]` (Obsidian accepts `[!my-type]`, `[!할일]`); linear scan.
 */
export function parseCalloutHead(line: string): CalloutHead | null {
  if (!line.startsWith('[!')) return null;
  const close = line.indexOf(']', 2);
  if (close < 0) return null;
  const inner = line.slice(2, close);
  if (inner.includes('\n')) return null;
  const bar = inner.indexOf('|');
  const type = (bar >= 0 ? inner.slice(0, bar) : inner).trim().toLowerCase();
  if (!type) return null;
  let i = close + 1;
  const fold = line[i] === '-' || line[i] === '+' ? (line[i] as '-' | '+') : '';
  if (fold) i++;
  // Any whitespace may follow (Obsidian reads it with JavaScript's \s: a no-break space counts).
  if (i < line.length && !/\s/.test(line[i])) return null;
  while (i < line.length && SPACE.test(line[i])) i++;
  return {
    type,
    kind: CALLOUT_ALIASES[type] ?? 'note',
    metadata: bar >= 0 ? inner.slice(bar + 1).trim() : '',
    fold,
    length: i,
  };
}

/**
 * The title shown when the callout has none: the Korean name of a documented type or alias
 * (`[!faq]` → 질문), else the type as written in title case (`[!recipe]` → Recipe, as Obsidian).
 */
export function defaultCalloutTitle(head: Pick<CalloutHead, 'type'>): string {
  const kind = CALLOUT_ALIASES[head.type];
  if (kind) return t.callouts[kind];
  return head.type.charAt(0).toUpperCase() + head.type.slice(1);
}
