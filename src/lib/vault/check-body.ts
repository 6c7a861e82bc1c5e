import type { Problem } from '../report/problem.ts';

const FENCE = /^\s{0,3}(`{3,}|~{3,})(.*)$/;
const RISKY_HTML: Array<[RegExp, string]> = [
  [/<script\b/i, '<script> element'],
  [/<iframe\b/i, '<iframe> element'],
  [/<(object|embed)\b/i, '<object>/<embed> element'],
  [/<[a-z][^>]*\son[a-z]+\s*=/i, 'on* event handler attribute'],
  [/(href|src)\s*=\s*["']?\s*javascript:/i, 'javascript: URL'],
];

/** Problems in a note body that do not stop it from publishing: unclosed fences, unsafe raw HTML. */
export function checkBody(body: string, file: string, bodyStartLine: number): Problem[] {
  const problems: Problem[] = [];
  const lines = body.split('\n');
  let open: { char: string; len: number; line: number } | null = null;
  for (let i = 0; i < lines.length; i++) {
    const m = FENCE.exec(lines[i]);
    if (m) {
      const char = m[1][0];
      if (!open) open = { char, len: m[1].length, line: i };
      else if (char === open.char && m[1].length >= open.len && m[2].trim() === '') open = null;
      continue;
    }
    if (open) continue;
    for (const [re, what] of RISKY_HTML) {
      const col = lines[i].search(re);
      if (col >= 0) {
        problems.push({
          file, line: bodyStartLine + i, column: col + 1, severity: 'warning', kind: 'unsafe-html',
          message: `raw HTML with a ${what} is removed when published (notes never run script on the site)`,
          hint: 'use Markdown, or a fenced code block to show the HTML as code',
        });
      }
    }
  }
  if (open) {
    problems.push({
      file, line: bodyStartLine + open.line, column: 1, severity: 'warning', kind: 'unclosed-fence',
      message: `code fence opened with ${open.char.repeat(open.len)} is never closed: the rest of the note renders as code`,
      hint: `add a closing ${open.char.repeat(open.len)} line`,
    });
  }
  return problems;
}
