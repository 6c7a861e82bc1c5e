// Mojibake repair on held-out Korean text: text that played no part in building or tuning the
// model (bench/build-base-model.ts lists what did). Each document is corrupted exactly as seed 002
// was (UTF-8 → windows-1253 with undefined bytes dropped → UTF-8), repaired, and compared.
//
//   node_modules/.bin/node --experimental-strip-types --no-warnings bench/repair-held-out.ts
//
// Sources (each skipped with a notice when absent; none is needed by `npm test`):
//   own       bench/held-out/own-notes-ko.md: Korean notes written for this benchmark (this project).
//   study     bench/held-out/study-notes-ko.md: a second set of 한다체 study notes (networking, databases,
//             operating systems, security, distributed systems, cloud), written for this benchmark after
//             the model was last tuned and kept out of every later build and tuning step (this project).
//   obsidian  the Korean folder of the official Obsidian help vault (github.com/obsidianmd/obsidian-help,
//             MIT); read from $HELD_OUT_OBSIDIAN_KO or /work/vaults/obsidian-help/ko, never copied.
//   debian    Korean message catalogs (.mo) of installed Debian packages held out from the model
//             build (bench/debian-catalogs.ts: grep, sed, make, libc, apt, glib, gstreamer, vim;
//             GPL/LGPL/Vim licence), less every string that also occurs in a training catalog;
//             read in place, never copied.
//
// Two models per document:
//   base   the shipped base model alone: the strictest held-out figure.
//   vault  base + the other documents of the same source, as `garden build` repairs a note with
//          the vault's other healthy notes (src/lib/vault/repair.ts): leave-one-out for small sources,
//          two halves (each repaired with a model of the other) for sources of more than 12 documents.
// A source larger than $HELD_OUT_MAX_SYLLABLES (default 40,000) Hangul syllables is sampled: every
// k-th document, k chosen to stay under it. Writes bench/repair-held-out.json (or $HELD_OUT_OUT).
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { WINDOWS_1253 } from '../src/lib/encoding/codepages.ts';
import { buildModel } from '../src/lib/encoding/korean-model.ts';
import { measureRepair } from '../src/lib/encoding/repair-accuracy.ts';
import { HELD_OUT_CATALOGS, moStrings, trainingCatalogs } from './debian-catalogs.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const HANGUL = /[\uac00-\ud7a3]/g;

interface Doc {
  name: string;
  text: string;
}
interface Source {
  id: string;
  description: string;
  licence: string;
  docs: Doc[] | null;
  absent?: string;
}

function walk(dir: string, out: string[] = []): string[] {
  for (const e of readdirSync(dir).sort()) {
    const p = join(dir, e);
    if (statSync(p).isDirectory()) walk(p, out);
    else if (p.endsWith('.md')) out.push(p);
  }
  return out;
}

