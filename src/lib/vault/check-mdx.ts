import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { countTags, MAX_CHECKED_TAGS, type FindingsResult } from '../html/note-findings.ts';
import { sanitizeNoteTree } from '../html/sanitize-tree.ts';
import { lowerMdx, NOTE_HTML_MARK } from '../mdx/lower.ts';
import { visit } from 'unist-util-visit';
import { parseMdx, type MdxSyntaxError } from '../mdx/parse.ts';
import type { Problem } from '../report/problem.ts';

/** Markdown to HTML as the renderer does it (the sanitizer's findings come from this tree). */
const toHast = unified().use(remarkRehype, { allowDangerousHtml: true, clobberPrefix: '' });

/** An MDX note that does not parse: reported where the parser stopped; the note is published as plain text. */
export function mdxSyntaxProblem(file: string, bodyStartLine: number, error: MdxSyntaxError): Problem {
  return {
    file,
    line: bodyStartLine + error.line - 1,
    column: error.column,
    severity: 'warning',
    kind: 'mdx-syntax',
    message: `expected MDX (Markdown with JSX tags), found a syntax error: ${error.reason}; the note is published as plain text`,
    hint: 'close every tag (<Callout>…</Callout>), write a literal < as &lt; and { as \\{, and comments as {/* … */}',
  };
}

/**
 * What the page of an MDX note will not show as written, with file lines and columns: a syntax
 * error (the note is then published as plain text), `import`/`export`, `{expressions}`, unknown
 * components, attributes that are not literal, a `<Flow>` or `<Quiz>` that cannot be drawn or read.
 * `html` is what the note sanitizer removes from its HTML elements (checkBody reports it as for
 * any note), found in the same lowered tree the page is made from.
 */
export function checkMdx(
  body: string,
  file: string,
  bodyStartLine: number,
): { problems: Problem[]; html: FindingsResult } {
  const parsed = parseMdx(body);
  if (!parsed.ok) return { problems: [mdxSyntaxProblem(file, bodyStartLine, parsed.error)], html: { findings: [] } };
  const problems: Problem[] = [];
  for (const f of lowerMdx(parsed.tree, parsed.text)) {
    const at = parsed.at(f.line, f.column);
    problems.push({
      file,
      line: bodyStartLine + at.line - 1,
      column: at.column,
      severity: 'warning',
      kind: f.kind,
      message: f.message,
      hint: f.hint,
    });
  }
  const tags = countTags(body);
  if (tags > MAX_CHECKED_TAGS)
    return {
      problems,
      html: {
        findings: [],
        unchecked: `${tags.toLocaleString('en-US')} tags, over ${MAX_CHECKED_TAGS.toLocaleString('en-US')}`,
      },
    };
  const hast = toHast.runSync(parsed.tree);
  visit(hast, 'element', (el) => {
    delete el.properties[NOTE_HTML_MARK];
  });
  const findings = sanitizeNoteTree(hast).findings.map((f) => ({ ...f, ...parsed.at(f.line, f.column) }));
  return { problems, html: { findings } };
}
