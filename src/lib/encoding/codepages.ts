// Single-byte Windows code pages used to explain mojibake: UTF-8 bytes that were
// decoded through one of these tables and saved again as UTF-8.

export type CodepageName = 'windows-1253' | 'windows-1252';

export interface Codepage {
  name: CodepageName;
  /** Character for each byte 0x80..0xFF (index 0 = 0x80); null = byte undefined in this code page. */
  high: readonly (string | null)[];
  /** Bytes 0x80..0xFF that have no character (dropped or turned into C1 controls by decoders). */
  undefinedBytes: readonly number[];
  /**
   * Bytes a round trip through this code page may lose: the undefined ones, and 0xAD, whose
   * character (U+00AD SOFT HYPHEN) is invisible and is dropped by editors and clipboards (항 is
   * `ED 95 AD`: after such a trip only `ED 95` is left).
   */
  lostBytes: readonly number[];
  /** Character → byte, for every defined high byte, plus C1 controls U+0080..U+009F → same byte (Latin-1 style decoders). */
  byteOf: ReadonlyMap<string, number>;
}

/** The byte of U+00AD SOFT HYPHEN in both code pages. */
const SOFT_HYPHEN_BYTE = 0xad;

function buildCodepage(name: CodepageName, high: (string | null)[]): Codepage {
  if (high.length !== 128) throw new Error(`code page ${name}: expected 128 entries, got ${high.length}`);
  const undefinedBytes: number[] = [];
  const byteOf = new Map<string, number>();
  high.forEach((ch, i) => {
    const byte = 0x80 + i;
    if (ch === null) undefinedBytes.push(byte);
    else byteOf.set(ch, byte);
  });
  // Decoders such as Windows' MultiByteToWideChar or Latin-1 fallbacks keep undefined bytes as C1 controls.
  for (const byte of undefinedBytes) {
    if (byte <= 0x9f) byteOf.set(String.fromCharCode(byte), byte);
  }
  const lostBytes = [...new Set([...undefinedBytes, SOFT_HYPHEN_BYTE])].sort((x, y) => x - y);
  return { name, high, undefinedBytes, lostBytes, byteOf };
}

const C1_1252: (string | null)[] = [
  '\u20AC',
  null,
  '\u201A',
  '\u0192',
  '\u201E',
  '\u2026',
  '\u2020',
  '\u2021',
  '\u02C6',
  '\u2030',
  '\u0160',
  '\u2039',
  '\u0152',
  null,
  '\u017D',
  null,
  null,
  '\u2018',
  '\u2019',
  '\u201C',
  '\u201D',
  '\u2022',
  '\u2013',
  '\u2014',
  '\u02DC',
  '\u2122',
  '\u0161',
  '\u203A',
  '\u0153',
  null,
  '\u017E',
  '\u0178',
];

const C1_1253: (string | null)[] = [
  '\u20AC',
  null,
  '\u201A',
  '\u0192',
  '\u201E',
  '\u2026',
  '\u2020',
  '\u2021',
  null,
  '\u2030',
  null,
  '\u2039',
  null,
  null,
  null,
  null,
  null,
  '\u2018',
  '\u2019',
  '\u201C',
  '\u201D',
  '\u2022',
  '\u2013',
  '\u2014',
  null,
  '\u2122',
  null,
  '\u203A',
  null,
  null,
  null,
  null,
];

function range(from: number, to: number): string[] {
  const out: string[] = [];
  for (let cp = from; cp <= to; cp++) out.push(String.fromCharCode(cp));
  return out;
}

// 0xA0..0xFF of windows-1253 (Greek).
const A0_1253: (string | null)[] = [
  '\u00A0',
  '\u0385',
  '\u0386',
  '\u00A3',
  '\u00A4',
  '\u00A5',
  '\u00A6',
  '\u00A7',
  '\u00A8',
  '\u00A9',
  null,
  '\u00AB',
  '\u00AC',
  '\u00AD',
  '\u00AE',
  '\u2015',
  '\u00B0',
  '\u00B1',
  '\u00B2',
  '\u00B3',
  '\u0384',
  '\u00B5',
  '\u00B6',
  '\u00B7',
  '\u0388',
  '\u0389',
  '\u038A',
  '\u00BB',
  '\u038C',
  '\u00BD',
  '\u038E',
  '\u038F',
  ...range(0x0390, 0x03a1), // 0xC0..0xD1
  null, // 0xD2
  ...range(0x03a3, 0x03ce), // 0xD3..0xFE
  null, // 0xFF
];

export const WINDOWS_1253: Codepage = buildCodepage('windows-1253', [...C1_1253, ...A0_1253]);
export const WINDOWS_1252: Codepage = buildCodepage('windows-1252', [...C1_1252, ...range(0xa0, 0xff)]);

export const MOJIBAKE_CODEPAGES: readonly Codepage[] = [WINDOWS_1253, WINDOWS_1252];

export function codepageByName(name: string): Codepage | undefined {
  return MOJIBAKE_CODEPAGES.find((cp) => cp.name === name);
}
