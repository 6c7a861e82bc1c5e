// Korean language model for choosing between candidate repairs: an interpolated (Witten-Bell)
// Hangul syllable trigram model with word boundaries, mixed at the word level with a lexicon
// model (known whole words, and known stems followed by a syllable-model suffix such as a
// particle), and a character prior for non-Hangul symbols (emoji, arrows, box drawing).
import { BASE_DICT_DATA, BASE_LOANWORDS, BASE_PAIRS_DATA, BASE_PROSE_DATA } from './base-model-data.ts';
import { PAIR_JOIN, WORD_END, WORD_START, addPairs, addText, emptyCounts, parseCounts } from './ngram-counts.ts';
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
  /** Words known from running text (vault notes and shipped prose), with counts. */
  words: Map<string, number>;
  /** Word-level lexicon sources: P_lex(w) = Σ weight · count(w) / total. */
  lexicon: LexiconSource[];
  /** Lexicon words of two or more syllables, by first syllable (for matching candidate lattices). */
  byFirst: Map<string, string[]>;
  /** Suffixes (particles, endings) seen after known stems, keyed by stem-final class + suffix. */
  suffixes: Map<string, number>;
  /** Per stem-final class: [total suffix tokens, distinct suffixes]. */
  suffixTotals: Map<string, [number, number]>;
  /** Word pairs separated by one space ("예를+들어"), and per left word [pair tokens, distinct right words]. */
  pairs: Map<string, number>;
  leftTotals: Map<string, [number, number]>;
  /** Non-Hangul character counts (all components), prior for restored symbols. */
  chars: Map<string, number>;
  /** Memo of syllableLogProb (bounded). */
  cache: Map<number, number>;
}

export interface LexiconSource {
  counts: Map<string, number>;
  total: number;
  weight: number;
  /**
   * Known words as stems: its own count plus the tokens that continue it with a suffix of up to
   * MAX_SUFFIX syllables (작업자 in 작업자가), so a word seen only alone (작업의) is a weaker stem.
   */
  stems: Map<string, number>;
  stemTotal: number;
}

export interface BaseCounts {
  /** Word-type counts from the dictionary word list (shapes of words). */
  dict: NgramCounts;
  /** Token counts from shipped Korean prose (particles, endings, common words). */
  prose: NgramCounts;
  /** Hand-written list of Hangul IT loanwords (word types). */
  loanwords?: string[];
  /** Word pairs from the prose ("예를+들어" → count). */
  pairs?: Map<string, number>;
}

/** Parse "count<TAB>key key…" lines. */
function parsePairs(data: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const line of data.split('\n')) {
    const tab = line.indexOf('\t');
    if (tab < 0) continue;
    const c = Number(line.slice(0, tab));
    for (const k of line.slice(tab + 1).split(' ')) if (k) out.set(k, c);
  }
  return out;
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
  baseCounts ??= { dict: parseCounts(BASE_DICT_DATA), prose: parseCounts(BASE_PROSE_DATA), loanwords: BASE_LOANWORDS.split(' '), pairs: parsePairs(BASE_PAIRS_DATA) };
  return baseCounts;
}

