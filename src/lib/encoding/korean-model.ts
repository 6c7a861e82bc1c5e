// Korean language model for choosing between candidate repairs: an interpolated (Witten-Bell)
// Hangul syllable trigram model with word boundaries, a whole-word bonus, and a character
// prior for non-Hangul symbols (emoji, arrows, box drawing).
import { BASE_DICT_DATA, BASE_PROSE_DATA } from './base-model-data.ts';
import { WORD_END, WORD_START, addText, emptyCounts, parseCounts } from './ngram-counts.ts';
import type { NgramCounts } from './ngram-counts.ts';

/** One n-gram source with its Witten-Bell statistics. */
export interface ModelComponent {
  counts: NgramCounts;
  /** Sum of unigram counts. */
  uniTotal: number;
  /** History (1 or 2 chars) → [total count of continuations, distinct continuations]. */
  history: Map<string, [number, number]>;
  /** The same tables keyed by char codes (c, b·2^16+c, (a·2^16+b)·2^16+c) for speed. */
  uniN: Map<number, number>;
  biN: Map<number, number>;
  triN: Map<number, number>;
  historyN: Map<number, [number, number]>;
}

/** Numeric key of a 1–3 character n-gram. */
function codeKey(k: string): number {
  let n = 0;
  for (let i = 0; i < k.length; i++) n = n * 65536 + k.charCodeAt(i);
  return n;
}

function numeric<V>(map: Map<string, V>): Map<number, V> {
  const out = new Map<number, V>();
  for (const [k, v] of map) out.set(codeKey(k), v);
  return out;
}

export interface KoreanModel {
  /** Interpolated linearly: P = Σ weight_i P_i (weights sum to 1). */
  components: ModelComponent[];
  weights: number[];
  /** Words known from running text (vault notes and shipped prose), for the whole-word bonus. */
  words: Map<string, number>;
  /** Non-Hangul character counts (all components), prior for restored symbols. */
  chars: Map<string, number>;
  /** Memo of syllableLogProb (bounded). */
  cache: Map<number, number>;
}

export interface BaseCounts {
  /** Word-type counts from the dictionary word list (shapes of words). */
  dict: NgramCounts;
  /** Token counts from shipped Korean prose (particles, endings, common words). */
  prose: NgramCounts;
}

export interface BuildModelOptions {
  /** Base counts to include; default: the shipped base model. `null` = vault texts only. */
  base?: BaseCounts | null;
  /** Interpolation weights of [vault, prose, dictionary] (default 0.4, 0.4, 0.2). */
  weights?: [number, number, number];
}

let baseCounts: BaseCounts | undefined;

/** The shipped base model (parsed once, on first use). */
export function baseModelCounts(): BaseCounts {
  baseCounts ??= { dict: parseCounts(BASE_DICT_DATA), prose: parseCounts(BASE_PROSE_DATA) };
  return baseCounts;
}

export function componentFromCounts(counts: NgramCounts): ModelComponent {
  let uniTotal = 0;
  for (const v of counts.uni.values()) uniTotal += v;
  const history = new Map<string, [number, number]>();
  for (const table of [counts.bi, counts.tri]) {
    for (const [k, v] of table) {
      const h = k.slice(0, -1);
      const entry = history.get(h);
      if (entry) {
        entry[0] += v;
        entry[1] += 1;
      } else history.set(h, [v, 1]);
    }
  }
  return {
    counts,
    uniTotal,
    history,
    uniN: numeric(counts.uni),
    biN: numeric(counts.bi),
    triN: numeric(counts.tri),
    // 2-char histories get an offset so they never collide with 1-char ones.
    historyN: new Map([...history].map(([k, v]) => [k.length === 1 ? codeKey(k) : codeKey(k) + 2 ** 40, v])),
  };
}

