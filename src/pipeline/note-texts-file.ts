// Each note's readable text (what search indexes), kept in Astro's cache folder beside the content
// store instead of inside it: pages never show it, and the store is written and loaded whole by
// every build and every dev reload. A note taken from the store unchanged takes its text from here,
// under the same digest; one whose text is missing is rendered again.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { gardenCachePath } from './garden-cache.ts';

export interface NoteText {
  /** The digest of the render the text came from (the store entry's). */
  digest: string;
  text: string;
}

const path = (cacheDir: URL | string) => gardenCachePath(cacheDir, 'note-texts.jsonl');

/** The texts the last build kept, by note slug (none when there is no file, or it is not one of ours). */
export function readNoteTexts(cacheDir: URL | string): Map<string, NoteText> {
  const texts = new Map<string, NoteText>();
  const file = path(cacheDir);
  if (!existsSync(file)) return texts;
  try {
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (!line) continue;
      const [slug, digest, text] = JSON.parse(line) as [string, string, string];
      if (typeof slug === 'string' && typeof digest === 'string' && typeof text === 'string')
        texts.set(slug, { digest, text });
    }
  } catch {
    texts.clear();
  }
  return texts;
}

/** Keeps the texts of this build's notes (written aside, then renamed into place). */
export function writeNoteTexts(cacheDir: URL | string, texts: Map<string, NoteText>): void {
  const file = path(cacheDir);
  mkdirSync(dirname(file), { recursive: true });
  const lines = [...texts].map(([slug, t]) => JSON.stringify([slug, t.digest, t.text]));
  writeFileSync(`${file}.tmp`, lines.length ? `${lines.join('\n')}\n` : '');
  renameSync(`${file}.tmp`, file);
}
