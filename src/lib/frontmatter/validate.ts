import { load, YAMLException } from 'js-yaml';
import type { Problem } from '../report/problem.ts';
import { describeValue, FIELD_EXPECTATIONS, frontmatterSchema, type Frontmatter } from '../schema/frontmatter.ts';
import { keyLine, splitFrontmatter } from './split.ts';

export interface ParsedFrontmatter {
  /** Validated front matter; fields that failed validation are left out (the note still publishes). */
  data: Frontmatter;
  /** The YAML as written (unknown keys included), or {} when there was none or it did not parse. */
  raw: Record<string, unknown>;
  hasFrontmatter: boolean;
  body: string;
  bodyStartLine: number;
  problems: Problem[];
}

/**
 * Reads and validates the front matter of one note. Never throws: every problem is returned,
 * each with the file, line, field, what was expected, what was found and a hint.
 */
export function parseFrontmatter(text: string, file: string): ParsedFrontmatter {
  const split = splitFrontmatter(text);
  const problems: Problem[] = [];
  const base = { file, severity: 'error' as const };
  if (split.unclosed) {
    problems.push({
      ...base,
      line: 1,
      column: 1,
      kind: 'frontmatter-unclosed',
      message: 'front matter opened with `---` is never closed: expected a closing `---` line, found end of file',
      hint: 'add a `---` line after the last front matter key; the note is published as plain text until then',
    });
  }
  if (split.yaml === null) {
    return { data: {}, raw: {}, hasFrontmatter: false, body: split.body, bodyStartLine: split.bodyStartLine, problems };
  }
  let raw: unknown;
  try {
    raw = split.yaml.trim() === '' ? {} : load(split.yaml);
  } catch (err) {
    const e = err as YAMLException & { line?: number; column?: number; reason?: string; mark?: { line: number; column: number } };
    const line0 = e.mark?.line ?? e.line ?? 0;
    const col0 = e.mark?.column ?? e.column ?? 0;
    const tabLine = split.yaml.split('\n').findIndex((l) => /^\t/.test(l));
    problems.push({
      ...base,
      line: split.yamlStartLine + (tabLine >= 0 ? tabLine : line0),
      column: tabLine >= 0 ? 1 : col0 + 1,
      kind: 'frontmatter-yaml',
      message: `front matter is not valid YAML: ${tabLine >= 0 ? 'found a tab used for indentation' : (e.reason ?? String(e.message).split('\n')[0])}`,
      hint: tabLine >= 0 ? 'indent YAML with spaces, never tabs' : 'check quotes and indentation on this line; the note is published without its front matter until fixed',
    });
    return { data: {}, raw: {}, hasFrontmatter: true, body: split.body, bodyStartLine: split.bodyStartLine, problems };
  }
  if (raw === null || raw === undefined) raw = {};
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    problems.push({
      ...base,
      line: split.yamlStartLine,
      column: 1,
      kind: 'frontmatter-yaml',
      message: `front matter must be a mapping of keys to values, found ${describeValue(raw)}`,
      hint: 'write one `key: value` per line',
    });
    return { data: {}, raw: {}, hasFrontmatter: true, body: split.body, bodyStartLine: split.bodyStartLine, problems };
  }
  const rawObj = raw as Record<string, unknown>;
  const result = frontmatterSchema.safeParse(rawObj);
  if (result.success) {
    return { data: result.data, raw: rawObj, hasFrontmatter: true, body: split.body, bodyStartLine: split.bodyStartLine, problems };
  }
  // Report every bad field, then keep the good ones: validate again without the bad keys.
  const bad = new Set<string>();
  for (const issue of result.error.issues) {
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
  return {
    data: again.success ? again.data : {},
    raw: rawObj,
    hasFrontmatter: true,
    body: split.body,
    bodyStartLine: split.bodyStartLine,
    problems,
  };
}
