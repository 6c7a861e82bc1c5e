// Mojibake repair accuracy benchmark (leave-one-out over the healthy seed notes).
//
//   node_modules/.bin/node bench/repair-accuracy.ts [content-dir]
//
// For each healthy note: build the model from the base model + the OTHER healthy notes,
// corrupt the held-out note exactly as seed 002 was (UTF-8 → windows-1253 with undefined bytes
// dropped → UTF-8), repair it, compare. Prints a table, writes bench/repair-accuracy.json and
// bench/repair-accuracy.md, which also shows the held-out figures of bench/repair-held-out.ts
// (bench/repair-held-out.json) and the figures of the previous base model (bench/repair-baseline.json).
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { WINDOWS_1252, WINDOWS_1253 } from '../src/lib/encoding/codepages.ts';
import { detectMojibake } from '../src/lib/encoding/detect-mojibake.ts';
import { buildModel } from '../src/lib/encoding/korean-model.ts';
import { measureRepair } from '../src/lib/encoding/repair-accuracy.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dir = resolve(process.argv[2] ?? join(root, 'content'));
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.md'))
  .sort();
const texts = new Map(files.map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
const healthy = files.filter((f) => detectMojibake(texts.get(f)!) === null);

const pct = (a: number, b: number): number => (b === 0 ? 100 : Math.round((a / b) * 10000) / 100);
const rows = [];
const totals = {
  syllables: 0,
  syllablesRestored: 0,
  damagedSyllables: 0,
  damagedRestored: 0,
  damagedSymbols: 0,
  damagedSymbolsRestored: 0,
  ms: 0,
};
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
      for (const k of Object.keys(totals) as (keyof typeof totals)[]) totals[k] += acc[k];
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
writeFileSync(
  join(root, 'bench/repair-accuracy.json'),
  JSON.stringify({ generated: new Date().toISOString(), summary, rows }, null, 2) + '\n',
);

// The Markdown report: seeds (leave-one-out, the tuning set) and held-out text, now and before.
interface HeldOutRow {
  id: string;
  description: string;
  licence: string;
  documents?: number;
  syllables?: number;
  damagedSyllables?: number;
  skipped?: string;
  base?: { allPct: number; damagedPct: number };
  vault?: { allPct: number; damagedPct: number };
}
const readJson = <T>(file: string): T | null =>
  existsSync(join(root, file)) ? (JSON.parse(readFileSync(join(root, file), 'utf8')) as T) : null;
const heldOut = readJson<{ sources: HeldOutRow[] }>('bench/repair-held-out.json');
const baseline = readJson<{ model: string; seeds: typeof summary; heldOut: HeldOutRow[] }>(
  'bench/repair-baseline.json',
);
const heldRows = (rows: HeldOutRow[]) =>
  rows.map((r) =>
    r.skipped
      ? `| ${r.id} | ${r.description} | ${r.licence} | skipped: ${r.skipped} | | | | |`
      : `| ${r.id} | ${r.description} | ${r.licence} | ${r.documents} | ${r.syllables} (${r.damagedSyllables}) | ${r.base!.allPct}% / ${r.base!.damagedPct}% | ${r.vault!.allPct}% / ${r.vault!.damagedPct}% |`,
  );
const md = [
  '# Mojibake repair accuracy (generated by bench/repair-accuracy.ts)',
  '',
  'Text is corrupted exactly as seed 002 was (UTF-8 read as windows-1253, undefined bytes and the invisible soft',
  'hyphen 0xAD dropped, saved as UTF-8), repaired, and compared syllable by syllable. "all" = share of all Hangul',
  'syllables restored exactly; "damaged" = share of the syllables that lost bytes. Seed 002 holds no soft hyphen and',
  'its 고려사항 ends in `ED 95`, the `AD` of 항 gone, so the repair counts 0xAD among the bytes a round trip loses',
  '(src/lib/encoding/codepages.ts). That adds a candidate to every damaged syllable: measured both ways on the same',
  'texts, the held-out figures below are 0.02 to 0.18 points lower than with 0xAD kept (all syllables, base: own',
  "94.95 → 94.77, study 95.89 → 95.74, obsidian 98.68 → 98.66, debian 98.82 → 98.74), and seed 002's page reads",
  '고려사항 and 요청 where it showed 고려사한 and 요처. The previous base model below was measured with 0xAD kept.',
  '',
  '## Held-out text (never used to build or tune the model; bench/repair-held-out.ts)',
  '',
  '**base** = the shipped base model alone; **vault** = base + the other documents of the same source, as the build',
  "repairs a note with the vault's healthy notes. The Debian catalogs leave out every string also found in a training",
  'catalog (GNU packages share gnulib messages). Our own notes are 한다체 narrative (있었고, 보였지만): every licensed',
  'source found is 합니다체 UI or help text, and that is where the remaining errors are. The written-style verb forms',
  '(bench/conjugate-ko.ts) were added after reading those errors, so the own-notes figure is no longer a blind one;',
  'the Obsidian and Debian figures are, and so is the study-notes set (networking, DB, OS, security, distributed',
  'systems, cloud), written later and measured only to accept or reject a change already chosen on the own notes',
  'and the seeds. Rejected on the own notes and seeds (no gain): Kneser-Ney instead of Witten-Bell smoothing, other',
  'word-level and component weights, more written-style endings and the ㄹ/르 stems in bench/conjugate-ko.ts.',
  'Rejected on the study notes (own notes +0.13 points, study notes 95.52% / 91.71% against 95.67% / 92%): 한다체',
  'forms derived from the 합니다체 prose words (확인했습니다 → 확인했다, 저장됩니다 → 저장된다). Accepted (chosen on the',
  'own notes and seeds, then confirmed on the study notes): the base model keeps every prose word and trigram and the',
  'word pairs seen three times or more (1.65 MB; the previous model is the one below).',
  '',
  '| source | what | licence | documents | syllables (damaged) | base: all / damaged | vault: all / damaged |',
  '|---|---|---|---|---|---|---|',
  ...(heldOut ? heldRows(heldOut.sources) : ['| (run bench/repair-held-out.ts) | | | | | | |']),
  '',
  ...(baseline
    ? [
        `Previous base model (${baseline.model}):`,
        '',
        '| source | what | licence | documents | syllables (damaged) | base: all / damaged | vault: all / damaged |',
        '|---|---|---|---|---|---|---|',
        ...heldRows(baseline.heldOut),
        '',
      ]
    : []),
  '## Seeds (leave-one-out over the healthy seed notes; the set the repair was tuned on)',
  '',
  `windows-1253: ${summary.allSyllablesRestoredPct}% of ${summary.syllables} Hangul syllables, ${summary.damagedSyllablesRestoredPct}% of ${summary.damagedSyllables} damaged syllables restored` +
    (baseline
      ? ` (previous base model: ${baseline.seeds.allSyllablesRestoredPct}% / ${baseline.seeds.damagedSyllablesRestoredPct}%).`
      : '.'),
  '',
  '| codepage | file | syllables | damaged | all % | damaged % |',
  '|---|---|---|---|---|---|',
  ...rows.map((r) => `| ${r.codepage} | ${r.file} | ${r.syllables} | ${r.damaged} | ${r.allPct} | ${r.damagedPct} |`),
  '',
].join('\n');
writeFileSync(join(root, 'bench/repair-accuracy.md'), md);
