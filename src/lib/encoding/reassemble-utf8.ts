// Mojibake text → the UTF-8 byte stream it came from → characters, with the candidate
// originals of every sequence that lost bytes (bytes the code page does not define, and the
// invisible soft hyphen, were dropped: Codepage.lostBytes).
import type { Codepage } from './codepages.ts';

/** Text kept as is (ASCII, characters outside the code page, unexplainable bytes). */
export interface KeptPiece {
  kind: 'kept';
  text: string;
}
/** One restored character: `candidates.length === 1` when no byte was missing. */
export interface RestoredPiece {
  kind: 'restored';
  /** Distinct valid characters that the damaged sequence may have been, in enumeration order. */
  candidates: string[];
  /** Number of bytes that had been dropped (0 = sequence intact). */
  missing: number;
  /** The mojibake characters this piece replaces. */
  original: string;
}
export type Piece = KeptPiece | RestoredPiece;

function sequenceLength(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

function isContinuation(b: number): boolean {
  return b >= 0x80 && b <= 0xbf;
}

/** Decode a complete UTF-8 sequence; null if overlong, surrogate or out of range. */
export function decodeSequence(bytes: number[]): string | null {
  const n = bytes.length;
  let cp: number;
  if (n === 2) cp = ((bytes[0] & 0x1f) << 6) | (bytes[1] & 0x3f);
  else if (n === 3) cp = ((bytes[0] & 0x0f) << 12) | ((bytes[1] & 0x3f) << 6) | (bytes[2] & 0x3f);
  else if (n === 4)
    cp = ((bytes[0] & 0x07) << 18) | ((bytes[1] & 0x3f) << 12) | ((bytes[2] & 0x3f) << 6) | (bytes[3] & 0x3f);
  else return null;
  for (let i = 1; i < n; i++) if (!isContinuation(bytes[i])) return null;
  const min = n === 2 ? 0x80 : n === 3 ? 0x800 : 0x10000;
  if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return null;
  return String.fromCodePoint(cp);
}

/** All ways to insert `k` bytes from `fill` into `present` continuation bytes to make `need` of them. */
function candidatesFor(lead: number, present: number[], need: number, fill: readonly number[]): string[] {
  const out = new Set<string>();
  const contFill = fill.filter(isContinuation);
  const walk = (sofar: number[], rest: number[], missing: number): void => {
    if (sofar.length === need) {
      const ch = decodeSequence([lead, ...sofar]);
      if (ch !== null) out.add(ch);
      return;
    }
    if (rest.length > 0) walk([...sofar, rest[0]], rest.slice(1), missing);
    if (missing > 0) for (const b of contFill) walk([...sofar, b], rest, missing - 1);
  };
  walk([], present, need - present.length);
  return [...out];
}

/**
 * Split text into pieces. Runs of characters the code page can produce are mapped back to bytes and
 * re-segmented as UTF-8; lead bytes are never dropped by the code pages we handle, so each lead
 * owns the continuation bytes that follow it, and a short sequence is missing lost bytes.
 */
export function reassemble(text: string, codepage: Codepage): Piece[] {
  const pieces: Piece[] = [];
  let kept = '';
  const flushKept = (): void => {
    if (kept) pieces.push({ kind: 'kept', text: kept });
    kept = '';
  };
  const chars = Array.from(text);
  let i = 0;
  while (i < chars.length) {
    const ch = chars[i];
    const lead = codepage.byteOf.get(ch);
    const need = lead === undefined ? 0 : sequenceLength(lead) - 1;
    if (lead === undefined || need <= 0) {
      kept += ch;
      i++;
      continue;
    }
    const present: number[] = [];
    let j = i + 1;
    while (j < chars.length && present.length < need) {
      const b = codepage.byteOf.get(chars[j]);
      if (b === undefined || !isContinuation(b)) break;
      present.push(b);
      j++;
    }
    const original = chars.slice(i, j).join('');
    const missing = need - present.length;
    const candidates =
      missing === 0
        ? [decodeSequence([lead, ...present])].filter((c): c is string => c !== null)
        : candidatesFor(lead, present, need, codepage.lostBytes);
    if (candidates.length === 0) {
      kept += original;
    } else {
      flushKept();
      pieces.push({ kind: 'restored', candidates, missing, original });
    }
    i = j;
  }
  flushKept();
  return pieces;
}
