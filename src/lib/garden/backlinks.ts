// Backlinks (who links here, with the sentence around the link) and related notes
// (shared tags weighted by rarity). Both run once over the whole vault.
import {
  parseWikiLinksMasked,
  resolveWikiLink,
  resolveMarkdownHref,
  splitWikiTarget,
  type LinkIndex,
} from './links.ts';
import { lineStarts, maskMarkdownCode, positionAt } from './markdown-mask.ts';
import { normalizeTag } from './tags.ts';
import { compareKo } from './collate.ts';

export interface BacklinkNoteInput {
  slug: string;
  /** Markdown body (front matter is ignored if present). */
  body: string;
  /** Vault-relative file; when given, ordinary Markdown links `[x](other.md)` count too. */
  file?: string;
}

export interface Backlink {
  from: string;
  /** Plain-text sentence around the link, at most CONTEXT_MAX characters (… when cut). */
  context: string;
}

export const CONTEXT_MAX = 160;

// Link patterns stop at the next `[` (and a target at the next unbalanced `(`), so a line of
// `[a](` repeated is read in linear time; a target keeps one level of balanced parentheses.
const TOKEN = /(!?)\[\[([^[\]\n]+?)\]\]|(!?)\[([^\][\n]*)\]\(((?:[^()\n]|\([^()\n]*\))*)\)/g;

