/**
 * Display columns of text in a monospace font.
 * Hangul and CJK are two columns wide. East-Asian "ambiguous" characters (arrows such
 * as → ↓, circled digits, some symbols) are one column in Western fonts and two in many
 * Korean fonts, so callers may measure under both readings.
 * Box-drawing characters (U+2500–U+257F) are always read as one column: box and tree
 * art only lines up under that reading.
 */

function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0x303e) ||
    (cp >= 0x3041 && cp <= 0x33ff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0xa000 && cp <= 0xa4cf) ||
    (cp >= 0xa960 && cp <= 0xa97f) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f300 && cp <= 0x1f64f) ||
    (cp >= 0x1f900 && cp <= 0x1f9ff) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  );
}

function isZeroWidth(cp: number): boolean {
  return (
    (cp >= 0x0300 && cp <= 0x036f) ||
    (cp >= 0x1160 && cp <= 0x11ff) ||
    (cp >= 0x200b && cp <= 0x200f) ||
    (cp >= 0xd7b0 && cp <= 0xd7ff) ||
    (cp >= 0xfe00 && cp <= 0xfe0f)
  );
}

const AMBIGUOUS_SINGLES = new Set([
  0x00a7, 0x00a8, 0x00b0, 0x00b1, 0x00b6, 0x00b7, 0x00d7, 0x00f7, 0x2018, 0x2019, 0x201c, 0x201d, 0x2020, 0x2021,
  0x2022, 0x2025, 0x2026, 0x2030, 0x203b, 0x2103, 0x2116, 0x2122, 0x2605, 0x2606, 0x2660, 0x2661, 0x2663, 0x2665,
  0x2666,
]);

/** East-Asian ambiguous width (subset that matters in notes: arrows, geometric shapes, circled digits…). */
export function isAmbiguousWidth(cp: number): boolean {
  return (
    AMBIGUOUS_SINGLES.has(cp) ||
    (cp >= 0x2190 && cp <= 0x21ff) || // arrows
    (cp >= 0x2460 && cp <= 0x24ff) || // circled digits
    (cp >= 0x2580 && cp <= 0x259f) || // block elements
    (cp >= 0x25a0 && cp <= 0x25ff) || // geometric shapes ▲ ▼ ■
    (cp >= 0x2776 && cp <= 0x277f) ||
    (cp >= 0x27f0 && cp <= 0x27ff) // long arrows ⟶
  );
}

/** Width in columns of one code point. */
export function codePointWidth(cp: number, ambiguousWide = false): number {
  if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) return 0;
  if (isZeroWidth(cp)) return 0;
  if (isWide(cp)) return 2;
  if (ambiguousWide && isAmbiguousWidth(cp)) return 2;
  return 1;
}

/** Display width of a string (no tabs expected; see layoutLine for tabs). */
export function displayWidth(text: string, ambiguousWide = false): number {
  let w = 0;
  for (const ch of text) w += codePointWidth(ch.codePointAt(0)!, ambiguousWide);
  return w;
}

/** Whether the string contains a character whose width depends on the reading. */
export function hasAmbiguousWidth(text: string): boolean {
  for (const ch of text) if (isAmbiguousWidth(ch.codePointAt(0)!)) return true;
  return false;
}

export interface Cell {
  ch: string;
  /** String index of the character in the (tab-expanded) line. */
  index: number;
  col: number;
  width: number;
}

/** Lays out one line into cells with display columns; tabs expand to the next tab stop. */
export function layoutLine(line: string, ambiguousWide = false, tabSize = 4): { text: string; cells: Cell[] } {
  const cells: Cell[] = [];
  let text = '';
  let col = 0;
  for (const ch of line) {
    if (ch === '\t') {
      const n = tabSize - (col % tabSize);
      for (let i = 0; i < n; i++) {
        cells.push({ ch: ' ', index: text.length, col, width: 1 });
        text += ' ';
        col += 1;
      }
      continue;
    }
    const width = codePointWidth(ch.codePointAt(0)!, ambiguousWide);
    cells.push({ ch, index: text.length, col, width });
    text += ch;
    col += width;
  }
  return { text, cells };
}

/** Replaces tabs by spaces up to the next tab stop (display columns). */
export function expandTabs(line: string, tabSize = 4, ambiguousWide = false): string {
  return layoutLine(line, ambiguousWide, tabSize).text;
}
