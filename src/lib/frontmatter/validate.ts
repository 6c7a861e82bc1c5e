import { isMap, isScalar, LineCounter, parseDocument, type YAMLError } from 'yaml';
import type { Problem } from '../report/problem.ts';
import { describeValue, FIELD_EXPECTATIONS, frontmatterSchema, type Frontmatter } from '../schema/frontmatter.ts';
import { splitFrontmatter } from './split.ts';

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
  /** Set when the note cannot be published at all (its front matter is an alias bomb). */
  skip?: boolean;
  /** File line of a top-level key, from the parsed YAML (undefined when absent). */
  keyLine: (key: string) => number | undefined;
}

/** YAML aliases expanded at most this many times in one note: far above any real front matter. */
export const MAX_ALIAS_COUNT = 100;

/** A YAML error, located (0-based line and column of the YAML text) and in the words of the parser. */
export interface YamlErrorAt {
  line0: number;
  col0: number;
  code: string;
  reason: string;
}

/**
 * Parses front matter with the `yaml` package (YAML 1.2 core schema: dates stay text and are read
 * by the schema, src/lib/schema/frontmatter.ts): exact error positions from a LineCounter, duplicate keys refused, and aliases limited
 * (MAX_ALIAS_COUNT) so an anchor/alias bomb costs nothing.
 */
export function readYaml(yaml: string): ReadYaml {
  let read = readYamlTexts.get(yaml);
  if (!read) {
    read = parseYaml(yaml);
    if (readYamlTexts.size >= READ_YAML_KEPT) readYamlTexts.clear();
    readYamlTexts.set(yaml, read);
  }
  // each caller gets its own copy of the value, so no note can change what another read
  return 'value' in read ? { value: structuredClone(read.value), keys: read.keys } : read;
}

type ReadYaml =
  { value: unknown; keys: Map<string, number> } | { error: YamlErrorAt } | { bomb: { line0: number; col0: number } };

/** What each front matter text read as: a vault read again (the dev server re-reads it on every
 * change) parses only the front matter that changed. Bounded, for a long-running process. */
const readYamlTexts = new Map<string, ReadYaml>();
const READ_YAML_KEPT = 50_000;

