/** A problem found in the vault, in the shape every tool prints: `path:line:col: severity: message`. */
export type Severity = 'error' | 'warning';

export interface Problem {
  file: string;
  line?: number;
  column?: number;
  severity: Severity;
  /** Short machine-readable kind, e.g. `frontmatter-type`, `unclosed-fence`. */
  kind: string;
  field?: string;
  message: string;
  hint?: string;
}

/**
 * `path:line:col: error|warning: [field: ]message — hint`, always with a line and column so every
 * line can be jumped to by editors and CI problem matchers: a problem about a whole file (no
 * position of its own) points at 1:1, the file's start.
 */
export function formatProblem(p: Problem): string {
  const field = p.field ? `${p.field}: ` : '';
  const hint = p.hint ? ` — ${p.hint}` : '';
  return `${p.file}:${p.line ?? 1}:${p.column ?? 1}: ${p.severity}: ${field}${p.message}${hint}`;
}

export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || (a.line ?? 1) - (b.line ?? 1) || (a.column ?? 1) - (b.column ?? 1),
  );
}

export function countBySeverity(problems: Problem[]): { errors: number; warnings: number } {
  let errors = 0;
  let warnings = 0;
  for (const p of problems) {
    if (p.severity === 'error') errors++;
    else warnings++;
  }
  return { errors, warnings };
}
