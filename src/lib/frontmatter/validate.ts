import { load, YAMLException } from 'js-yaml';
import type { Problem } from '../report/problem.ts';
import { describeValue, FIELD_EXPECTATIONS, frontmatterSchema, type Frontmatter } from '../schema/frontmatter.ts';
import { keyLine, splitFrontmatter } from './split.ts';

export interface ParsedFrontmatter {
  /** Validated front matter; fields that failed validation are left out. */
  data: Frontmatter;
  /** The YAML as written (unknown keys included), or {} when there was none or it did not parse. */
  raw: Record<string, unknown>;
  hasFrontmatter: boolean;
  /** The YAML text between the fences (null when there is none), and the file line of its first line. */
  yaml: string | null;
  yamlStartLine: number;
  body: string;
  bodyStartLine: number;
  problems: Problem[];
}

/**
 * Reads and validates the front matter of one note. Never throws: every problem is returned,
 * each with the file, line, column, field, what was expected, what was found and a hint.
 * Every problem here is an error (the build stops after listing them all): see
 * src/lib/vault/assemble.ts "Bad notes: errors and warnings".
 */
export function parseFrontmatter(text: string, file: string): ParsedFrontmatter {
  const split = splitFrontmatter(text);
  const problems: Problem[] = [];
  const base = { file, severity: 'error' as const };
  const result = (data: Frontmatter, raw: Record<string, unknown>): ParsedFrontmatter => ({
    data, raw, hasFrontmatter: split.yaml !== null, yaml: split.yaml, yamlStartLine: split.yamlStartLine,
    body: split.body, bodyStartLine: split.bodyStartLine, problems,
  });
  if (split.unclosed) {
    problems.push({
      ...base,
      line: 1,
      column: 1,
      kind: 'frontmatter-unclosed',
      message: `front matter opened with \`---\` on line 1 is never closed: expected a closing \`---\` line, found the end of the file (line ${split.lineCount})`,
      hint: 'add a `---` line after the last front matter key (if the `---` is a horizontal rule, start the note with a blank line)',
    });
  }
  if (split.yaml === null) return result({}, {});
  let raw: unknown;
  try {
    raw = split.yaml.trim() === '' ? {} : load(split.yaml);
  } catch (err) {
    problems.push({ ...base, ...explainYamlError(split.yaml, err as YAMLException, split.yamlStartLine) });
    return result({}, {});
  }
  if (raw === null || raw === undefined) raw = {};
  if (typeof raw !== 'object' || Array.isArray(raw) || raw instanceof Date) {
    problems.push({
      ...base,
      line: split.yamlStartLine,
      column: 1,
      kind: 'frontmatter-yaml',
      message: `expected front matter to be \`key: value\` lines, found ${describeValue(raw)}`,
      hint: 'write one `key: value` per line',
    });
    return result({}, {});
  }
  const rawObj = raw as Record<string, unknown>;
  const parsed = frontmatterSchema.safeParse(rawObj);
  if (parsed.success) return result(parsed.data, rawObj);
  // Report every bad field, then keep the good ones: validate again without the bad keys.
  const bad = new Set<string>();
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? '');
    if (bad.has(field)) continue;
    bad.add(field);
    const exp = FIELD_EXPECTATIONS[field] ?? { expected: 'a valid value', hint: 'fix or remove this key' };
    problems.push({
      ...base,
      line: keyLine(split.yaml, field, split.yamlStartLine) ?? split.yamlStartLine,
      column: 1,
      kind: 'frontmatter-type',
      field,
      message: `expected ${exp.expected}, found ${describeValue(rawObj[field])}`,
      hint: exp.hint,
    });
  }
  const kept = Object.fromEntries(Object.entries(rawObj).filter(([k]) => !bad.has(k)));
  const again = frontmatterSchema.safeParse(kept);
  return result(again.success ? again.data : {}, rawObj);
}

type YamlProblem = Pick<Problem, 'line' | 'column' | 'kind' | 'field' | 'message' | 'hint'>;

