// Measures repair accuracy: corrupt healthy text the way broken notes arrive (encodeAsMojibake), repair it,
// and compare with the original character by character.
import type { Codepage } from './codepages.ts';
import type { KoreanModel } from './korean-model.ts';
import { encodeAsMojibake } from './mojibake-encode.ts';
import { isHangulSyllable } from './ngram-counts.ts';
import { repairMojibake } from './repair-mojibake.ts';

export interface RepairAccuracy {
  syllables: number;
  syllablesRestored: number;
  damagedSyllables: number;
  damagedRestored: number;
  /** Non-Hangul, non-ASCII characters that lost bytes, and how many came back exactly. */
  damagedSymbols: number;
  damagedSymbolsRestored: number;
  /** True when the repaired text has the same number of characters as the original. */
  aligned: boolean;
  /** Up to 20 wrong syllables: expected → got. */
  errors: string[];
  ms: number;
}

/** Does the character lose a byte in the round trip (an undefined byte or the soft hyphen's)? */
function lostBytes(ch: string, cp: Codepage): boolean {
  for (const b of new TextEncoder().encode(ch)) if (cp.lostBytes.includes(b)) return true;
  return false;
}

export function measureRepair(original: string, model: KoreanModel, cp: Codepage): RepairAccuracy {
  const corrupted = encodeAsMojibake(original, cp, 'drop');
  const t0 = performance.now();
  const repaired = repairMojibake(corrupted, model, { codepage: cp.name })?.text ?? corrupted;
  const ms = performance.now() - t0;
  const want = Array.from(original);
  const got = Array.from(repaired);
  const acc: RepairAccuracy = {
    syllables: 0,
    syllablesRestored: 0,
    damagedSyllables: 0,
    damagedRestored: 0,
    damagedSymbols: 0,
    damagedSymbolsRestored: 0,
    aligned: want.length === got.length,
    errors: [],
    ms,
  };
  for (let i = 0; i < want.length; i++) {
    const w = want[i];
    const ok = acc.aligned && got[i] === w;
    if (isHangulSyllable(w)) {
      acc.syllables++;
      if (ok) acc.syllablesRestored++;
      if (lostBytes(w, cp)) {
        acc.damagedSyllables++;
        if (ok) acc.damagedRestored++;
      }
      if (!ok && acc.errors.length < 20) {
        const ctx = want
          .slice(Math.max(0, i - 3), i + 4)
          .join('')
          .replace(/\s+/g, ' ');
        acc.errors.push(`${w}→${got[i] ?? '∅'} (${ctx})`);
      }
    } else if (w.charCodeAt(0) >= 0x80 && lostBytes(w, cp)) {
      acc.damagedSymbols++;
      if (ok) acc.damagedSymbolsRestored++;
    }
  }
  return acc;
}