/** Build the model from healthy note texts (plus the shipped base model unless `base: null`). */
export function buildModel(texts: string[], options: BuildModelOptions = {}): KoreanModel {
  const vault = emptyCounts();
  for (const t of texts) addText(vault, t);
  const base = options.base === undefined ? baseModelCounts() : options.base;
  const [wv, wp, wd] = options.weights ?? [0.4, 0.4, 0.2];
  const parts: [NgramCounts, number][] = [[vault, wv]];
  if (base) parts.push([base.prose, wp], [base.dict, wd]);
  const used = parts.filter(([c, w]) => w > 0 && c.uni.size > 0);
  if (used.length === 0) used.push([vault, 1]);
  const total = used.reduce((s, [, w]) => s + w, 0);
  const words = new Map(vault.words);
  const chars = new Map(vault.chars);
  if (base) {
    for (const [k, v] of base.prose.words) words.set(k, (words.get(k) ?? 0) + v);
    for (const [k, v] of base.prose.chars) chars.set(k, (chars.get(k) ?? 0) + v);
  }
  return { components: used.map(([c]) => componentFromCounts(c)), weights: used.map(([, w]) => w / total), words, chars, cache: new Map() };
}

const HANGUL_SYLLABLES = 11172;
const EXHAUSTIVE_LIMIT = 256;
/** Viterbi keeps at most this many (previous, current) states per position. */
const BEAM = 100;

function componentProb(m: ModelComponent, a: number, b: number, c: number): number {
  let p = ((m.uniN.get(c) ?? 0) + 0.5) / (m.uniTotal + 0.5 * (HANGUL_SYLLABLES + 1));
  const bc = b * 65536 + c;
  const h1 = m.historyN.get(b);
  if (h1) p = ((m.biN.get(bc) ?? 0) + h1[1] * p) / (h1[0] + h1[1]);
  if (a >= 0) {
    const ab = a * 65536 + b;
    const h2 = m.historyN.get(ab + 2 ** 40);
    if (h2) p = ((m.triN.get(ab * 65536 + c) ?? 0) + h2[1] * p) / (h2[0] + h2[1]);
  }
  return p;
}

/** log P(c | a b): Witten-Bell per component, interpolated linearly; a may be '' (bigram context). */
export function syllableLogProb(model: KoreanModel, a: string, b: string, c: string): number {
  const ac = a ? a.charCodeAt(0) : -1;
  const bc = b.charCodeAt(0);
  const cc = c.charCodeAt(0);
  const key = ((ac + 1) * 65536 + bc) * 65536 + cc;
  const cached = model.cache.get(key);
  if (cached !== undefined) return cached;
  let p = 0;
  for (let i = 0; i < model.components.length; i++) p += model.weights[i] * componentProb(model.components[i], ac, bc, cc);
  const l = Math.log(p);
  if (model.cache.size > 500_000) model.cache.clear();
  model.cache.set(key, l);
  return l;
}

/** Unigram log prior of a syllable (for pruning candidate lists). */
export function syllableLogPrior(model: KoreanModel, c: string): number {
  let p = 0;
  for (let i = 0; i < model.components.length; i++) {
    const m = model.components[i];
    p += (model.weights[i] * ((m.uniN.get(c.charCodeAt(0)) ?? 0) + 0.5)) / (m.uniTotal + 0.5 * (HANGUL_SYLLABLES + 1));
  }
  return Math.log(p);
}

/**
 * Best reading of one Hangul word given per-position candidate syllables
 * (a single candidate = known syllable). Exact trigram Viterbi over the word, boundaries included,
 * plus a bonus for words seen in the vault. Returns the chosen candidate index per position.
 */
export function bestWord(model: KoreanModel, candidates: string[][], start = WORD_START, wordBonus = 3): number[] {
  const n = candidates.length;
  if (n === 0) return [];
  // Product small enough: score every reading (lets the whole-word bonus act).
  let product = 1;
  for (const c of candidates) product *= c.length;
  if (product <= EXHAUSTIVE_LIMIT) return exhaustive(model, candidates, start, wordBonus);
  return viterbi(model, candidates, start);
}

function wordScore(model: KoreanModel, syllables: string[], start: string, wordBonus: number): number {
  let s = 0;
  let a = '';
  let b = start;
  for (const c of syllables) {
    s += syllableLogProb(model, a, b, c);
    a = b;
    b = c;
  }
  s += syllableLogProb(model, a, b, WORD_END);
  if (wordBonus && syllables.length > 1 && model.words.has(syllables.join(''))) s += wordBonus;
  return s;
}

