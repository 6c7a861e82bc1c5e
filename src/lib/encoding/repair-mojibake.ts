// Repair of detected mojibake: restore the UTF-8 characters, infer those that lost bytes
// with the Korean language model, and leave every other character exactly as it was.
import { codepageByName } from './codepages.ts';
import type { CodepageName } from './codepages.ts';
import { detectMojibake } from './detect-mojibake.ts';
import { bestWord, symbolLogPrior, syllableLogPrior } from './korean-model.ts';
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

/** Sequences that lost two bytes have up to 225 readings; keep the likeliest by syllable frequency. */
const MAX_CANDIDATES = 40;

function topByPrior(model: KoreanModel, cands: string[], k: number): string[] {
  return cands
    .map((c) => [c, syllableLogPrior(model, c)] as const)
    .sort((x, y) => y[1] - x[1])
    .slice(0, k)
    .map(([c]) => c);
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
    if (cands.length > MAX_CANDIDATES && hangul.length > 0) cands = topByPrior(model, cands, MAX_CANDIDATES);
    slots.push({ cands, missing: piece.missing, choice: 0, restored: true });
  }

  // Hangul words: maximal runs of slots whose candidates are syllables.
  let i = 0;
  while (i < slots.length) {
    if (!isHangulSyllable(slots[i].cands[0])) {
      const s = slots[i];
      if (s.cands.length > 1) {
        let best = -Infinity;
        s.cands.forEach((c, k) => {
          const p = symbolLogPrior(model, c);
          if (p > best) {
            best = p;
            s.choice = k;
          }
        });
      }
      i++;
      continue;
    }
    let j = i;
    while (j < slots.length && isHangulSyllable(slots[j].cands[0])) j++;
    const word = slots.slice(i, j);
    if (word.some((s) => s.cands.length > 1)) {
      const prev = i > 0 ? slots[i - 1].cands[slots[i - 1].choice] : '';
      const chosen = bestWord(
        model,
        word.map((s) => s.cands),
        wordStartFor(prev),
      );
      word.forEach((s, k) => (s.choice = chosen[k]));
    }
    i = j;
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
  return { text: out, codepage: detection.codepage, confidence: detection.confidence, hangulSyllables, reconstructed, reconstructedSymbols };
}
