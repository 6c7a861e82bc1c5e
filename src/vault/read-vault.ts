import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { VaultFile } from '../lib/notes/note.ts';

/** Folders of a vault that are never content. */
const SKIP_DIRS = new Set(['.git', '.obsidian', '.trash', 'node_modules', '.astro', 'dist']);

/** Every file of the vault with its bytes, file times and (when the vault is in git) git dates. */
export function readVault(root: string): VaultFile[] {
  const paths: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name.startsWith('.') && entry.isDirectory()) continue;
      if (entry.isDirectory()) {
        if (!SKIP_DIRS.has(entry.name)) walk(join(dir, entry.name));
      } else if (entry.isFile() && !entry.name.startsWith('.') && !entry.name.endsWith('.orig')) {
        paths.push(join(dir, entry.name));
      }
    }
  };
  walk(root);
  paths.sort();
  const git = gitDates(root);
  return paths.map((p) => {
    const rel = relative(root, p).split(sep).join('/');
    const st = statSync(p);
    return {
      file: rel.normalize('NFC'),
      bytes: readFileSync(p),
      mtime: st.mtime,
      birthtime: st.birthtime.getTime() > 0 ? st.birthtime : st.mtime,
      git: git.get(rel.normalize('NFC')),
    };
  });
}

/**
 * First and last commit dates of every file, from one `git log` over the vault.
 * Empty when the vault is not in a git repository or git is missing.
 */
export function gitDates(root: string): Map<string, { created: Date; modified: Date }> {
  const out = new Map<string, { created: Date; modified: Date }>();
  let log: string;
  let prefix: string;
  try {
    prefix = execFileSync('git', ['rev-parse', '--show-prefix'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    log = execFileSync('git', ['-c', 'core.quotepath=off', 'log', '--format=@%ct', '--name-only', '--', '.'], {
      cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 256 * 1024 * 1024,
    });
  } catch {
    return out;
  }
  let when: Date | null = null;
  for (const line of log.split('\n')) {
    if (line.startsWith('@')) {
      when = new Date(Number(line.slice(1)) * 1000);
      continue;
    }
    if (!line || !when) continue;
    const rel = (prefix && line.startsWith(prefix) ? line.slice(prefix.length) : line).normalize('NFC');
    const seen = out.get(rel);
    // git log is newest first: the first date seen is the last change, the last one seen the creation.
    if (!seen) out.set(rel, { created: when, modified: when });
    else seen.created = when;
  }
  return out;
}