function plainText(s: string): string {
  return s
    .replace(/\[\^[^\]\s]+\]/g, '')
    .replace(/<[^<>\n]+>/g, '')
    .replace(/(\*\*|__|~~|==)/g, '')
    .replace(/(^|[\s(])[*_](?=\S)|(?<=\S)[*_](?=[\s).,!?:;]|$)/g, '$1')
    .replace(/`+/g, '');
}

function stripLinePrefix(line: string): string {
  // quote and callout markers (`> [!note]- `), headings, list items and their task state (`[?] `),
  // a footnote's label (`[^1]: `)
  return line.replace(
    /^\s*(?:>\s*)*(?:\[![^\]\n]*\][+-]?\s*)?(?:\[\^[^\]\s]+\]:\s*)?(?:#{1,6}\s+|[-*+]\s+(?:\[[^\]\n]\]\s+)?|\d+[.)]\s+)?/,
    '',
  );
}

/** The link's line as plain text, and where the link starts in it. */
function plainLineWithOffset(line: string, linkCol: number): { text: string; at: number } {
  let out = '';
  let at = -1;
  let last = 0;
  for (const m of line.matchAll(TOKEN)) {
    const i = m.index;
    out += plainText(line.slice(last, i));
    if (i === linkCol) at = out.length;
    if (m[2] !== undefined) {
      const p = splitWikiTarget(m[2]);
      out += m[1] ? '' : (p.label ?? (p.target || p.heading || ''));
    } else {
      out += m[3] ? '' : plainText(m[4]);
    }
    last = i + m[0].length;
  }
  out += plainText(line.slice(last));
  if (at < 0) at = Math.min(out.length, plainText(line.slice(0, linkCol)).length);
  const lead = out.length - out.trimStart().length;
  return { text: out.trim(), at: Math.max(0, at - lead) };
}

function sentenceAround(text: string, at: number): string {
  const enders = /[.!?。？！](?=\s)|[。？！]/g;
  let start = 0;
  let end = text.length;
  for (const m of text.matchAll(enders)) {
    const i = m.index + 1;
    if (i <= at) start = i;
    else {
      end = i;
      break;
    }
  }
  let s = text.slice(start, end).replace(/\s+/g, ' ').trim();
  if (s.length <= CONTEXT_MAX) return s;
  const rel = Math.max(0, at - start - (text.slice(start, end).length - text.slice(start, end).trimStart().length));
  const half = Math.floor((CONTEXT_MAX - 2) / 2);
  let from = Math.max(0, rel - half);
  const to = Math.min(s.length, from + CONTEXT_MAX - 2);
  from = Math.max(0, to - (CONTEXT_MAX - 2));
  s = (from > 0 ? '…' : '') + s.slice(from, to).trim() + (to < s.length ? '…' : '');
  return s;
}

function contextAt(body: string, starts: number[], lineNo: number, index: number): string {
  const lineStart = starts[lineNo - 1];
  const lineEnd = lineNo < starts.length ? starts[lineNo] - 1 : body.length;
  // a trailing block id (`… ^block-id`) is not part of the sentence
  const rawLine = body
    .slice(lineStart, lineEnd)
    .replace(/\r$/, '')
    .replace(/(?:^|\s)\^[A-Za-z0-9-]+\s*$/, '');
  const prefix = stripLinePrefix(rawLine);
  const cut = rawLine.length - prefix.length;
  const { text, at } = plainLineWithOffset(prefix, Math.max(0, index - lineStart - cut));
  return sentenceAround(text, at);
}

const MD_LINK = /(?<!!)\[([^\][\n]*)\]\(([^()\s]*(?:\s+"[^"\n]*")?)\)/g;

/** Notes linking to each note (one entry per linking note, first link's context), sorted by source slug. */
export function buildBacklinks(notes: BacklinkNoteInput[], index: LinkIndex): Map<string, Backlink[]> {
  const result = new Map<string, Backlink[]>();
  for (const note of notes) {
    const body = String(note.body ?? '');
    const starts = lineStarts(body);
    const masked = maskMarkdownCode(body);
    const hits: Array<{ slug: string; index: number; line: number }> = [];
    for (const link of parseWikiLinksMasked(body, masked)) {
      const r = resolveWikiLink(index, link.raw.replace(/^!?\[\[|\]\]$/g, ''), note.slug);
      if (r) hits.push({ slug: r.slug, index: link.index, line: link.line });
    }
    if (note.file) {
      for (const m of masked.matchAll(MD_LINK)) {
        const href = m[2].replace(/\s+"[^"]*"$/, '');
        const r = resolveMarkdownHref(index, href, note.file);
        if (r) hits.push({ slug: r.slug, index: m.index, line: positionAt(starts, m.index).line });
      }
    }
    hits.sort((a, b) => a.index - b.index);
    const done = new Set<string>();
    for (const h of hits) {
      if (h.slug === note.slug || done.has(h.slug)) continue;
      done.add(h.slug);
      const entry = { from: note.slug, context: contextAt(body, starts, h.line, h.index) };
      const list = result.get(h.slug);
      if (list) list.push(entry);
      else result.set(h.slug, [entry]);
    }
  }
  for (const list of result.values()) list.sort((a, b) => compareKo(a.from, b.from));
  return result;
}

export interface RelatedNote {
  slug: string;
  score: number;
  /** Shared tag keys, most telling (rarest) first; a parent is listed only when no shared child implies it. */
  shared: string[];
}

export interface RelatedOptions {
  /** Related notes kept per note (default 5). */
  limit?: number;
  /** Weight of a shared parent level (`service` for `service/glue`), default 0.5. */
  parentWeight?: number;
  /** Tags on more notes than this are ignored (default max(100, 5% of notes)). */
  maxDocFreq?: number;
}

/**
 * Related notes by shared tags, each tag weighted by its inverse document frequency
 * ln((N+1)/(df+1)), so a tag every note has counts nothing and a rare one counts most.
 * Parent levels count with parentWeight. One inverted-index pass: O(Σ df²) over tags
 * below the maxDocFreq cap.
 */
export function relatedNotes(
  notes: Array<{ slug: string; tags: string[] }>,
  options: RelatedOptions = {},
): Map<string, RelatedNote[]> {
  const limit = options.limit ?? 5;
  const parentWeight = options.parentWeight ?? 0.5;
  const n = notes.length;
  const cap = options.maxDocFreq ?? Math.max(100, Math.ceil(n * 0.05));

  // weights per note: key → 1 (direct) or parentWeight (ancestor only)
  const noteTags: Array<Map<string, number>> = notes.map((note) => {
    const w = new Map<string, number>();
    for (const raw of note.tags ?? []) {
      const { key } = normalizeTag(raw);
      if (!key) continue;
      w.set(key, 1);
      const segs = key.split('/');
      for (let d = 1; d < segs.length; d++) {
        const p = segs.slice(0, d).join('/');
        if (!w.has(p)) w.set(p, parentWeight);
      }
    }
    return w;
  });
  // a tag set directly later may have been set as a parent earlier: direct wins
  notes.forEach((note, i) => {
    for (const raw of note.tags ?? []) {
      const { key } = normalizeTag(raw);
      if (key) noteTags[i].set(key, 1);
    }
  });

  // inverted index: tag → notes having it, with their weight for it
  const postings = new Map<string, number[]>();
  const postingWeights = new Map<string, number[]>();
  noteTags.forEach((w, i) => {
    for (const [k, wk] of w) {
      const p = postings.get(k);
      if (p) {
        p.push(i);
        postingWeights.get(k)!.push(wk);
      } else {
        postings.set(k, [i]);
        postingWeights.set(k, [wk]);
      }
    }
  });
  const idf = new Map<string, number>();
  for (const [k, p] of postings) idf.set(k, Math.log((n + 1) / (p.length + 1)));

  // Collation rank of every slug, computed once: ties are broken by it without the collator.
  const order = notes.map((_, i) => i).sort((a, b) => compareKo(notes[a].slug, notes[b].slug));
  const rank = new Int32Array(n);
  order.forEach((i, r) => (rank[i] = r));
  const counts = (k: string) => postings.get(k)!.length <= cap && idf.get(k)! > 0;

  const result = new Map<string, RelatedNote[]>();
  const acc = new Float64Array(n);
  const touched: number[] = [];
  for (let i = 0; i < n; i++) {
    touched.length = 0;
    for (const [k, wi] of noteTags[i]) {
      const p = postings.get(k)!;
      const f = idf.get(k)!;
      if (p.length > cap || f <= 0) continue;
      const pw = postingWeights.get(k)!;
      const wf = wi * f;
      for (let x = 0; x < p.length; x++) {
        const j = p[x];
        if (j === i) continue;
        if (acc[j] === 0) touched.push(j);
        acc[j] += wf * pw[x];
      }
    }
    const cands = touched.filter((j) => acc[j] > 0).map((j) => ({ j, score: acc[j] }));
    for (const j of touched) acc[j] = 0;
    cands.sort((a, b) => b.score - a.score || rank[a.j] - rank[b.j]);
    const top = cands.slice(0, limit).map(({ j, score }) => {
      const mine = noteTags[i];
      const theirs = noteTags[j];
      const common = [...mine.keys()].filter((k) => theirs.has(k) && counts(k));
      const direct = common.filter((k) => mine.get(k) === 1 && theirs.get(k) === 1);
      const parents = common.filter((k) => !direct.includes(k) && !direct.some((d) => d.startsWith(k + '/')));
      const shared = [...direct, ...parents].sort((a, b) => idf.get(b)! - idf.get(a)! || compareKo(a, b));
      return { slug: notes[j].slug, score: Math.round(score * 1e6) / 1e6, shared };
    });
    result.set(notes[i].slug, top);
  }
  return result;
}
