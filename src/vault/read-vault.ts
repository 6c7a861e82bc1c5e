import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { VaultFile } from '../lib/notes/note.ts';

/** Folders of a vault that are never content. */
const SKIP_DIRS = new Set(['.git', '.obsidian', '.trash', 'node_modules', '.astro', 'dist']);

/**
 * Absolute paths of every file of the vault, sorted: dot files and folders, `.orig` backups
 * (left by `garden repair --write`) and SKIP_DIRS are not part of it.
 */
export function listVaultPaths(root: string): string[] {
  const paths: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      if (entry.isDirectory()) {
        if (!SKIP_DIRS.has(entry.name)) walk(join(dir, entry.name));
      } else if (entry.isFile() && !entry.name.endsWith('.orig')) {
        paths.push(join(dir, entry.name));
      }
    }
  };
  walk(root);
  return paths.sort();
}

/**
 * Every file of the vault with its bytes, file times and (when the vault is in git) git dates,
 * in code-point order of the path as written. Names are NFC (see below); two files whose names
 * differ only in case are both read (on a case-sensitive file system), and reported by assembleVault.
 */
export function readVault(root: string): VaultFile[] {
  const paths = listVaultPaths(root);
  const git = gitDates(root);
  const rels = paths.map((p) => relative(root, p).split(sep).join('/'));
  // macOS hands out NFD Hangul names: every name is NFC from here on. When two files have names
  // equal once NFC (one NFC, one NFD, e.g. copied between systems), the NFC one keeps the name and
  // the other keeps its name as written, so names stay unique; assembleVault reports the pair.
  const claimed = new Set(rels.filter((r) => r === r.normalize('NFC')));
  return paths.map((p, i) => {
    const rel = rels[i];
    const nfc = rel.normalize('NFC');
    let file = nfc;
    if (rel !== nfc) {
      if (claimed.has(nfc)) file = rel;
      else claimed.add(nfc);
    }
    const st = statSync(p);
    return {
      file,
      bytes: readFileSync(p),
      mtime: st.mtime,
      birthtime: st.birthtime.getTime() > 0 ? st.birthtime : st.mtime,
      git: git.get(nfc),
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
