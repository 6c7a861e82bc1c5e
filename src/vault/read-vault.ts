import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { VaultFile } from '../lib/notes/note.ts';
import type { Problem } from '../lib/report/problem.ts';
import { isNoteFile } from '../lib/notes/note-file.ts';

/** Folders of a vault that are never content (Obsidian's settings and trash, git, build output). */
const SKIP_DIRS = new Set(['.git', '.obsidian', '.trash', 'node_modules', '.astro', 'dist']);
/** Files the operating system leaves in folders: not content, not worth a message. */
const SYSTEM_FILES = new Set(['.DS_Store', 'Thumbs.db', 'desktop.ini', '.gitignore', '.gitattributes']);

const rel = (root: string, p: string) => relative(root, p).split(sep).join('/') || '.';

function warn(problems: Problem[] | undefined, file: string, kind: string, message: string, hint: string): void {
  problems?.push({ file, line: 1, column: 1, severity: 'warning', kind, message, hint });
}

function errorCode(err: unknown): string {
  return (err as NodeJS.ErrnoException)?.code ?? String((err as Error)?.message ?? err);
}

/**
 * Absolute paths of every file of the vault, sorted: SKIP_DIRS, `.orig` backups (left by
 * `garden repair --write`) and system files are not part of it. Nothing outside the vault is read
 * and nothing is left out silently; each of these is reported in `problems` and skipped:
 * dot-named files and folders (hidden: Obsidian does not show them), a symlink pointing outside
 * the vault (or broken), a symlink loop, and files or folders that cannot be read (EACCES).
 * A symlink to a file or folder inside the vault is followed once. A folder named like a note
 * (`x.md/`) is reported and walked as a folder.
 */
export function listVaultPaths(root: string, problems?: Problem[]): string[] {
  const paths: string[] = [];
  let realRoot: string;
  try {
    realRoot = realpathSync(root);
  } catch (err) {
    warn(
      problems,
      '.',
      'unreadable',
      `expected a readable vault folder, found ${errorCode(err)}; nothing is published`,
      'check the path and its permissions',
    );
    return [];
  }
  const inside = (real: string) => real === realRoot || real.startsWith(realRoot + sep);
  const visited = new Set<string>([realRoot]);
  const walk = (dir: string) => {
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (err) {
      warn(
        problems,
        rel(root, dir),
        'unreadable',
        `expected a readable folder, found ${errorCode(err)}; its files are skipped, not published`,
        'give the folder read permission (chmod +rx)',
      );
      return;
    }
    for (const entry of entries) {
      const path = join(dir, entry.name);
      const name = rel(root, path);
      if (entry.isDirectory() && SKIP_DIRS.has(entry.name)) continue;
      if (SYSTEM_FILES.has(entry.name) || entry.name.endsWith('.orig')) continue;
      if (entry.name.startsWith('.')) {
        warn(
          problems,
          name,
          'hidden-file',
          `expected a visible file or folder, found a dot-named ${entry.isDirectory() ? 'folder' : 'file'} (hidden in Obsidian); it is skipped, not published`,
          'rename it without the leading dot to publish it',
        );
        continue;
      }
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        let real: string;
        try {
          real = realpathSync(path);
        } catch (err) {
          warn(
            problems,
            name,
            'symlink',
            `expected a symlink to a file in the vault, found a broken link (${errorCode(err)}); it is skipped`,
            'remove the link or restore its target',
          );
          continue;
        }
        if (!inside(real)) {
          warn(
            problems,
            name,
            'symlink',
            'expected a symlink to a file in the vault, found one pointing outside it; it is skipped: nothing outside the vault is published',
            'copy the file into the vault instead of linking to it',
          );
          continue;
        }
        try {
          const st = statSync(real);
          isDir = st.isDirectory();
          isFile = st.isFile();
        } catch (err) {
          warn(
            problems,
            name,
            'unreadable',
            `expected a readable file, found ${errorCode(err)}; it is skipped`,
            'check its permissions',
          );
          continue;
        }
        if (isDir && visited.has(real)) {
          warn(
            problems,
            name,
            'symlink',
            `expected a symlink to a folder not yet read, found one leading to ${rel(realRoot, real)}, already read (a loop or a second path); it is skipped`,
            'remove the link',
          );
          continue;
        }
      }
      if (isDir) {
        if (isNoteFile(entry.name)) {
          warn(
            problems,
            name,
            'folder-named-like-note',
            'expected a note, found a folder named like one; its files are read as a folder',
            'rename the folder without the note extension (.md, .mdx)',
          );
        }
        let real = path;
        try {
          real = realpathSync(path);
        } catch {
          // read as it is
        }
        if (visited.has(real) && entry.isSymbolicLink()) continue;
        visited.add(real);
        walk(path);
      } else if (isFile) {
        paths.push(path);
      } else {
        warn(
          problems,
          name,
          'special-file',
          'expected a file or folder, found a device, socket or pipe; it is skipped',
          'remove it from the vault',
        );
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
export function readVault(root: string, problems?: Problem[]): VaultFile[] {
  const paths = listVaultPaths(root, problems);
  const git = gitDates(root);
  const rels = paths.map((p) => relative(root, p).split(sep).join('/'));
  // macOS hands out NFD Hangul names: every name is NFC from here on. When two files have names
  // equal once NFC (one NFC, one NFD, e.g. copied between systems), the NFC one keeps the name and
  // the other keeps its name as written, so names stay unique; assembleVault reports the pair.
  const claimed = new Set(rels.filter((r) => r === r.normalize('NFC')));
  const files: VaultFile[] = [];
  paths.forEach((p, i) => {
    const rel = rels[i];
    const nfc = rel.normalize('NFC');
    let file = nfc;
    if (rel !== nfc) {
      if (claimed.has(nfc)) file = rel;
      else claimed.add(nfc);
    }
    try {
      const st = statSync(p);
      files.push({
        file,
        bytes: readFileSync(p),
        mtime: st.mtime,
        birthtime: st.birthtime.getTime() > 0 ? st.birthtime : st.mtime,
        git: git.get(nfc),
      });
    } catch (err) {
      warn(
        problems,
        file,
        'unreadable',
        `expected a readable file, found ${errorCode(err)}; it is skipped, not published`,
        'give the file read permission (chmod +r)',
      );
    }
  });
  return files;
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
    prefix = execFileSync('git', ['rev-parse', '--show-prefix'], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    log = execFileSync('git', ['-c', 'core.quotepath=off', 'log', '--format=@%ct', '--name-only', '--', '.'], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 256 * 1024 * 1024,
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
