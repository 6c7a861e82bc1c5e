// Mojibake repair accuracy benchmark (leave-one-out over the healthy seed notes).
//
//   node_modules/.bin/node bench/repair-accuracy.ts [content-dir]
//
// For each healthy note: build the model from the base model + the OTHER healthy notes,
// corrupt the held-out note exactly as seed 002 was (UTF-8 → windows-1253 with undefined bytes
// dropped → UTF-8), repair it, compare. Prints a table, writes bench/repair-accuracy.json.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { WINDOWS_1252, WINDOWS_1253 } from '../src/lib/encoding/codepages.ts';
import { detectMojibake } from '../src/lib/encoding/detect-mojibake.ts';
import { buildModel } from '../src/lib/encoding/korean-model.ts';
import { measureRepair } from '../src/lib/encoding/repair-accuracy.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dir = resolve(process.argv[2] ?? join(root, 'content'));
const files = readdirSync(dir).filter((f) => f.endsWith('.md')).sort();
const texts = new Map(files.map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
const healthy = files.filter((f) => detectMojibake(texts.get(f)!) === null);

const pct = (a: number, b: number): number => (b === 0 ? 100 : Math.round((a / b) * 10000) / 100);
const rows = [];
const totals = { syllables: 0, syllablesRestored: 0, damagedSyllables: 0, damagedRestored: 0, damagedSymbols: 0, damagedSymbolsRestored: 0, ms: 0 };
for (const cp of [WINDOWS_1253, WINDOWS_1252]) {
  for (const held of healthy) {
    const model = buildModel(healthy.filter((f) => f !== held).map((f) => texts.get(f)!));
    const acc = measureRepair(texts.get(held)!, model, cp);
    rows.push({
      codepage: cp.name,
      file: held,
      syllables: acc.syllables,
      damaged: acc.damagedSyllables,
      allPct: pct(acc.syllablesRestored, acc.syllables),
      damagedPct: pct(acc.damagedRestored, acc.damagedSyllables),
      symbolsPct: pct(acc.damagedSymbolsRestored, acc.damagedSymbols),
      aligned: acc.aligned,
      ms: Math.round(acc.ms),
      errors: acc.errors,
    });
    if (cp === WINDOWS_1253) {
      for (const k of Object.keys(totals) as (keyof typeof totals)[]) totals[k] += acc[k] as number;
    }
  }
}

console.log('codepage      file                        syllables damaged  all%   damaged%  symbols%  ms');
for (const r of rows) {
  console.log(
    `${r.codepage.padEnd(13)} ${r.file.padEnd(27)} ${String(r.syllables).padStart(9)} ${String(r.damaged).padStart(7)} ${r.allPct.toFixed(2).padStart(6)} ${r.damagedPct.toFixed(2).padStart(9)} ${r.symbolsPct.toFixed(2).padStart(9)} ${String(r.ms).padStart(4)}${r.aligned ? '' : '  NOT ALIGNED'}`,
  );
}
const summary = {
  codepage: 'windows-1253',
  heldOut: healthy,
  syllables: totals.syllables,
  damagedSyllables: totals.damagedSyllables,
  allSyllablesRestoredPct: pct(totals.syllablesRestored, totals.syllables),
  damagedSyllablesRestoredPct: pct(totals.damagedRestored, totals.damagedSyllables),
  damagedSymbolsRestoredPct: pct(totals.damagedSymbolsRestored, totals.damagedSymbols),
  repairMs: Math.round(totals.ms),
};
console.log(
  `\nwindows-1253 leave-one-out total: ${summary.allSyllablesRestoredPct}% of ${summary.syllables} Hangul syllables, ` +
    `${summary.damagedSyllablesRestoredPct}% of ${summary.damagedSyllables} damaged syllables restored exactly`,
);
for (const r of rows) if (r.errors.length) console.log(`${r.codepage} ${r.file}: ${r.errors.slice(0, 8).join(', ')}`);
writeFileSync(join(root, 'bench/repair-accuracy.json'), JSON.stringify({ generated: new Date().toISOString(), summary, rows }, null, 2) + '\n');
