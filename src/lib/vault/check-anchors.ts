// `garden check`'s words for same-page links the rendered page could not place
// (src/markdown/rehype-same-page-anchors.ts records them while rendering).
import { ForwardFinder, lineStarts, maskMarkdownCode, positionAt } from '../garden/markdown-mask.ts';
import type { Problem } from '../report/problem.ts';
import { t } from '../../i18n/index.ts';

export interface AnchorSource {
  file: string;
  title: string;
  body: string;
  bodyStartLine?: number;
}

/** How far back from `](` the label's `[` is looked for. */
const LABEL_MAX = 500;

/** The spellings a fragment may have in the Markdown: as written, or percent-encoded. */
function spellings(anchor: string): string[] {
  const out = new Set([anchor, encodeURI(anchor), encodeURIComponent(anchor)]);
  return [...out].flatMap((a) => [`](#${a}`, `](<#${a}`, `href="#${a}`, `href='#${a}`]);
}

/**
 * One warning per missing same-page anchor, at the link in the note's file (each repeat of the same
 * anchor at its own place, found by a forward cursor per anchor; the first line when it cannot be
 * found), worded as the page marks it. Linear: each spelling's places are read forward once.
 */
export function missingAnchorProblems(note: AnchorSource, missing: Array<{ anchor: string; text: string }>): Problem[] {
  if (missing.length === 0) return [];
  const masked = maskMarkdownCode(note.body);
  const starts = lineStarts(note.body);
  const finder = new ForwardFinder(masked);
  const cursor = new Map<string, number>();
  const problems: Problem[] = [];
  for (const m of missing) {
    const found = finder.find(spellings(m.anchor), cursor.get(m.anchor) ?? 0);
    const at = found?.at ?? -1;
    const raw = found?.spelling ?? '';
    if (found) cursor.set(m.anchor, at + raw.length);
    // the link starts at its `[`: back from `](` to the label's opening bracket on the same line
    let from = at;
    if (at >= 0 && raw.startsWith('](')) {
      // bounded look-back, so a long line with many links stays linear
      for (let i = at - 1; i >= 0 && i >= at - LABEL_MAX && masked[i] !== '\n'; i--) {
        if (masked[i] === '[') {
          from = i;
          break;
        }
      }
    }
    const pos = from >= 0 ? positionAt(starts, from) : { line: 1, column: 1 };
    problems.push({
      file: note.file,
      line: (note.bodyStartLine ?? 1) + pos.line - 1,
      column: pos.column,
      severity: 'warning',
      kind: 'unresolved-link',
      message: `[${m.text}](#${m.anchor}): note "${note.title}" has no heading or id "${m.anchor}"; it links to the top of the note, marked "${t.missingHeadingLink(m.anchor)}"`,
      hint: 'fix the text after `#` (a heading of this note, as written or as its id), or remove the link',
    });
  }
  return problems;
}
