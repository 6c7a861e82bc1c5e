// Bytes of a note file → text: BOM sniffing, UTF-8 / UTF-16 / CP949 (EUC-KR), binary detection,
// CRLF/CR → LF and Unicode NFC (macOS writes Hangul file names and sometimes content as NFD).

export interface DecodedNote {
  /** Decoded text, LF line endings, NFC. Empty when `binary`. */
  text: string;
  /** 'utf-8' | 'utf-16le' | 'utf-16be' | 'euc-kr' (CP949) | 'windows-1252' | 'binary' */
  encoding: string;
  /** True when the file began with a byte order mark. */
  bom: boolean;
  /** True when the bytes are not text in any supported encoding. */
  binary: boolean;
  /** Human-readable remarks on what was done (fallbacks, normalization, replaced bytes). */
  notes: string[];
}

const utf8Fatal = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const utf8Lossy = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });
let eucKrFatal: TextDecoder | null | undefined;

function eucKrDecoder(): TextDecoder | null {
  if (eucKrFatal === undefined) {
    try {
      eucKrFatal = new TextDecoder('euc-kr', { fatal: true }); // WHATWG euc-kr = Windows CP949 (UHC)
    } catch {
      eucKrFatal = null; // Node built without full ICU
    }
  }
  return eucKrFatal;
}

function tryDecode(decoder: TextDecoder, bytes: Uint8Array): string | null {
  try {
    return decoder.decode(bytes);
  } catch {
    return null;
  }
}

/** Share of C0 control characters other than TAB/LF/CR/FF/ESC: text files have ~none. */
function controlRatio(text: string): number {
  if (text.length === 0) return 0;
  let bad = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c && c !== 0x1b) || c === 0x7f) bad++;
  }
  return bad / text.length;
}

/** UTF-16 without BOM: NUL in every other byte for ASCII-heavy text. Returns the endianness or null. */
function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return null;
  const n = Math.min(bytes.length, 4096);
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i++) {
    if (bytes[i] === 0) {
      if (i % 2 === 0) evenNul++;
      else oddNul++;
    }
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.4 && evenNul < pairs * 0.05) return 'utf-16le';
  if (evenNul > pairs * 0.4 && oddNul < pairs * 0.05) return 'utf-16be';
  return null;
}

function finish(raw: string, encoding: string, bom: boolean, notes: string[]): DecodedNote {
  let text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  if (text.includes('\r')) {
    text = text.replace(/\r\n?/g, '\n');
    notes.push('line endings converted to LF');
  }
  const nfc = text.normalize('NFC');
  if (nfc !== text) {
    notes.push('normalized to Unicode NFC');
    text = nfc;
  }
  return { text, encoding, bom, binary: false, notes };
}

function binary(notes: string[], bom = false): DecodedNote {
  return { text: '', encoding: 'binary', bom, binary: true, notes };
}

export function decodeNote(bytes: Uint8Array): DecodedNote {
  const notes: string[] = [];
  // Byte order marks.
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const text = tryDecode(utf8Fatal, bytes.subarray(3));
    if (text !== null && !text.includes('\0')) return finish(text, 'utf-8', true, notes);
    if (text === null) {
      notes.push('UTF-8 BOM but invalid UTF-8; invalid sequences replaced with U+FFFD');
      return finish(utf8Lossy.decode(bytes.subarray(3)), 'utf-8', true, notes);
    }
    return binary(['UTF-8 BOM but contains NUL bytes'], true);
  }
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    const encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    const text = tryDecode(new TextDecoder(encoding, { fatal: true, ignoreBOM: true }), bytes.subarray(2));
    if (text !== null && controlRatio(text) < 0.01 && !text.includes('\0')) return finish(text, encoding, true, notes);
    return binary([`${encoding} BOM but not valid ${encoding} text`], true);
  }

  // No BOM: UTF-8 is by far the most common; NUL bytes mean UTF-16 without BOM or binary.
  if (bytes.includes(0)) {
    const utf16 = sniffUtf16(bytes);
    if (utf16) {
      const text = tryDecode(new TextDecoder(utf16, { fatal: true, ignoreBOM: true }), bytes);
      if (text !== null && !text.includes('\0') && controlRatio(text) < 0.01) {
        notes.push(`${utf16} without BOM (detected from NUL byte pattern)`);
        return finish(text, utf16, false, notes);
      }
    }
    return binary(['contains NUL bytes']);
  }

  const utf8 = tryDecode(utf8Fatal, bytes);
  if (utf8 !== null) {
    if (controlRatio(utf8) > 0.05) return binary(['valid UTF-8 but mostly control characters']);
    return finish(utf8, 'utf-8', false, notes);
  }

  const eucKr = eucKrDecoder();
  const legacy = eucKr ? tryDecode(eucKr, bytes) : null;
  if (legacy !== null && controlRatio(legacy) < 0.01) {
    notes.push('not valid UTF-8; decoded as CP949/EUC-KR');
    return finish(legacy, 'euc-kr', false, notes);
  }

  // Mostly UTF-8 with a few broken sequences: keep it as UTF-8, mark the damage.
  const lossy = utf8Lossy.decode(bytes);
  let replaced = 0;
  for (let i = 0; i < lossy.length; i++) if (lossy.charCodeAt(i) === 0xfffd) replaced++;
  if (controlRatio(lossy) < 0.01 && replaced <= Math.max(1, lossy.length * 0.01)) {
    notes.push(`not valid UTF-8 nor CP949; ${replaced} invalid UTF-8 sequence(s) replaced with U+FFFD`);
    return finish(lossy, 'utf-8', false, notes);
  }
  return binary(['not valid text in UTF-8, UTF-16 or CP949']);
}

/** File names as NFC (macOS file systems hand out NFD Hangul: 노트 as ᄂ ᅩ ᄐ ᅳ). */
export function normalizeFileName(name: string): string {
  return name.normalize('NFC');
}
