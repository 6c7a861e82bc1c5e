// Hangul syllable n-gram counts (1..3) with word boundaries, and their compact text serialization.
// Words are maximal runs of Hangul syllables; each is padded as ^word$ before counting.

export const WORD_START = '^';
/** Start of a Hangul run glued to a preceding Latin letter, digit or closing bracket: particles (S3의, 10개). */
export const GLUED_START = '~';
const GLUE = /[A-Za-z0-9)\]`%]/;

/** The start symbol for a Hangul word preceded by `prev` ('' = start of text). */
export function wordStartFor(prev: string): string {
  return prev && GLUE.test(prev) ? GLUED_START : WORD_START;
}
export const WORD_END = '$';

export interface NgramCounts {
  /** Key = 1, 2 or 3 characters (Hangul syllables, or ^ / $ at the edges). */
  uni: Map<string, number>;
  bi: Map<string, number>;
  tri: Map<string, number>;
  /** Whole Hangul words. */
  words: Map<string, number>;
  /** Non-ASCII, non-Hangul characters (emoji, arrows, box drawing…): a prior for repairing them. */
  chars: Map<string, number>;
}

export function emptyCounts(): NgramCounts {
  return { uni: new Map(), bi: new Map(), tri: new Map(), words: new Map(), chars: new Map() };
}

function add(map: Map<string, number>, key: string, by: number): void {
  map.set(key, (map.get(key) ?? 0) + by);
}

const HANGUL_RUN = /[\uAC00-\uD7A3]+/g;

export function isHangulSyllable(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return ch.length === 1 && c >= 0xac00 && c <= 0xd7a3;
}

/** Count one Hangul word (already known to be all syllables). */
export function addWord(counts: NgramCounts, word: string, weight = 1, start = WORD_START): void {
  add(counts.words, word, weight);
  const padded = start + word + WORD_END;
  for (let i = 0; i < padded.length; i++) {
    if (i > 0 && i < padded.length - 1) add(counts.uni, padded[i], weight);
    if (i + 2 <= padded.length) add(counts.bi, padded.slice(i, i + 2), weight);
    if (i + 3 <= padded.length) add(counts.tri, padded.slice(i, i + 3), weight);
  }
}

/** Count every Hangul word and every other non-ASCII character of a text. */
export function addText(counts: NgramCounts, text: string, weight = 1): void {
  for (const m of text.matchAll(HANGUL_RUN)) {
    const prev = m.index > 0 ? text[m.index - 1] : '';
    addWord(counts, m[0], weight, wordStartFor(prev));
  }
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80 || isHangulSyllable(ch)) continue;
    add(counts.chars, ch, weight);
  }
}

/** Joins the two words of a word-pair key. */
export const PAIR_JOIN = '+';

/** Count pairs of Hangul words separated by exactly one space ("예를 들어" → 예를+들어). */
export function addPairs(pairs: Map<string, number>, text: string, weight = 1): void {
  let prevWord = '';
  let prevEnd = -1;
  for (const m of text.matchAll(HANGUL_RUN)) {
    if (prevEnd >= 0 && m.index === prevEnd + 1 && text[prevEnd] === ' ')
      add(pairs, prevWord + PAIR_JOIN + m[0], weight);
    prevWord = m[0];
    prevEnd = m.index + m[0].length;
  }
}

export function mergeCounts(target: NgramCounts, source: NgramCounts, weight = 1): NgramCounts {
  for (const key of ['uni', 'bi', 'tri', 'words', 'chars'] as const) {
    for (const [k, v] of source[key]) add(target[key], k, v * weight);
  }
  return target;
}

// Serialization: one section per table, lines "count<TAB>keys"; fixed-width tables (uni/bi/tri)
// concatenate all keys of one count, variable-width ones (words/chars) separate them with spaces.
const FIXED: Record<string, number> = { uni: 1, bi: 2, tri: 3 };

export function serializeCounts(counts: NgramCounts): string {
  const out: string[] = [];
  for (const key of ['uni', 'bi', 'tri', 'words', 'chars'] as const) {
    out.push(`#${key}`);
    const byCount = new Map<number, string[]>();
    for (const [k, v] of counts[key]) {
      const c = Math.round(v);
      if (c <= 0) continue;
      let list = byCount.get(c);
      if (!list) byCount.set(c, (list = []));
      list.push(k);
    }
    for (const c of [...byCount.keys()].sort((a, b) => b - a)) {
      const keys = byCount.get(c)!.sort();
      out.push(`${c}\t${keys.join(FIXED[key] ? '' : ' ')}`);
    }
  }
  return out.join('\n') + '\n';
}

export function parseCounts(data: string): NgramCounts {
  const counts = emptyCounts();
  let section: keyof NgramCounts | null = null;
  for (const line of data.split('\n')) {
    if (line.length === 0) continue;
    if (line[0] === '#') {
      const name = line.slice(1);
      if (!(name in counts)) throw new Error(`unknown n-gram section ${name}`);
      section = name as keyof NgramCounts;
      continue;
    }
    if (!section) throw new Error('n-gram data before a section header');
    const tab = line.indexOf('\t');
    const c = Number(line.slice(0, tab));
    const keys = line.slice(tab + 1);
    const map = counts[section];
    const width = FIXED[section];
    if (width) {
      for (let i = 0; i + width <= keys.length; i += width) map.set(keys.slice(i, i + width), c);
    } else {
      for (const k of keys.split(' ')) if (k) map.set(k, c);
    }
  }
  return counts;
}