function exhaustive(model: KoreanModel, candidates: string[][], start: string, wordBonus: number): number[] {
  const n = candidates.length;
  const idx = new Array<number>(n).fill(0);
  let best = idx.slice();
  let bestScore = -Infinity;
  const syll = new Array<string>(n);
  for (;;) {
    for (let i = 0; i < n; i++) syll[i] = candidates[i][idx[i]];
    const s = wordScore(model, syll, start, wordBonus);
    if (s > bestScore) {
      bestScore = s;
      best = idx.slice();
    }
    let i = n - 1;
    while (i >= 0 && ++idx[i] === candidates[i].length) idx[i--] = 0;
    if (i < 0) break;
  }
  return best;
}

function viterbi(model: KoreanModel, candidates: string[][], start: string): number[] {
  // State after position i: (index at i-1, index at i). Position -1 is the word start.
  const n = candidates.length;
  const cand = (i: number): string[] => (i < 0 ? [start] : candidates[i]);
  // score[j][k]: best log prob ending with cand(i-1)[j], cand(i)[k]; back[i][j][k] = index at i-2.
  let score: number[][] = [candidates[0].map((c) => syllableLogProb(model, '', start, c))];
  const back: number[][][] = [[candidates[0].map(() => 0)]];
  for (let i = 1; i < n; i++) {
    const prev2 = cand(i - 2);
    const prev1 = cand(i - 1);
    const cur = candidates[i];
    const next: number[][] = prev1.map(() => cur.map(() => -Infinity));
    const bp: number[][] = prev1.map(() => cur.map(() => 0));
    for (let h = 0; h < prev2.length; h++) {
      for (let j = 0; j < prev1.length; j++) {
        const base = score[h][j];
        if (base === -Infinity) continue;
        for (let k = 0; k < cur.length; k++) {
          const s = base + syllableLogProb(model, prev2[h], prev1[j], cur[k]);
          if (s > next[j][k]) {
            next[j][k] = s;
            bp[j][k] = h;
          }
        }
      }
    }
    pruneBeam(next);
    score = next;
    back.push(bp);
  }
  // Close with the word-end boundary.
  const last2 = cand(n - 2);
  const last1 = candidates[n - 1];
  let bestJ = 0;
  let bestK = 0;
  let best = -Infinity;
  for (let j = 0; j < last2.length; j++) {
    for (let k = 0; k < last1.length; k++) {
      const s = score[j][k] + syllableLogProb(model, last2[j], last1[k], WORD_END);
      if (s > best) {
        best = s;
        bestJ = j;
        bestK = k;
      }
    }
  }
  const out = new Array<number>(n);
  out[n - 1] = bestK;
  if (n >= 2) out[n - 2] = bestJ;
  for (let i = n - 1; i >= 2; i--) out[i - 2] = back[i][out[i - 1]][out[i]];
  return out;
}

/** Keep the BEAM best states of a score table (others set to -Infinity). */
function pruneBeam(table: number[][]): void {
  let count = 0;
  for (const row of table) count += row.length;
  if (count <= BEAM) return;
  const all: number[] = [];
  for (const row of table) for (const v of row) all.push(v);
  all.sort((x, y) => y - x);
  const cut = all[BEAM - 1];
  for (const row of table) for (let k = 0; k < row.length; k++) if (row[k] < cut) row[k] = -Infinity;
}

/** Prior for a non-Hangul character restored from a damaged sequence. */
export function symbolLogPrior(model: KoreanModel, ch: string): number {
  const cp = ch.codePointAt(0)!;
  let s = Math.log(1 + (model.chars.get(ch) ?? 0));
  if (/\p{Cn}|\p{Co}|\p{Cs}|\p{Cc}/u.test(ch)) s -= 20;
  else if (/\p{Extended_Pictographic}/u.test(ch)) s += 3;
  else if ((cp >= 0x2000 && cp <= 0x2bff) || (cp >= 0x3000 && cp <= 0x303f) || (cp >= 0xff00 && cp <= 0xffef)) s += 2;
  else if (cp < 0x250 || (cp >= 0x4e00 && cp <= 0x9fff)) s += 1;
  return s;
}
