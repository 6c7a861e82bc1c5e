// What only a note's render shows, worded as `garden check` and the build both report it.
import { renderedHtmlFindings } from '../html/note-findings.ts';
import type { HtmlFinding } from '../html/sanitize-tree.ts';
import { isMdxNote } from '../notes/note-file.ts';
import type { Problem } from '../report/problem.ts';
import { missingAnchorProblems, type AnchorSource } from './check-anchors.ts';
import { unsafeHtmlProblems } from './check-body.ts';
import { lineStarts, positionAt } from '../garden/markdown-mask.ts';

export interface RenderedFacts {
  missingAnchors?: Array<{ anchor: string; text: string }>;
  unsafeHtml?: HtmlFinding[];
  missingHtmlMedia?: string[];
}

/**
 * Same-page links to a place the rendered page does not have and, for a Markdown note whose vault
 * was assembled with `htmlAfterRender`, what the sanitizer removes from it: from the render's own
 * findings when it recorded them, else from a parse of the note's body (a note that failed to
 * render, a note whose practice cards moved its lines). `facts` is undefined for a note that was
 * not rendered. An MDX note's HTML is reported by its own check (src/lib/vault/check-mdx.ts).
 * Pictures and players written as HTML whose `src` names no file of the vault are reported at
 * the place the body writes that path (each repeat at its own place).
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
  const media = facts?.missingHtmlMedia ?? [];
  if (media.length > 0) {
    const starts = lineStarts(note.body);
    const cursor = new Map<string, number>();
    for (const src of media) {
      let at = -1;
      for (const spelling of [`src="${src}"`, `src='${src}'`, `src=${src}`, src]) {
        at = note.body.indexOf(spelling, cursor.get(src) ?? 0);
        if (at >= 0) break;
      }
      if (at >= 0) cursor.set(src, at + 1);
      const pos = at >= 0 ? positionAt(starts, at) : { line: 1, column: 1 };
      problems.push({
        file: note.file,
        line: (note.bodyStartLine ?? 1) + pos.line - 1,
        column: pos.column,
        severity: 'warning',
        kind: 'unresolved-link',
        message: `src="${src}": no file at "${src}" in the vault; the picture or player written as HTML shows nothing`,
        hint: "paths are relative to the note's folder",
      });
    }
  }
  return problems;
}
