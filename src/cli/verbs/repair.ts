// garden repair FILE [--write]
// Repairs mojibake in one note. Prints the repaired text to stdout and a summary to stderr;
// --write saves it in place after keeping the original as FILE.orig (an existing .orig is never overwritten).
// Model: shipped base model + the healthy notes in FILE's folder (FILE excluded).
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { decodeNote } from '../../lib/encoding/decode-note.ts';
import { detectMojibake } from '../../lib/encoding/detect-mojibake.ts';
import { buildModel } from '../../lib/encoding/korean-model.ts';
import { repairMojibake } from '../../lib/encoding/repair-mojibake.ts';
import { isNoteFile } from '../../lib/notes/note-file.ts';

const USAGE = 'usage: garden repair FILE [--write]';

function healthyNeighbours(file: string): string[] {
  const dir = dirname(file);
  const texts: string[] = [];
  for (const name of readdirSync(dir)) {
    if (!isNoteFile(name) || name === basename(file)) continue;
    const decoded = decodeNote(readFileSync(join(dir, name)));
    if (!decoded.binary && detectMojibake(decoded.text) === null) texts.push(decoded.text);
  }
  return texts;
}

// eslint-disable-next-line @typescript-eslint/require-await -- garden.ts loads every verb as an async run(args); this one awaits nothing
export async function run(args: string[]): Promise<number> {
  const write = args.includes('--write');
  const rest = args.filter((a) => a !== '--write');
  if (rest.length !== 1 || rest[0].startsWith('-')) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const file = resolve(rest[0]);
  if (!existsSync(file)) {
    process.stderr.write(`repair: no such file: ${rest[0]}\n`);
    return 2;
  }
  const decoded = decodeNote(readFileSync(file));
  if (decoded.binary) {
    process.stderr.write(`repair: ${rest[0]} is not a text file (${decoded.notes.join('; ')})\n`);
    return 1;
  }
  const started = performance.now();
  const model = buildModel(healthyNeighbours(file));
  const repair = repairMojibake(decoded.text, model);
  const ms = Math.round(performance.now() - started);
  if (!repair) {
    process.stdout.write(decoded.text);
    process.stderr.write(`repair: no mojibake detected in ${rest[0]} (encoding ${decoded.encoding}); nothing to do\n`);
    return 0;
  }
  process.stdout.write(repair.text);
  process.stderr.write(
    `repair: ${rest[0]}: codepage ${repair.codepage}, confidence ${repair.confidence}, ` +
      `${repair.hangulSyllables} Hangul syllables restored, ${repair.reconstructed} reconstructed from missing bytes, ` +
      `${repair.reconstructedSymbols} other characters reconstructed (${ms} ms)\n`,
  );
  if (write) {
    const orig = `${file}.orig`;
    if (existsSync(orig)) {
      process.stderr.write(`repair: ${basename(orig)} already exists; kept it as is\n`);
    } else {
      writeFileSync(orig, readFileSync(file), { flag: 'wx' });
    }
    writeFileSync(file, repair.text);
    process.stderr.write(`repair: wrote ${rest[0]} (original kept as ${basename(orig)})\n`);
  }
  return 0;
}
