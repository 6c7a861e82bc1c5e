// What only a note's render shows, worded as `garden check` and the build both report it.
import { renderedHtmlFindings } from '../html/note-findings.ts';
import type { HtmlFinding } from '../html/sanitize-tree.ts';
import { isMdxNote } from '../notes/note-file.ts';
import type { Problem } from '../report/problem.ts';
import { missingAnchorProblems, type AnchorSource } from './check-anchors.ts';
import { unsafeHtmlProblems } from './check-body.ts';

export interface RenderedFacts {
  missingAnchors?: Array<{ anchor: string; text: string }>;
  unsafeHtml?: HtmlFinding[];
}

/**
 * Same-page links to a place the rendered page does not have and, for a Markdown note whose vault
 * was assembled with `htmlAfterRender`, what the sanitizer removes from it: from the render's own
 * findings when it recorded them, else from a parse of the note's body (a note that failed to
 * render, a note whose practice cards moved its lines). `facts` is undefined for a note that was
 * not rendered. An MDX note's HTML is reported by its own check (src/lib/vault/check-mdx.ts).
 */
export function renderedProblems(
  note: AnchorSource,
  facts: RenderedFacts | undefined,
  opts: { htmlAfterRender: boolean },
): Problem[] {
  const problems = missingAnchorProblems(note, facts?.missingAnchors ?? []);
  if (opts.htmlAfterRender && !isMdxNote(note.file)) {
    const checked = renderedHtmlFindings(note.body, facts?.unsafeHtml);
    problems.push(...unsafeHtmlProblems(note.file, note.bodyStartLine ?? 1, checked));
  }
  return problems;
}
