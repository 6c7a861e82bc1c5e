import { assembleVault, type AssembleCache } from '../lib/vault/assemble.ts';
import { checkLinks, linkSignature, vaultLinkIndex } from '../lib/vault/check-links.ts';
import type { LinkIndex } from '../lib/garden/links.ts';
import type { VaultResult } from '../lib/notes/note.ts';
import type { Problem } from '../lib/report/problem.ts';
import { readVault } from './read-vault.ts';

/**
 * Reads and assembles a vault: the one entry point of the loader and of `garden check`.
 * `htmlAfterRender`, `cache`: see assembleVault (the caller reports unsafe HTML from each note's
 * render; a cache kept across reads re-reads only the notes whose files changed).
 */
export function loadVault(dir: string, opts: { htmlAfterRender?: boolean; cache?: AssembleCache } = {}): VaultResult {
  const problems: Problem[] = [];
  const result = assembleVault(readVault(dir, problems), opts);
  result.problems.unshift(...problems);
  return result;
}

/**
 * The vault, every problem (per note and vault-wide link checks), and the link index the
 * renderer resolves `[[links]]` with (`linkSignature` changes whenever any resolution could).
 */
export function checkVault(
  dir: string,
  opts: { htmlAfterRender?: boolean; cache?: AssembleCache } = {},
): {
  result: VaultResult;
  problems: Problem[];
  links: LinkIndex;
  linkSignature: string;
} {
  const result = loadVault(dir, opts);
  const { index, inputs } = vaultLinkIndex(result.notes, result.attachments);
  const problems = [...result.problems, ...checkLinks(result.notes, result.attachments, index)];
  return { result, problems, links: index, linkSignature: linkSignature(inputs, result.attachments) };
}
