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

export function formatProblem(p: Problem): string {
  const where = [p.file, p.line ?? '', p.line !== undefined && p.column !== undefined ? p.column : '']
    .filter((x) => x !== '')
    .join(':');
  const field = p.field ? `${p.field}: ` : '';
  const hint = p.hint ? ` — ${p.hint}` : '';
  return `${where}: ${p.severity}: ${field}${p.message}${hint}`;
}

export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0),
  );
}

export function countBySeverity(problems: Problem[]): { errors: number; warnings: number } {
  let errors = 0;
  let warnings = 0;
  for (const p of problems) (p.severity === 'error' ? errors++ : warnings++);
  return { errors, warnings };
}
