// Per-file detection of "UTF-8 decoded through a Windows code page and saved again" mojibake.
// Cheap on healthy notes: one pass over char codes, and nothing more unless code-page
// characters are frequent enough.
import { MOJIBAKE_CODEPAGES } from './codepages.ts';
import type { Codepage, CodepageName } from './codepages.ts';
import { reassemble } from './reassemble-utf8.ts';

export interface MojibakeDetection {
  codepage: CodepageName;
  /** 0..1; detections below `MIN_CONFIDENCE` are reported as null. */
  confidence: number;
  /** UTF-8 sequences found intact / with dropped bytes. */
  intactSequences: number;
  damagedSequences: number;
}

export const MIN_CONFIDENCE = 0.5;

/** Share of intact sequences expected when every lost byte is dropped (uniform continuation bytes). */
function expectedIntactShare(cp: Codepage): number {
  const undefinedContinuations = cp.lostBytes.filter((b) => b <= 0xbf).length;
  const keep = (64 - undefinedContinuations) / 64;
  return keep * keep;
}

function plausible(ch: string): boolean {
  return !/\p{Cn}|\p{Co}|\p{Cc}/u.test(ch);
}

function score(text: string, cp: Codepage): MojibakeDetection | null {
  let leads = 0;
  let intact = 0;
  let damaged = 0;
  let implausible = 0;
  let hangul = 0;
  let stray = 0;
  for (const piece of reassemble(text, cp)) {
    if (piece.kind === 'kept') {
      // Code-page characters left unexplained (continuation bytes without a lead, bytes that are never UTF-8).
      for (const ch of piece.text) if (ch.charCodeAt(0) >= 0x80 && cp.byteOf.has(ch)) stray++;
      continue;
    }
    leads++;
    if (piece.missing === 0) {
      intact++;
      const ch = piece.candidates[0];
      if (!plausible(ch)) implausible++;
      const c = ch.charCodeAt(0);
      if (c >= 0xac00 && c <= 0xd7a3) hangul++;
    } else damaged++;
  }
  if (intact < 2 && !(intact === 1 && hangul === 1 && leads <= 2)) return null;
  const intactShare = intact / leads;
  // Greek or Latin text read as bytes is nearly all lead bytes followed by more leads: intact share ~0.
  const shareScore = Math.min(1, intactShare / (expectedIntactShare(cp) * 0.75));
  const plausibility = 1 - implausible / intact;
  const strayPenalty = 1 - Math.min(1, stray / (leads + stray));
  const confidence = shareScore * plausibility * plausibility * strayPenalty;
  return {
    codepage: cp.name,
    confidence: Math.round(confidence * 1000) / 1000,
    intactSequences: intact,
    damagedSequences: damaged,
  };
}

/** Quick pre-filter: how many characters could be mojibake of a UTF-8 lead byte at all. */
function codepageLeadChars(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // Lead bytes 0xC2..0xF4 become Latin-1 letters (1252) or Greek letters (1253).
    if ((c >= 0xc2 && c <= 0xf4) || (c >= 0x0392 && c <= 0x03c4)) n++;
  }
  return n;
}

/** Detect mojibake over the whole file; null when the text looks like what it is. */
export function detectMojibake(text: string): MojibakeDetection | null {
  if (codepageLeadChars(text) === 0) return null;
  let best: MojibakeDetection | null = null;
  for (const cp of MOJIBAKE_CODEPAGES) {
    const d = score(text, cp);
    if (d && (!best || d.confidence > best.confidence)) best = d;
  }
  return best && best.confidence >= MIN_CONFIDENCE ? best : null;
}
