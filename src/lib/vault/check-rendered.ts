// What only a note's render shows, worded as `garden check` and the build both report it.
import { renderedHtmlFindings } from '../html/note-findings.ts';
import type { HtmlFinding } from '../html/sanitize-tree.ts';
import { isMdxNote } from '../notes/note-file.ts';
import type { Problem } from '../report/problem.ts';
import { missingAnchorProblems, type AnchorSource } from './check-anchors.ts';
import { MAX_HTML_PROBLEMS, unsafeHtmlProblems } from './check-body.ts';
import { ForwardFinder, lineStarts, maskMarkdownCode, positionAt } from '../garden/markdown-mask.ts';

/** A picture or player written as HTML whose `src` names no file, where the body writes its element. */
export interface MissingMedia {
  src: string;
  line?: number;
  column?: number;
}

export interface RenderedFacts {
  missingAnchors?: Array<{ anchor: string; text: string }>;
  unsafeHtml?: HtmlFinding[];
  missingHtmlMedia?: MissingMedia[];
}

/**
 * Same-page links to a place the rendered page does not have and, for a Markdown note whose vault
 * was assembled with `htmlAfterRender`, what the sanitizer removes from it: from the render's own
 * findings when it recorded them, else from a parse of the note's body (a note that failed to
 * render, a note whose practice cards moved its lines). `facts` is undefined for a note that was
 * not rendered. An MDX note's HTML is reported by its own check (src/lib/vault/check-mdx.ts).
 * Pictures and players written as HTML whose `src` names no file of the vault are reported at
 * their element (see missingMediaProblems).
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
  problems.push(...missingMediaProblems(note, facts?.missingHtmlMedia ?? []));
  return problems;
}

/**
 * One warning per picture or player written as HTML whose `src` names no file of the vault, at its
 * element: where the render placed it or, when the render's positions were not the body's, where
 * the body writes that `src` (outside code, each repeat at its own place, found in order). The first
 * MAX_HTML_PROBLEMS one by one, the rest counted in one line.
 */
function missingMediaProblems(note: AnchorSource, media: MissingMedia[]): Problem[] {
  if (media.length === 0) return [];
  // read only when some element has no place from the render
  let finder: ForwardFinder | undefined;
  let starts: number[] = [];
  let cursor = 0;
  const place = (m: MissingMedia): { line: number; column: number } => {
    if (m.line !== undefined && m.column !== undefined) return { line: m.line, column: m.column };
    if (!finder) {
      finder = new ForwardFinder(maskMarkdownCode(note.body));
      starts = lineStarts(note.body);
    }
    const found = finder.find([`src="${m.src}"`, `src='${m.src}'`, `src=${m.src}`], cursor);
    if (!found) return { line: 1, column: 1 };
    cursor = found.at + found.spelling.length;
    // the element starts at its `<`, back on the same line from the attribute
    const lineStart = note.body.lastIndexOf('\n', found.at) + 1;
    const open = note.body.lastIndexOf('<', found.at);
    return positionAt(starts, open >= lineStart ? open : found.at);
  };
  const warning = (m: MissingMedia, message: string): Problem => {
    const pos = place(m);
    return {
      file: note.file,
      line: (note.bodyStartLine ?? 1) + pos.line - 1,
      column: pos.column,
      severity: 'warning',
      kind: 'unresolved-link',
      message,
      hint: "paths are relative to the note's folder",
    };
  };
  const problems = media
    .slice(0, MAX_HTML_PROBLEMS)
    .map((m) =>
      warning(
        m,
        `src="${m.src}": no file at "${m.src}" in the vault; the picture or player written as HTML shows nothing`,
      ),
    );
  if (media.length > MAX_HTML_PROBLEMS) {
    problems.push(
      warning(
        media[MAX_HTML_PROBLEMS],
        `${media.length - MAX_HTML_PROBLEMS} more pictures or players written as HTML from here on name no file of the vault`,
      ),
    );
  }
  return problems;
}
