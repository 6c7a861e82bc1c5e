import { existsSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { contentDir } from '../garden.config.ts';
import type { Note } from '../lib/notes/note.ts';
import type { Problem } from '../lib/report/problem.ts';
import { loadVault } from './load-vault.ts';

export interface ReadNote {
  /** The vault the note was read with (its healthy notes train the mojibake repair). */
  root: string;
  /** Path of the note inside the vault, as problems name it. */
  file: string;
  /** The note as the build publishes it; absent when the build does not publish it (draft, binary). */
  note?: Note;
  /** Every problem the vault reading found in this file. */
  problems: Problem[];
}

/**
 * The vault a file belongs to: the nearest folder above it holding `.obsidian/` (Obsidian's own
 * marker), else the configured vault when the file is inside it, else the file's own folder.
 */
export function vaultRootOf(path: string): string {
  const abs = resolve(path);
  for (let dir = dirname(abs); ; dir = dirname(dir)) {
    if (existsSync(join(dir, '.obsidian')) && statSync(join(dir, '.obsidian')).isDirectory()) return dir;
    if (dirname(dir) === dir) break;
  }
  const configured = resolve(contentDir());
  if (abs.startsWith(configured + sep)) return configured;
  return dirname(abs);
}

/**
 * One note read exactly as the build reads it: the whole vault goes through the same pipeline
 * (decode, mojibake repair trained on the vault, front matter), so a CLI verb and the page agree.
 */
export function readNote(path: string): ReadNote {
  const root = vaultRootOf(path);
  const rel = relative(root, resolve(path)).split(sep).join('/').normalize('NFC');
  const result = loadVault(root);
  return {
    root,
    file: rel,
    note: result.notes.find((n) => n.file.normalize('NFC') === rel),
    problems: result.problems.filter((p) => p.file.normalize('NFC') === rel),
  };
}
