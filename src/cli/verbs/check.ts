import { resolve } from 'node:path';
import { contentDir } from '../../garden.config.ts';
import { countBySeverity, formatProblem, sortProblems } from '../../lib/report/problem.ts';
import { checkVault } from '../../vault/load-vault.ts';
import { renderProblems } from '../../vault/render-check.ts';
import { conversionSummary } from '../../lib/notes/note.ts';

/**
 * `garden check [DIR] [--json] [--no-render]`: every problem of the vault as
 * `path:line:col: severity: message`. Notes are rendered as the build renders them (the same pool
 * and per-note budget), so a note that would stall the build and a same-page link the page cannot
 * place are reported too; `--no-render` checks the Markdown only (faster, without those two).
 */
export async function run(args: string[]): Promise<number> {
  const json = args.includes('--json');
  const render = !args.includes('--no-render');
  const dir = resolve(args.find((a) => !a.startsWith('--')) ?? contentDir());
  // with rendering, unsafe HTML is reported from each note's render (renderProblems)
  const { result, problems, links } = checkVault(dir, { htmlAfterRender: render });
  if (render) problems.push(...(await renderProblems(result, links)));
  const sorted = sortProblems(problems);
  const { errors, warnings } = countBySeverity(sorted);
  if (json) {
    console.log(JSON.stringify({ dir, stats: result.stats, errors, warnings, problems: sorted }, null, 2));
  } else {
    for (const p of sorted) console.log(formatProblem(p));
    console.error(
      `${result.stats.published} notes published, ${conversionSummary(result.stats)}, ${result.stats.drafts} drafts, ${result.stats.skipped} skipped${render ? ', all rendered' : ''}; ${errors} errors, ${warnings} warnings`,
    );
  }
  return errors > 0 ? 1 : 0;
}
