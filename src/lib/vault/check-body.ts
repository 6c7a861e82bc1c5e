import { unsafeHtmlFindings, type FindingsResult } from '../html/note-findings.ts';
import type { Problem } from '../report/problem.ts';
import { findQuizSections } from '../quiz/sections.ts';

// Top-level fences only: a fence inside a list item or quote ends with its container,
// so only these turn "the rest of the note" into code.
const FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/;

/** Past this many unsafe-HTML findings in one note (a clipped web page), the rest are counted in one line. */
export const MAX_HTML_PROBLEMS = 20;

/**
 * Problems in a note body that do not stop it from publishing: unclosed code fences, raw HTML
 * (or Markdown link URLs) that the sanitizer removes when published, and question sections
 * (`## 연습 문제`) that cannot be read as a practice card (the page shows them as written). Lines and columns are those of
 * the file (`bodyStartLine` is the file line of the body's first line). Code is text, never HTML.
 * `html`: the sanitizer's findings when the caller has them (an MDX note's, from its own parse), or
 * `'after-render'` when the caller reports them from the note's render (unsafeHtmlProblems).
 */
export function checkBody(
  body: string,
  file: string,
  bodyStartLine: number,
  html?: FindingsResult | 'after-render',
): Problem[] {
  const problems: Problem[] = [];

  // Unclosed fence: scan line starts only (no split of a 5 MB body into an array of lines).
  let open: { char: string; len: number; line: number } | null = null;
  let lineNo = 0;
  for (let start = 0; start <= body.length; lineNo++) {
    let end = body.indexOf('\n', start);
    if (end < 0) end = body.length;
    const c = body.charCodeAt(start);
    // Quick reject: a fence line starts with up to 3 spaces then ` or ~.
    if (c === 0x60 || c === 0x7e || c === 0x20) {
      const m = FENCE.exec(body.slice(start, end));
      if (m) {
        const char = m[1][0];
        if (!open) {
          // A backtick fence's info string cannot contain backticks (that is inline code).
          if (!(char === '`' && m[2].includes('`'))) open = { char, len: m[1].length, line: lineNo };
        } else if (char === open.char && m[1].length >= open.len && m[2].trim() === '') {
          open = null;
        }
      }
    }
    start = end + 1;
  }
  const fenceProblems: Problem[] = [];
  if (open) {
    const fence = open.char.repeat(open.len);
    fenceProblems.push({
      file,
      line: bodyStartLine + open.line,
      column: 1,
      severity: 'warning',
      kind: 'unclosed-fence',
      message: `expected a closing ${fence} line for the code fence opened here, found the end of the note: everything after it is shown as code`,
      hint: `add a ${fence} line where the code ends`,
    });
  }

  // What the sanitizer removes, from the sanitizing pass itself (one list of findings for the page and for check).
  if (html !== 'after-render')
    problems.push(...unsafeHtmlProblems(file, bodyStartLine, html ?? unsafeHtmlFindings(body)));
  for (const section of findQuizSections(body)) {
    for (const p of section.problems) {
      problems.push({
        file,
        line: bodyStartLine + p.line - 1,
        column: 1,
        severity: 'warning',
        kind: 'quiz-section',
        message: `${p.message}; the question is shown as written, not as a practice card`,
        hint: p.hint,
      });
    }
  }
  return [...problems, ...fenceProblems];
}

/**
 * The warnings for what the sanitizer removes from a note (`checked`: its findings, with lines and
 * columns of the body), the first MAX_HTML_PROBLEMS one by one, the rest counted in one line.
 */
export function unsafeHtmlProblems(file: string, bodyStartLine: number, checked: FindingsResult): Problem[] {
  const problems: Problem[] = [];
  const found = checked.findings;
  if ('unchecked' in checked) {
    problems.push({
      file,
      line: bodyStartLine,
      column: 1,
      severity: 'warning',
      kind: 'unsafe-html',
      message: `expected raw HTML that can be checked, found too much (${checked.unchecked}); it is not listed here, and is sanitized when published`,
      hint: 'this looks like a clipped web page: keep its text, drop its HTML',
    });
  }
  for (const f of found.slice(0, MAX_HTML_PROBLEMS)) {
    problems.push({
      file,
      line: bodyStartLine + f.line - 1,
      column: f.column,
      severity: 'warning',
      kind: 'unsafe-html',
      message: `removed when published (HTML in notes never runs script or restyles the site): ${f.what}`,
      hint: 'write it in Markdown, or put the HTML in a ``` code block to show it as code',
    });
  }
  if (found.length > MAX_HTML_PROBLEMS) {
    const at = found[MAX_HTML_PROBLEMS];
    problems.push({
      file,
      line: bodyStartLine + at.line - 1,
      column: at.column,
      severity: 'warning',
      kind: 'unsafe-html',
      message: `${found.length - MAX_HTML_PROBLEMS} more unsafe HTML elements or attributes from here on are removed when published`,
      hint: 'this looks like a clipped web page: keep its text, drop its HTML',
    });
  }
  return problems;
}