export function componentFromCounts(counts: NgramCounts): ModelComponent {
  let uniTotal = 0;
  for (const v of counts.uni.values()) uniTotal += v;
  const history = new Map<string, [number, number]>();
  for (const table of [counts.bi, counts.tri]) {
    for (const [k, v] of table) addToTotal(history, k.slice(0, -1), v);
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

// Base-model tables do not depend on the vault: derive them once per base.
const componentCache = new WeakMap<NgramCounts, ModelComponent>();
const stemCache = new WeakMap<Map<string, number>, Omit<LexiconSource, 'counts' | 'weight'>>();

function cachedComponent(counts: NgramCounts): ModelComponent {
  let c = componentCache.get(counts);
  if (!c) componentCache.set(counts, (c = componentFromCounts(counts)));
  return c;
}

/** Build the model from healthy note texts (plus the shipped base model unless `base: null`). */
export function buildModel(texts: string[], options: BuildModelOptions = {}): KoreanModel {
  const vault = emptyCounts();
  const pairs = new Map<string, number>();
  for (const t of texts) {
    addText(vault, t);
    addPairs(pairs, t);
  }
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
  // Lexicon: vault words, prose words, loanword types (each source normalised, then weighted).
  const lexicon: LexiconSource[] = [];
  const addSource = (counts: Map<string, number>, weight: number): void => {
    const cached = stemCache.get(counts);
    if (cached) {
      if (weight > 0) lexicon.push({ counts, weight, ...cached });
      return;
    }
    let t = 0;
    for (const v of counts.values()) t += v;
    if (t === 0 || weight <= 0) return;
    const stems = new Map<string, number>();
    let stemTotal = 0;
    for (const [w, c] of counts) {
      stems.set(w, (stems.get(w) ?? 0) + c);
      stemTotal += c;
      for (let k = Math.max(2, w.length - MAX_SUFFIX); k < w.length; k++) {
        const st = w.slice(0, k);
        if (!counts.has(st)) continue;
        stems.set(st, (stems.get(st) ?? 0) + c);
        stemTotal += c;
      }
    }
    if (counts !== vault.words) stemCache.set(counts, { total: t, stems, stemTotal });
    lexicon.push({ counts, total: t, weight, stems, stemTotal });
  };
  addSource(vault.words, wv);
  if (base) {
    addSource(base.prose.words, wp);
    if (base.loanwords?.length) addSource(new Map(base.loanwords.map((w) => [w, 1])), LOANWORD_WEIGHT);
  }
  const lexTotal = lexicon.reduce((s, l) => s + l.weight, 0);
  for (const l of lexicon) l.weight /= lexTotal;
  const byFirst = new Map<string, string[]>();
  const seen = new Set<string>();
  for (const l of lexicon) {
    for (const w of l.counts.keys()) {
      if (w.length < 2 || seen.has(w)) continue;
      seen.add(w);
      let list = byFirst.get(w[0]);
      if (!list) byFirst.set(w[0], (list = []));
      list.push(w);
    }
  }
  // Suffix model: how running-text words continue after a known stem (을/를, 이/가, 에서, 하는…).
  const suffixes = new Map<string, number>();
  const suffixTotals = new Map<string, [number, number]>();
  const isKnown = (w: string): boolean => model0.some((l) => l.counts.has(w));
  const model0 = lexicon;
  for (const l of lexicon) {
    if (l.counts.size > 0 && l === lexicon[lexicon.length - 1] && base?.loanwords?.length) continue; // types, not tokens
    for (const [w, c] of l.counts) {
      for (let k = 2; k < w.length && w.length - k <= MAX_SUFFIX; k++) {
        if (!isKnown(w.slice(0, k))) continue;
        const key = finalClass(w[k - 1]) + w.slice(k);
        const prev = suffixes.get(key) ?? 0;
        suffixes.set(key, prev + c);
        const t = suffixTotals.get(key[0]) ?? [0, 0];
        t[0] += c;
        if (prev === 0) t[1] += 1;
        suffixTotals.set(key[0], t);
      }
    }
  }
  if (base?.pairs) for (const [k, v] of base.pairs) pairs.set(k, (pairs.get(k) ?? 0) + v);
  const leftTotals = new Map<string, [number, number]>();
  for (const [k, v] of pairs) addToTotal(leftTotals, k.slice(0, k.indexOf(PAIR_JOIN)), v);
  return {
    pairs,
    leftTotals,
    suffixes,
    suffixTotals,
    components: used.map(([c]) => cachedComponent(c)),
    weights: used.map(([, w]) => w / total),
    words,
    chars,
    cache: new Map(),
    lexicon,
    byFirst,
  };
}

const MAX_SUFFIX = 4;

/** Class of a stem's last syllable for suffix allomorphs: V (no final consonant), L (ㄹ), J (other). */
function finalClass(syllable: string): string {
  const jong = (syllable.charCodeAt(0) - 0xac00) % 28;
  return jong === 0 ? 'V' : jong === 8 ? 'L' : 'J';
}

/** Weight of the loanword list among the lexicon sources (vault and prose have theirs from `weights`). */
const LOANWORD_WEIGHT = 0.1;

const HANGUL_SYLLABLES = 11172;

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

/** Word-level mixture: known word, known stem + syllable-model suffix, syllable model alone. */
const LEX_WEIGHT = 0.5;
const STEM_WEIGHT = 0.25;
const SYL_WEIGHT = 0.25;
/** Readings kept by the beam search over a word's candidate lattice. */
const NBEST = 64;

/** P_lex(w): interpolated relative frequency of the whole word in the lexicon sources. */
export function lexiconProb(model: KoreanModel, word: string): number {
  let p = 0;
  for (const l of model.lexicon) {
    const c = l.counts.get(word);
    if (c) p += (l.weight * c) / l.total;
  }
  return p;
}

/** P_stem(w): interpolated relative frequency of the word as a stem followed by a suffix. */
function stemProb(model: KoreanModel, word: string): number {
  let p = 0;
  for (const l of model.lexicon) {
    const c = l.stems.get(word);
    if (c) p += (l.weight * c) / l.stemTotal;
  }
  return p;
}

/** log P_syl of syllables[from..] (and the word end) after the context a b. */
function syllableRunLogProb(model: KoreanModel, syllables: string[], from: number, a: string, b: string): number {
  let s = 0;
  for (let i = from; i < syllables.length; i++) {
    const c = syllables[i];
    s += syllableLogProb(model, a, b, c);
    a = b;
    b = c;
  }
  return s + syllableLogProb(model, a, b, WORD_END);
}

/**
 * log P(word) under the word-level mixture
 *   λ_lex · P_lex(w) + λ_stem · max_split P_lex(stem) · P_syl(suffix | stem) + λ_syl · P_syl(w).
 */
export function wordLogProb(model: KoreanModel, syllables: string[], start = WORD_START): number {
  const n = syllables.length;
  const syl = Math.exp(syllableRunLogProb(model, syllables, 0, '', start));
  if (n < 2 || model.lexicon.length === 0) return Math.log(syl);
  const word = syllables.join('');
  const lex = lexiconProb(model, word);
  let stem = 0;
  for (let k = Math.max(2, n - MAX_SUFFIX); k < n; k++) {
    const p = stemProb(model, word.slice(0, k));
    if (p === 0) continue;
    // Suffix: Witten-Bell between suffixes seen after stems of this final class and the syllable model.
    const back = Math.exp(syllableRunLogProb(model, syllables, k, syllables[k - 2], syllables[k - 1]));
    const cls = finalClass(syllables[k - 1]);
    const t = model.suffixTotals.get(cls);
    const suf = t && n - k <= MAX_SUFFIX ? ((model.suffixes.get(cls + word.slice(k)) ?? 0) + t[1] * back) / (t[0] + t[1]) : back;
    const q = p * suf;
    if (q > stem) stem = q;
  }
  return Math.log(LEX_WEIGHT * lex + STEM_WEIGHT * stem + SYL_WEIGHT * syl);
}

/** Beam search keeps this many partial readings, and none worse than the best by BEAM_MARGIN nats. */
const BEAM_WIDTH = 64;
const BEAM_MARGIN = 12;
/** The syllable-model search looks at no more than this many candidates per position (by prior). */
export const SEARCH_CANDIDATES = 40;

interface Hyp {
  /** Candidate index at this position, and the hypothesis it extends (null at the start). */
  j: number;
  parent: Hyp | null;
  /** The last two syllables (context of the next one). */
  a: string;
  b: string;
  score: number;
}

/**
 * The `k` best readings (candidate indices) of positions from..n-1 under the syllable model,
 * after the context a b (beam search over the first SEARCH_CANDIDATES candidates of each position).
 */
function beamReadings(model: KoreanModel, candidates: string[][], from: number, a: string, b: string, k: number, width = BEAM_WIDTH): number[][] {
  let beam: Hyp[] = [{ j: -1, parent: null, a, b, score: 0 }];
  for (let i = from; i < candidates.length; i++) {
    const cands = candidates[i];
    const m = Math.min(cands.length, SEARCH_CANDIDATES);
    const next: Hyp[] = [];
    let best = -Infinity;
    for (const h of beam) {
      for (let j = 0; j < m; j++) {
        const c = cands[j];
        const score = h.score + syllableLogProb(model, h.a, h.b, c);
        if (score < best - BEAM_MARGIN) continue;
        if (score > best) best = score;
        next.push({ j, parent: h, a: h.b, b: c, score });
      }
    }
    beam = next.filter((h) => h.score >= best - BEAM_MARGIN);
    if (beam.length > width) beam = beam.sort((p, q) => q.score - p.score).slice(0, width);
  }
  for (const h of beam) h.score += syllableLogProb(model, h.a, h.b, WORD_END);
  beam.sort((p, q) => q.score - p.score);
  return beam.slice(0, k).map((h) => {
    const idx: number[] = [];
    for (let x: Hyp | null = h; x && x.j >= 0; x = x.parent) idx.push(x.j);
    return idx.reverse();
  });
}

/**
 * Best reading of one Hangul word given per-position candidate syllables (a single candidate =
 * known syllable; long lists should come likeliest first: the syllable-model search only looks at
 * the first SEARCH_CANDIDATES, lexicon matching at all). Readings considered: the n best under the syllable model, every lexicon word
 * that fits the lattice, and every lexicon stem that fits its beginning (completed by the syllable
 * model); each is scored with the word-level mixture. Returns the chosen candidate index per position.
 */
export function bestWord(model: KoreanModel, candidates: string[][], start = WORD_START): number[] {
  return wordReadings(model, candidates, start, 1)[0]?.idx ?? [];
}

export interface WordReading {
  /** Candidate index per position. */
  idx: number[];
  /** log P(word) under the word-level mixture. */
  score: number;
}

/** The `k` best readings of one Hangul word (see bestWord), best first. */
export function wordReadings(model: KoreanModel, candidates: string[][], start = WORD_START, k = 8): WordReading[] {
  const n = candidates.length;
  if (n === 0) return [];
  const readings = new Map<string, number[]>();
  const add = (idx: number[]): void => {
    const key = idx.join(',');
    if (!readings.has(key)) readings.set(key, idx);
  };
  for (const r of beamReadings(model, candidates, 0, '', start, NBEST)) add(r);
  if (n >= 2) {
    const pos = candidates.map((c) => new Map(c.map((s, j) => [s, j])));
    for (const first of candidates[0]) {
      for (const w of model.byFirst.get(first) ?? []) {
        if (w.length > n) continue;
        const idx: number[] = [];
        for (let i = 0; i < w.length; i++) {
          const j = pos[i].get(w[i]);
          if (j === undefined) break;
          idx.push(j);
        }
        if (idx.length < w.length) continue;
        if (w.length === n) add(idx);
        else for (const rest of beamReadings(model, candidates, w.length, w[w.length - 2], w[w.length - 1], 4, 8)) add([...idx, ...rest]);
      }
    }
  }
  const scored: WordReading[] = [];
  for (const idx of readings.values()) scored.push({ idx, score: wordLogProb(model, idx.map((j, i) => candidates[i][j]), start) });
  return scored.sort((p, q) => q.score - p.score).slice(0, k);
}

/**
 * Evidence of a word pair: log P(word | previous word) under Witten-Bell between the pair counts
 * and the word model (`wordLog` = log P(word)), relative to an unseen pair after the same word:
 * log(1 + c(prev, word) / (P(word) · distinct followers of prev)). 0 for unseen pairs, so a
 * previous word is not penalised merely for being a well-known left context.
 */
export function pairLogBonus(model: KoreanModel, prev: string, word: string, wordLog: number | (() => number)): number {
  const c = model.pairs.get(prev + PAIR_JOIN + word);
  if (!c) return 0;
  const t = model.leftTotals.get(prev)!;
  return Math.log1p(c / (Math.exp(typeof wordLog === 'number' ? wordLog : wordLog()) * t[1]));
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

/** Adds a count under a context: [sum of counts, number of distinct continuations] (for backoff). */
function addToTotal(totals: Map<string, [number, number]>, key: string, count: number): void {
  const t = totals.get(key);
  if (t) {
    t[0] += count;
    t[1] += 1;
  } else totals.set(key, [count, 1]);
}
