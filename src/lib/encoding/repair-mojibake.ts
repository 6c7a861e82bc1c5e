// Repair of detected mojibake: restore the UTF-8 characters, infer those that lost bytes
// with the Korean language model, and leave every other character exactly as it was.
import { codepageByName } from './codepages.ts';
import type { CodepageName } from './codepages.ts';
import { detectMojibake } from './detect-mojibake.ts';
import {
  SEARCH_CANDIDATES,
  pairLogBonus,
  symbolLogPrior,
  syllableLogPrior,
  wordLogProb,
  wordReadings,
} from './korean-model.ts';
import type { KoreanModel } from './korean-model.ts';
import { isHangulSyllable, wordStartFor } from './ngram-counts.ts';
import { reassemble } from './reassemble-utf8.ts';

export interface MojibakeRepair {
  text: string;
  codepage: CodepageName;
  confidence: number;
  /** Hangul syllables restored from mojibake (intact or inferred). */
  hangulSyllables: number;
  /** Syllables inferred from sequences that had lost bytes. */
  reconstructed: number;
  /** Non-Hangul characters inferred from sequences that had lost bytes. */
  reconstructedSymbols: number;
}

interface Slot {
  /** Candidate characters; one = fixed. */
  cands: string[];
  missing: number;
  choice: number;
  /** True when the slot comes from a re-assembled UTF-8 sequence. */
  restored: boolean;
}

/** Sequences that lost two bytes have up to 225 readings: order them by syllable frequency. */
function byPrior(model: KoreanModel, cands: string[]): string[] {
  return cands
    .map((c) => [c, syllableLogPrior(model, c)] as const)
    .sort((x, y) => y[1] - x[1])
    .map(([c]) => c);
}

/** Readings kept per damaged word for the joint decoding of neighbouring words. */
const N_READINGS = 8;

interface Reading {
  idx: number[];
  /** log P(word); NaN = not computed yet (intact words). */
  score: number;
  text: string;
}

interface Word {
  /** Slot range [from, to). */
  from: number;
  to: number;
  start: string;
  /** True when a single space separates this word from the previous one. */
  linked: boolean;
  readings: Reading[];
}

/** Choose one reading per word of a chain: Viterbi over Σ log P(word) + word-pair bonuses. */
function decodeChain(model: KoreanModel, chain: Word[], slots: Slot[]): void {
  if (chain.length === 0) return;
  const wordLog = (w: Word, r: Reading): number => {
    if (Number.isNaN(r.score)) r.score = wordLogProb(model, Array.from(r.text), w.start);
    return r.score;
  };
  // Intact words have a single reading whose own score does not matter (same for every path).
  const own = (w: Word, r: Reading): number => (w.readings.length > 1 ? r.score : 0);
  let score = chain[0].readings.map((r) => own(chain[0], r));
  const back: number[][] = [];
  for (let k = 1; k < chain.length; k++) {
    const w = chain[k];
    const prev = chain[k - 1];
    const next: number[] = [];
    const bp: number[] = [];
    for (const r of w.readings) {
      let best = -Infinity;
      let arg = 0;
      prev.readings.forEach((p, h) => {
        const s = score[h] + pairLogBonus(model, p.text, r.text, () => wordLog(w, r));
        if (s > best) {
          best = s;
          arg = h;
        }
      });
      next.push(best + own(w, r));
      bp.push(arg);
    }
    score = next;
    back.push(bp);
  }
  let pick = score.indexOf(Math.max(...score));
  for (let k = chain.length - 1; k >= 0; k--) {
    const w = chain[k];
    w.readings[pick].idx.forEach((x, n) => (slots[w.from + n].choice = x));
    if (k > 0) pick = back[k - 1][pick];
  }
}

export interface RepairOptions {
  /** Skip detection and repair as this code page (confidence reported as 1). */
  codepage?: CodepageName;
}

export function repairMojibake(text: string, model: KoreanModel, options: RepairOptions = {}): MojibakeRepair | null {
  const detection = options.codepage ? { codepage: options.codepage, confidence: 1 } : detectMojibake(text);
  if (!detection) return null;
  const codepage = codepageByName(detection.codepage)!;

  const slots: Slot[] = [];
  for (const piece of reassemble(text, codepage)) {
    if (piece.kind === 'kept') {
      for (const ch of piece.text) slots.push({ cands: [ch], missing: 0, choice: 0, restored: false });
      continue;
    }
    let cands = piece.candidates;
    const hangul = cands.filter(isHangulSyllable);
    if (hangul.length > 0) cands = hangul; // a Hangul lead byte almost surely carried a syllable
    if (cands.length > SEARCH_CANDIDATES && hangul.length > 0) cands = byPrior(model, cands);
    slots.push({ cands, missing: piece.missing, choice: 0, restored: true });
  }

  // Non-Hangul characters that lost bytes: the likeliest symbol.
  for (const s of slots) {
    if (s.cands.length < 2 || isHangulSyllable(s.cands[0])) continue;
    let best = -Infinity;
    s.cands.forEach((c, k) => {
      const p = symbolLogPrior(model, c);
      if (p > best) {
        best = p;
        s.choice = k;
      }
    });
  }

  // Hangul words: maximal runs of slots whose candidates are syllables. Each damaged word gets its
  // n best readings; runs of words separated by single spaces are then decoded jointly (Viterbi
  // over the readings with the word-pair model), so neighbouring words constrain each other.
  const words: Word[] = [];
  let i = 0;
  while (i < slots.length) {
    if (!isHangulSyllable(slots[i].cands[0])) {
      i++;
      continue;
    }
    let j = i;
    while (j < slots.length && isHangulSyllable(slots[j].cands[0])) j++;
    const cands = slots.slice(i, j).map((s) => s.cands);
    const start = wordStartFor(i > 0 ? slots[i - 1].cands[slots[i - 1].choice] : '');
    const linked =
      words.length > 0 &&
      words[words.length - 1].to === i - 1 &&
      slots[i - 1].cands.length === 1 &&
      slots[i - 1].cands[0] === ' ';
    const damaged = cands.some((c) => c.length > 1);
    const readings = damaged
      ? wordReadings(model, cands, start, N_READINGS)
      : [{ idx: cands.map(() => 0), score: NaN }];
    words.push({
      from: i,
      to: j,
      start,
      linked,
      readings: readings.map((r) => ({ ...r, text: r.idx.map((x, k) => cands[k][x]).join('') })),
    });
    i = j;
  }
  let chainStart = 0;
  for (let w = 0; w <= words.length; w++) {
    if (w < words.length && (w === chainStart || words[w].linked)) continue;
    decodeChain(model, words.slice(chainStart, w), slots);
    chainStart = w;
  }

  let out = '';
  let hangulSyllables = 0;
  let reconstructed = 0;
  let reconstructedSymbols = 0;
  for (const s of slots) {
    const ch = s.cands[s.choice];
    out += ch;
    if (!s.restored) continue;
    if (isHangulSyllable(ch)) {
      hangulSyllables++;
      if (s.missing > 0) reconstructed++;
    } else if (s.missing > 0) reconstructedSymbols++;
  }
  return {
    text: out,
    codepage: detection.codepage,
    confidence: detection.confidence,
    hangulSyllables,
    reconstructed,
    reconstructedSymbols,
  };
}
