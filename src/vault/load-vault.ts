import { assembleVault } from '../lib/vault/assemble.ts';
import type { VaultResult } from '../lib/notes/note.ts';
import type { Problem } from '../lib/report/problem.ts';
import { readVault } from './read-vault.ts';

/** Reads and assembles a vault: the one entry point of the loader and of `garden check`. */
export function loadVault(dir: string): VaultResult {
  return assembleVault(readVault(dir));
}

export function checkVault(dir: string): { result: VaultResult; problems: Problem[] } {
  const result = loadVault(dir);
  return { result, problems: result.problems };
}
