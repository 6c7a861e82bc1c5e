import { lineStarts, maskMarkdownCode, positionAt } from '../garden/markdown-mask.ts';
import type { Problem } from '../report/problem.ts';

// Top-level fences only: a fence inside a list item or quote ends with its container,
// so only these turn "the rest of the note" into code.
const FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/;

/**
 * Raw HTML that src/markdown/rehype-sanitize-note.ts removes, found at the `<` of its tag (group 1
 * is the tag name). Every pattern is linear (no scan past the next `<` or `>`), so a 5 MB
 * single-line clipping cannot make the check slow.
 */
const ATTRS = String.raw`<([a-z][a-z0-9-]*)\b[^<>]*?\s`;
const RISKY_HTML: Array<[RegExp, (m: RegExpExecArray) => string]> = [
  [/<(frameset|script|iframe|frame|object|embed|applet|base|meta|link|style|noscript|template)(?=[\s/>]|$)/gi, (m) => `<${m[1].toLowerCase()}> element is removed`],
  [new RegExp(`${ATTRS}(on[a-z]+)\\s*=`, 'gi'), (m) => `<${m[1].toLowerCase()}> has an ${m[2].toLowerCase()}= event handler, which is removed`],
  [new RegExp(`${ATTRS}srcdoc\\s*=`, 'gi'), (m) => `<${m[1].toLowerCase()}> has a srcdoc= attribute, which is removed`],
  [
    new RegExp(`${ATTRS}(?:href|src|action|formaction|xlink:href|poster|background|data)\\s*=\\s*["']?\\s*(javascript|vbscript|data)\\s*:(?!image/(?:png|gif|jpe?g|webp|avif);)`, 'gi'),
    (m) => `<${m[1].toLowerCase()}> has a ${m[2].toLowerCase()}: URL, which is removed`,
  ],
];

/** Past this many unsafe-HTML findings in one note (a clipped web page), the rest are counted in one line. */
export const MAX_HTML_PROBLEMS = 20;

/**
 * Problems in a note body that do not stop it from publishing: unclosed code fences and raw HTML
 * that is removed when published. Lines and columns are those of the file (`bodyStartLine` is the
 * file line of the body's first line). HTML inside code (fenced or inline) and comments is ignored.
 */
export function checkBody(body: string, file: string, bodyStartLine: number): Problem[] {
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
      file, line: bodyStartLine + open.line, column: 1, severity: 'warning', kind: 'unclosed-fence',
      message: `expected a closing ${fence} line for the code fence opened here, found the end of the note: everything after it is shown as code`,
      hint: `add a ${fence} line where the code ends`,
    });
  }

  if (body.indexOf('<') < 0) return fenceProblems;
  // A leading newline keeps a body that starts with `---` from being taken for front matter.
  const masked = maskMarkdownCode(`\n${body}`).slice(1);
  const found: Array<{ index: number; what: string }> = [];
  for (const [re, describe] of RISKY_HTML) {
    re.lastIndex = 0;
    for (let m = re.exec(masked); m; m = re.exec(masked)) {
      found.push({ index: m.index, what: describe(m) });
    }
  }
  if (found.length === 0) return fenceProblems;
  found.sort((a, b) => a.index - b.index);
  const starts = lineStarts(body);
  for (const f of found.slice(0, MAX_HTML_PROBLEMS)) {
    const pos = positionAt(starts, f.index);
    problems.push({
      file, line: bodyStartLine + pos.line - 1, column: pos.column, severity: 'warning', kind: 'unsafe-html',
      message: `raw HTML ${f.what} when published (notes never run script on the site)`,
      hint: 'write it in Markdown, or put the HTML in a ``` code block to show it as code',
    });
  }
  if (found.length > MAX_HTML_PROBLEMS) {
    const pos = positionAt(starts, found[MAX_HTML_PROBLEMS].index);
    problems.push({
      file, line: bodyStartLine + pos.line - 1, column: pos.column, severity: 'warning', kind: 'unsafe-html',
      message: `${found.length - MAX_HTML_PROBLEMS} more unsafe raw HTML constructs from here on are removed when published`,
      hint: 'this looks like a clipped web page: keep its text, drop its HTML',
    });
  }
  return [...problems, ...fenceProblems];
}
