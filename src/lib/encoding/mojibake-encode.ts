// Simulates mojibake: text → UTF-8 bytes → decoded through a single-byte code page.
// Used by the accuracy benchmark and tests to corrupt healthy text the way broken notes arrive.
import type { Codepage } from './codepages.ts';

export type UndefinedByteHandling = 'drop' | 'c1';

/**
 * Encode `text` as UTF-8, then decode those bytes with `codepage`.
 * Bytes the code page does not define are dropped ('drop', as most editors and clipboards do)
 * or kept as C1 control characters where possible ('c1', Latin-1 style decoders; others are dropped).
 * The soft hyphen (0xAD, invisible) is dropped in both, as editors and clipboards drop it.
 */
export function encodeAsMojibake(
  text: string,
  codepage: Codepage,
  undefinedBytes: UndefinedByteHandling = 'drop',
): string {
  const bytes = new TextEncoder().encode(text);
  let out = '';
  for (const b of bytes) {
    if (b < 0x80) {
      out += String.fromCharCode(b);
      continue;
    }
    const ch = codepage.high[b - 0x80];
    if (ch === null) {
      if (undefinedBytes === 'c1' && b <= 0x9f) out += String.fromCharCode(b);
    } else if (!codepage.lostBytes.includes(b)) out += ch;
  }
  return out;
}