function parseYaml(yaml: string): ReadYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(yaml, { lineCounter, uniqueKeys: true, prettyErrors: false, merge: true });
  const at = (offset: number) => {
    const p = lineCounter.linePos(offset);
    return { line0: Math.max(p.line - 1, 0), col0: Math.max(p.col - 1, 0) };
  };
  if (doc.errors.length > 0) {
    const e: YAMLError = doc.errors[0];
    return { error: { ...at(e.pos[0]), code: e.code, reason: e.message.split('\n')[0] } };
  }
  // 0-based line of each top-level key, as parsed.
  const keys = new Map<string, number>();
  if (isMap(doc.contents)) {
    for (const item of doc.contents.items) {
      if (isScalar(item.key) && item.key.range && !keys.has(String(item.key.value)))
        keys.set(String(item.key.value), at(item.key.range[0]).line0);
    }
  }
  try {
    return { value: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }), keys };
  } catch (err) {
    if (err instanceof ReferenceError && /alias/i.test(err.message)) {
      const i = yaml.indexOf('*');
      return { bomb: at(i < 0 ? 0 : i) };
    }
    return {
      error: { line0: 0, col0: 0, code: 'UNKNOWN', reason: String((err as Error).message ?? err).slice(0, 120) },
    };
  }
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
  let keys = new Map<string, number>();
  const keyLine = (key: string) => {
    const l = keys.get(key);
    return l === undefined ? undefined : split.yamlStartLine + l;
  };
  const result = (data: Frontmatter, raw: Record<string, unknown>): ParsedFrontmatter => ({
    data,
    raw,
    keyLine,
    hasFrontmatter: split.yaml !== null,
    yaml: split.yaml,
    yamlStartLine: split.yamlStartLine,
    body: split.body,
    bodyStartLine: split.bodyStartLine,
    problems,
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
  if (split.yaml.trim() === '') raw = {};
  else {
    const parsed = readYaml(split.yaml);
    if ('error' in parsed) {
      problems.push({ ...base, ...explainYamlError(split.yaml, parsed.error, split.yamlStartLine) });
      return result({}, {});
    }
    if ('bomb' in parsed) {
      // Not a mistake anyone makes by hand: the note is skipped (a warning), the vault still builds.
      problems.push({
        ...base,
        severity: 'warning',
        line: split.yamlStartLine + parsed.bomb.line0,
        column: parsed.bomb.col0 + 1,
        kind: 'frontmatter-aliases',
        message: `expected front matter of plain values, found YAML aliases (\`*name\`) that expand past ${MAX_ALIAS_COUNT} copies (a "billion laughs"); the note is skipped, not published`,
        hint: 'write the values out instead of using YAML anchors and aliases',
      });
      return { ...result({}, {}), skip: true };
    }
    raw = parsed.value;
    keys = parsed.keys;
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
      line: keyLine(field) ?? split.yamlStartLine,
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

const KEY = /^([^\s#'"[{-][^:#]*?)\s*:(?:\s|$)/;

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
 * A YAML error in words a note writer can act on, at the line and column of its cause:
 * an unclosed quote or `[`/`{` is reported where it opens (the parser only notices on a later line).
 */
export function explainYamlError(yaml: string, e: YamlErrorAt, yamlStartLine: number): YamlProblem {
  const lines = yaml.split('\n');
  const errLine = e.line0;
  const reason = e.reason;
  const at = (line0: number, col0: number, message: string, hint: string): YamlProblem => {
    const key = KEY.exec(lines[line0] ?? '');
    return {
      line: yamlStartLine + line0,
      column: col0 + 1,
      kind: 'frontmatter-yaml',
      ...(key ? { field: key[1] } : {}),
      message: `front matter is not valid YAML: ${message}`,
      hint,
    };
  };

  // A tab in the indentation.
  const tabLine = lines.findIndex((l) => /^ *\t/.test(l));
  if (tabLine >= 0 && (e.code === 'TAB_AS_INDENT' || tabLine <= errLine)) {
    return at(
      tabLine,
      lines[tabLine].indexOf('\t'),
      'expected spaces for indentation, found a tab',
      'indent YAML with spaces, never tabs',
    );
  }
  // A quoted value whose quote is not closed on its own line.
  for (let i = 0; i < Math.min(errLine + 1, lines.length); i++) {
    const col = unclosedQuoteAt(lines[i]);
    if (col < 0) continue;
    const q = lines[i][col];
    return at(
      i,
      col,
      `expected a closing ${q} for the value quoted here, found the end of the line (${snippet(lines[i].slice(col))})`,
      `close the quote on the same line: ${lines[i].trim()}${q}`,
    );
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
  if (opened && depth > 0 && (opened.line < errLine || /flow (collection|sequence|mapping)/i.test(reason))) {
    const close = opened.char === '[' ? ']' : '}';
    return at(
      opened.line,
      opened.col,
      `expected a closing ${close} for the ${opened.char === '[' ? 'list' : 'mapping'} opened here, found ${snippet(lines[opened.line].slice(opened.col))} never closed`,
      `close it on the same line: ${lines[opened.line].trim()}${close}`,
    );
  }
  const line0 = Math.min(Math.max(errLine, 0), Math.max(lines.length - 1, 0));
  const col0 = e.col0;
  // only the start of a long line is explained: the pattern's lazy parts would rescan it
  const after =
    /^(\s*(?:-\s+)?(?:[^\s#'"[{][^:#]*?:\s+)?)("(?:[^"\\]|\\.)*"|'(?:[^']|'')*')[ \t]*([^\s#].*?)(?:\s+#.*)?$/.exec(
      (lines[line0] ?? '').slice(0, 1000),
    );
  if (after) {
    return at(
      line0,
      after[1].length + after[2].length + 1,
      `expected the value to end with its closing ${after[2][0]}, found more text after it (${snippet(after[3])})`,
      `quote the whole value: ${after[1].trim()} ${after[2][0]}${after[2].slice(1, -1)} ${after[3]}${after[2][0]}`.replace(
        /: {2}/,
        ': ',
      ),
    );
  }
  if (e.code === 'DUPLICATE_KEY') {
    return at(
      line0,
      col0,
      `expected each key once, found ${snippet(lines[line0])} a second time`,
      'remove or rename one of the two keys',
    );
  }
  const nesting = e.code === 'BAD_INDENT' || e.code === 'BLOCK_AS_IMPLICIT_KEY' || e.code === 'MULTILINE_IMPLICIT_KEY';
  const indentedLine = nesting
    ? lines.findIndex(
        (l, i) =>
          i > 0 &&
          i <= line0 + 1 &&
          /^ +[^\s#'"[{-][^:#]*?\s*:(?:\s|$)/.test(l) &&
          !/^\s*$/.test(lines[i - 1]) &&
          /:\s*\S/.test(lines[i - 1]),
      )
    : -1;
  const indented = /^( +)([^\s#'"[{-][^:#]*?)\s*:(?:\s|$)/.exec(lines[indentedLine] ?? '');
  if (indented) {
    return at(
      indentedLine,
      indented[1].length,
      `expected \`${indented[2]}:\` at the start of the line, found it indented by ${indented[1].length} space${indented[1].length > 1 ? 's' : ''} under a key that already has a value`,
      'remove the indentation, or leave the key above without a value to nest under it',
    );
  }
  const second = nesting && KEY.test(lines[line0] ?? '') ? (lines[line0] ?? '').replace(KEY, '').indexOf(': ') : -1;
  if (second >= 0) {
    const keyLen = (lines[line0] ?? '').length - (lines[line0] ?? '').replace(KEY, '').length;
    return at(
      line0,
      keyLen + second,
      `expected one \`key: value\` per line, found ${snippet(lines[line0])} (a second \`: \` in the value)`,
      'quote a value that contains `: `, e.g. `title: "a: b"`',
    );
  }
  return at(
    line0,
    col0,
    `${reason}, found ${snippet(lines[line0] ?? '')}`,
    'check the quotes and indentation of this line; keys start at the beginning of a line',
  );
}