const KEY = /^([^\s#'"[{\-][^:#]*?)\s*:(?:\s|$)/;

/** A line of YAML as shown in a message: trimmed, shortened, in backticks. */
function snippet(line: string): string {
  const t = line.trim();
  return `\`${t.length > 60 ? `${t.slice(0, 57)}…` : t}\``;
}

/** Position of a quote opened on a line and not closed on it, or -1. `'` escapes itself, `\` escapes in `"`. */
function unclosedQuoteAt(line: string): number {
  const m = /^(\s*(?:-\s+)?(?:[^\s#'"[{][^:#]*?:\s+)?)(["'])/.exec(line);
  if (!m || (m[1] === '' && !/^["']/.test(line))) return -1;
  const q = m[2];
  const at = m[1].length;
  for (let i = at + 1; i < line.length; i++) {
    if (q === '"' && line[i] === '\\') i++;
    else if (line[i] === q) {
      if (q === "'" && line[i + 1] === "'") i++;
      else return -1;
    }
  }
  return at;
}

/**
 * A js-yaml error in words a note writer can act on, at the line and column of its cause:
 * an unclosed quote or `[`/`{` is reported where it opens (js-yaml only notices on a later line).
 */
export function explainYamlError(yaml: string, e: YAMLException, yamlStartLine: number): YamlProblem {
  const lines = yaml.split('\n');
  const errLine = e.mark?.line ?? lines.length - 1;
  const reason = e.reason ?? String(e.message).split('\n')[0];
  const at = (line0: number, col0: number, message: string, hint: string): YamlProblem => {
    const key = KEY.exec(lines[line0] ?? '');
    return {
      line: yamlStartLine + line0, column: col0 + 1, kind: 'frontmatter-yaml',
      ...(key ? { field: key[1] } : {}),
      message: `front matter is not valid YAML: ${message}`, hint,
    };
  };

  // A tab in the indentation (js-yaml: "tab characters must not be used in indentation").
  const tabLine = lines.findIndex((l) => /^ *\t/.test(l));
  if (tabLine >= 0 && (/tab/i.test(reason) || tabLine <= errLine)) {
    return at(tabLine, lines[tabLine].indexOf('\t'), 'expected spaces for indentation, found a tab', 'indent YAML with spaces, never tabs');
  }
  // A quoted value whose quote is not closed on its own line.
  for (let i = 0; i < Math.min(errLine + 1, lines.length); i++) {
    const col = unclosedQuoteAt(lines[i]);
    if (col < 0) continue;
    const q = lines[i][col];
    return at(i, col, `expected a closing ${q} for the value quoted here, found the end of the line (${snippet(lines[i].slice(col))})`,
      `close the quote on the same line: ${lines[i].trim()}${q}`);
  }
  // A `[` or `{` list/mapping still open when the next top-level key starts.
  let depth = 0;
  let opened: { line: number; col: number; char: string } | null = null;
  for (let i = 0; i < lines.length; i++) {
    if (depth > 0 && KEY.test(lines[i])) break;
    const line = lines[i];
    let quote = '';
    for (let c = 0; c < line.length; c++) {
      const ch = line[c];
      if (quote) {
        if (ch === quote) quote = '';
        continue;
      }
      if (ch === '"' || ch === "'") quote = ch;
      else if (ch === '#' && (c === 0 || /\s/.test(line[c - 1]))) break;
      else if (ch === '[' || ch === '{') {
        if (depth === 0) opened = { line: i, col: c, char: ch };
        depth++;
      } else if ((ch === ']' || ch === '}') && depth > 0) depth--;
    }
    if (depth === 0) opened = null;
  }
  if (opened && depth > 0 && (opened.line < errLine || /flow collection/.test(reason))) {
    const close = opened.char === '[' ? ']' : '}';
    return at(opened.line, opened.col, `expected a closing ${close} for the ${opened.char === '[' ? 'list' : 'mapping'} opened here, found ${snippet(lines[opened.line].slice(opened.col))} never closed`,
      `close it on the same line: ${lines[opened.line].trim()}${close}`);
  }
  const line0 = Math.min(Math.max(errLine, 0), Math.max(lines.length - 1, 0));
  const col0 = e.mark?.column ?? 0;
  // only the start of a long line is explained: the pattern's lazy parts would rescan it
  const after = /^(\s*(?:-\s+)?(?:[^\s#'"[{][^:#]*?:\s+)?)("(?:[^"\\]|\\.)*"|'(?:[^']|'')*')[ \t]*([^\s#].*?)(?:\s+#.*)?$/.exec((lines[line0] ?? '').slice(0, 1000));
  if (after) {
    return at(line0, after[1].length + after[2].length + 1, `expected the value to end with its closing ${after[2][0]}, found more text after it (${snippet(after[3])})`,
      `quote the whole value: ${after[1].trim()} ${after[2][0]}${after[2].slice(1, -1)} ${after[3]}${after[2][0]}`.replace(/: {2}/, ': '));
  }
  if (/duplicated mapping key/.test(reason)) {
    return at(line0, col0, `expected each key once, found ${snippet(lines[line0])} a second time`, 'remove or rename one of the two keys');
  }
  const indented = /^( +)([^\s#'"[{\-][^:#]*?)\s*:(?:\s|$)/.exec(lines[line0] ?? '');
  if (/bad indentation/.test(reason) && indented) {
    return at(line0, indented[1].length, `expected \`${indented[2]}:\` at the start of the line, found it indented by ${indented[1].length} space${indented[1].length > 1 ? 's' : ''} under a key that already has a value`,
      'remove the indentation, or leave the key above without a value to nest under it');
  }
  if (/bad indentation of a mapping entry/.test(reason) && KEY.test(lines[line0] ?? '') && /: /.test((lines[line0] ?? '').replace(KEY, ''))) {
    return at(line0, col0, `expected one \`key: value\` per line, found ${snippet(lines[line0])} (a second \`: \` in the value)`,
      'quote a value that contains `: `, e.g. `title: "a: b"`');
  }
  return at(line0, col0, `${reason}, found ${snippet(lines[line0] ?? '')}`, 'check the quotes and indentation of this line; keys start at the beginning of a line');
}