function ownSource(): Source {
  const file = join(root, 'bench/held-out/own-notes-ko.md');
  const docs = readFileSync(file, 'utf8')
    .split(/\n(?=# )/)
    .map((text, i) => ({ name: `own-notes-ko.md#${i + 1}`, text }));
  return {
    id: 'own',
    description: 'Korean notes written for this benchmark (bench/held-out/own-notes-ko.md)',
    licence: 'this project',
    docs,
  };
}

function studySource(): Source {
  const file = join(root, 'bench/held-out/study-notes-ko.md');
  const docs = readFileSync(file, 'utf8')
    .split(/\n(?=# )/)
    .map((text, i) => ({ name: `study-notes-ko.md#${i + 1}`, text }));
  return {
    id: 'study',
    description:
      'Korean study notes (networking, DB, OS…) written for this benchmark (bench/held-out/study-notes-ko.md)',
    licence: 'this project',
    docs,
  };
}

function obsidianSource(): Source {
  const dir = resolve(process.env.HELD_OUT_OBSIDIAN_KO ?? '/work/vaults/obsidian-help/ko');
  const base = {
    id: 'obsidian',
    description: `Obsidian help vault, Korean folder (${dir})`,
    licence: 'MIT (obsidianmd/obsidian-help)',
  };
  if (!existsSync(dir)) return { ...base, docs: null, absent: `${dir} not found (set HELD_OUT_OBSIDIAN_KO)` };
  const docs = walk(dir)
    .map((p) => ({ name: relative(dir, p), text: readFileSync(p, 'utf8') }))
    .filter((d) => (d.text.match(HANGUL)?.length ?? 0) >= 50);
  return { ...base, docs: sample(docs) };
}

const MAX_SYLLABLES = Number(process.env.HELD_OUT_MAX_SYLLABLES ?? 40_000);

/** Every k-th document, so that the sample stays under MAX_SYLLABLES. */
function sample(docs: Doc[]): Doc[] {
  const total = docs.reduce((n, d) => n + (d.text.match(HANGUL)?.length ?? 0), 0);
  const k = Math.max(1, Math.ceil(total / MAX_SYLLABLES));
  return docs.filter((_, i) => i % k === 0);
}

function debianSource(): Source {
  const present = HELD_OUT_CATALOGS.filter(([p]) => existsSync(p));
  const base = {
    id: 'debian',
    description: `Korean message catalogs of Debian packages (${present.map(([p]) => p.split('/').pop()).join(', ')})`,
    licence: [...new Set(present.map(([, l]) => l))].join(', '),
  };
  if (present.length === 0) return { ...base, docs: null, absent: 'no Korean .mo catalogs installed' };
  // GNU packages share translated strings (gnulib): a string also found in a training catalog is left out.
  const seen = new Set(trainingCatalogs().flatMap(moStrings));
  return {
    ...base,
    docs: sample(
      present.map(([p]) => ({
        name: p.split('/').pop()!,
        text: moStrings(p)
          .filter((x) => !seen.has(x))
          .join('\n'),
      })),
    ),
  };
}

const pct = (a: number, b: number): number => (b === 0 ? 100 : Math.round((a / b) * 10000) / 100);
const baseModel = buildModel([]);

interface Tally {
  syllables: number;
  syllablesRestored: number;
  damagedSyllables: number;
  damagedRestored: number;
  ms: number;
  errors: string[];
}
const empty = (): Tally => ({
  syllables: 0,
  syllablesRestored: 0,
  damagedSyllables: 0,
  damagedRestored: 0,
  ms: 0,
  errors: [],
});

const results = [];
for (const source of [ownSource(), studySource(), obsidianSource(), debianSource()]) {
  if (!source.docs) {
    console.log(`held-out source ${source.id} skipped: ${source.absent}`);
    results.push({ id: source.id, description: source.description, licence: source.licence, skipped: source.absent });
    continue;
  }
  const tallies = { base: empty(), vault: empty() };
  const texts = source.docs.map((d) => d.text);
  const big = source.docs.length > 12;
  const halves = big
    ? [buildModel(texts.filter((_, j) => j % 2 === 1)), buildModel(texts.filter((_, j) => j % 2 === 0))]
    : [];
  for (let i = 0; i < source.docs.length; i++) {
    const vaultModel = big ? halves[i % 2] : buildModel(texts.filter((_, j) => j !== i));
    for (const [mode, model] of [
      ['base', baseModel],
      ['vault', vaultModel],
    ] as const) {
      const acc = measureRepair(source.docs[i].text, model, WINDOWS_1253);
      const t = tallies[mode];
      t.syllables += acc.syllables;
      t.syllablesRestored += acc.syllablesRestored;
      t.damagedSyllables += acc.damagedSyllables;
      t.damagedRestored += acc.damagedRestored;
      t.ms += acc.ms;
      // error contexts quote the text: kept for our own notes only, never for other people's text
      if (source.id === 'own' && t.errors.length < 30) t.errors.push(...acc.errors.slice(0, 3));
    }
  }
  const row = {
    id: source.id,
    description: source.description,
    licence: source.licence,
    documents: source.docs.length,
    syllables: tallies.base.syllables,
    damagedSyllables: tallies.base.damagedSyllables,
    base: {
      allPct: pct(tallies.base.syllablesRestored, tallies.base.syllables),
      damagedPct: pct(tallies.base.damagedRestored, tallies.base.damagedSyllables),
      ms: Math.round(tallies.base.ms),
      errors: tallies.base.errors,
    },
    vault: {
      allPct: pct(tallies.vault.syllablesRestored, tallies.vault.syllables),
      damagedPct: pct(tallies.vault.damagedRestored, tallies.vault.damagedSyllables),
      ms: Math.round(tallies.vault.ms),
      errors: tallies.vault.errors,
    },
  };
  console.log(
    `${row.id.padEnd(9)} ${String(row.documents).padStart(4)} docs ${String(row.syllables).padStart(7)} syllables (${row.damagedSyllables} damaged): base ${row.base.allPct}% / ${row.base.damagedPct}%, vault ${row.vault.allPct}% / ${row.vault.damagedPct}%`,
  );
  results.push(row);
}
writeFileSync(
  resolve(process.env.HELD_OUT_OUT ?? join(root, 'bench/repair-held-out.json')),
  JSON.stringify({ generated: new Date().toISOString(), codepage: 'windows-1253', sources: results }, null, 2) + '\n',
);
