import { resolve } from 'node:path';
import { contentDir } from '../../garden.config.ts';
import { countBySeverity, formatProblem, sortProblems } from '../../lib/report/problem.ts';
import { checkVault } from '../../vault/load-vault.ts';
import { conversionSummary } from '../../lib/notes/note.ts';

/** `garden check [DIR] [--json]`: every problem of the vault as `path:line:col: severity: message`. */
// eslint-disable-next-line @typescript-eslint/require-await -- garden.ts loads every verb as an async run(args); this one awaits nothing
export async function run(args: string[]): Promise<number> {
  const json = args.includes('--json');
  const dir = resolve(args.find((a) => !a.startsWith('--')) ?? contentDir());
  const { result, problems } = checkVault(dir);
  const sorted = sortProblems(problems);
  const { errors, warnings } = countBySeverity(sorted);
  if (json) {
    console.log(JSON.stringify({ dir, stats: result.stats, errors, warnings, problems: sorted }, null, 2));
  } else {
    for (const p of sorted) console.log(formatProblem(p));
    console.error(
      `${result.stats.published} notes published, ${conversionSummary(result.stats)}, ${result.stats.drafts} drafts, ${result.stats.skipped} skipped; ${errors} errors, ${warnings} warnings`,
    );
  }
  return errors > 0 ? 1 : 0;
}
