// Hierarchical tags: normalization, Obsidian-style inline `#tags`, and the tag tree.
//
// A tag's key is lowercase NFC without a leading `#`, whitespace turned into `-`,
// segments trimmed and empty segments dropped (`#Service / Glue` → `service/glue`).
// Tags with the same key are the same tag; the displayed spelling of every tree
// level is the spelling used by the most notes (ties: garden collation order).
import { compareKo } from './collate.ts';
import { maskMarkdownCode, lineStarts, positionAt } from './markdown-mask.ts';
import { tagSlug } from './slug.ts';

export interface NormalizedTag {
  /** Matching key: lowercase NFC, no leading `#`, spaces → `-`; '' when the tag is unusable. */
  key: string;
  /** Display form: NFC, no leading `#`, spaces → `-`, case kept. */
  display: string;
  /** True when the key differs from the raw input. */
  changed: boolean;
  /** Why it changed (comma-separated), for `garden check`. */
  reason?: string;
}

export function normalizeTag(raw: string): NormalizedTag {
  const input = String(raw ?? '');
  const reasons: string[] = [];
  let s = input.trim();
  if (s !== input) reasons.push('surrounding whitespace');
  if (s.startsWith('#')) {
    s = s.replace(/^#+/, '');
    reasons.push('leading #');
  }
  const nfc = s.normalize('NFC');
  if (nfc !== s) reasons.push('not NFC');
  const segments = nfc
    .split('/')
    .map((seg) => seg.trim().replace(/\s+/g, '-'))
    .filter((seg) => seg.length > 0);
  const display = segments.join('/');
  if (display !== nfc) reasons.push(/\s/.test(nfc) ? 'spaces' : 'empty segment');
  let key = display.toLowerCase();
  if (key !== display) reasons.push('uppercase');
  if (key === '') reasons.push('empty');
  else if (/^[\p{N}/_-]+$/u.test(key)) {
    reasons.push('no letter');
    key = '';
  }
  const changed = key !== input;
  return reasons.length > 0 || changed
    ? { key, display: key === '' ? '' : display, changed, reason: reasons.join(', ') || undefined }
    : { key, display, changed };
}

export interface InlineTag {
  /** The tag as written, without `#`. */
  raw: string;
  key: string;
  /** 0-based UTF-16 index of the `#` in the markdown; 1-based line and column. */
  index: number;
  line: number;
  column: number;
}

// A tag: `#`, then letters, marks, digits, `_`, `-`, `/`; it counts only at the start of a line or
// after white space in the note as written (so `)#1-epochs` after a link is no tag).
const TAG_BODY = /#([\p{L}\p{M}\p{N}_\-/]+)/gu;

/** Spans [from, to) to hide. */
type Spans = Array<[number, number]>;

const HTML_TAG_RE = /<(?:[a-zA-Z][a-zA-Z0-9-]*(?:\s[^<>]*)?|\/[a-zA-Z][a-zA-Z0-9-]*\s*|![^<>]*)>/g;
const AUTOLINK_RE = /<[a-zA-Z][a-zA-Z0-9+.-]*:[^\s<>]*>/g;

/** HTML tags (attributes may span lines) and `<scheme:…>` autolinks. */
function hideHtml(text: string, spans: Spans): void {
  for (const re of [HTML_TAG_RE, AUTOLINK_RE])
    for (const m of text.matchAll(re)) spans.push([m.index, m.index + m[0].length]);
}

/** `[[target#heading|label]]` on one line. */
function hideWikiLinks(text: string, spans: Spans): void {
  let from = 0;
  for (;;) {
    const open = text.indexOf('[[', from);
    if (open < 0) return;
    const close = text.indexOf(']]', open + 2);
    if (close < 0) return; // no later `[[` closes either
    const nl = text.indexOf('\n', open);
    if (nl >= 0 && nl < close) {
      from = nl + 1; // every `[[` before this line break meets it first
      continue;
    }
    spans.push([open, close + 2]);
    from = close + 2;
  }
}

/** Link destinations `](url#fragment)`, with balanced parentheses inside, on one line. */
function hideLinkTargets(text: string, spans: Spans): void {
  let from = 0;
  for (;;) {
    const open = text.indexOf('](', from);
    if (open < 0) return;
    let depth = 0;
    let i = open + 1;
    for (; i < text.length && text[i] !== '\n'; i++) {
      if (text[i] === '(') depth++;
      else if (text[i] === ')' && --depth === 0) break;
    }
    if (i < text.length && text[i] === ')') {
      spans.push([open + 1, i + 1]);
      from = i + 1;
    } else from = i; // a `](` on the rest of this line meets the same line end
  }
}

const isSchemeChar = (c: string) => /[a-zA-Z0-9+.-]/.test(c);
const isWordChar = (c: string | undefined) => c !== undefined && /\w/.test(c);

/** Bare URLs `scheme://…` up to white space, `<`, `>`, `)` or `]`. */
function hideBareUrls(text: string, spans: Spans): void {
  let from = 0;
  let done = 0; // text before this index is already read
  for (;;) {
    const sep = text.indexOf('://', from);
    if (sep < 0) return;
    let r = sep;
    while (r > done && isSchemeChar(text[r - 1])) r--;
    let start = -1;
    for (let s = r; s < sep; s++) {
      if (/[a-zA-Z]/.test(text[s]) && !isWordChar(text[s - 1])) {
        start = s;
        break;
      }
    }
    let end = sep + 3;
    while (end < text.length && !/[\s<>)\]]/.test(text[end])) end++;
    if (start >= 0 && end > sep + 3) {
      spans.push([start, end]);
      from = done = end;
    } else {
      from = sep + 1;
      done = sep;
    }
  }
}

/** For each UTF-16 index of the text, 1 when it is not prose for tags. */
function hiddenIndexes(text: string): Uint8Array {
  const spans: Spans = [];
  hideHtml(text, spans);
  hideWikiLinks(text, spans);
  hideLinkTargets(text, spans);
  hideBareUrls(text, spans);
  // each hider's spans are disjoint, so every index is marked at most four times
  const hidden = new Uint8Array(text.length);
  for (const [from, to] of spans) hidden.fill(1, from, to);
  return hidden;
}

/**
 * Every inline `#tag` of a Markdown text with its position, where Obsidian sees one: in prose,
 * not in code, comments, front matter, HTML, link targets, wiki-links or URLs.
 */
export function findInlineTags(markdown: string): InlineTag[] {
  const src = String(markdown ?? '');
  const text = maskMarkdownCode(src);
  const hidden = hiddenIndexes(text);
  const starts = lineStarts(src);
  const out: InlineTag[] = [];
  for (const m of text.matchAll(TAG_BODY)) {
    const index = m.index;
    if (hidden[index] || (index > 0 && !/\s/.test(src[index - 1]))) continue;
    let body = m[1];
    for (let k = 0; k < body.length; k++) {
      if (hidden[index + 1 + k]) {
        body = body.slice(0, k); // `#foo/http://…`: the URL is not part of the tag
        break;
      }
    }
    const raw = body.replace(/\/+$/, '').replace(/^\/+/, '');
    if (!/\p{L}/u.test(raw)) continue; // `#1`, `#2024`, `#-` are not tags
    const { key } = normalizeTag(raw);
    if (!key) continue;
    out.push({ raw, key, index, ...positionAt(starts, index) });
  }
  return out;
}

/** Distinct inline tags of a Markdown text (first spelling of each key, in order of appearance). */
export function extractInlineTags(markdown: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const t of findInlineTags(markdown)) {
    if (seen.has(t.key)) continue;
    seen.add(t.key);
    out.push(t.raw.normalize('NFC'));
  }
  return out;
}

export interface TagNoteInput {
  slug: string;
  tags: string[];
  modified?: Date;
}

export interface TagNode {
  /** Full key, e.g. `service/glue`. */
  key: string;
  /** Key segments, e.g. ['service', 'glue']. */
  segments: string[];
  /** Full display path, each segment in its most common spelling, e.g. `Service/Glue`. */
  display: string;
  /** Display of the last segment, e.g. `Glue`. */
  name: string;
  /** URL path below /tags/ (tagSlug of the key). */
  slug: string;
  depth: number;
  /** Distinct notes tagged with this tag or any tag below it. */
  count: number;
  /** Slugs of notes tagged exactly with this tag, newest modified first. */
  notes: string[];
  /** Slugs of notes at or below this tag, newest modified first. */
  allNotes: string[];
  children: TagNode[];
}

export interface TagTree {
  roots: TagNode[];
  /** Every node by key (parents included). */
  byKey: Map<string, TagNode>;
}

interface Acc {
  key: string;
  segments: string[];
  spellings: Map<string, number>;
  direct: Set<string>;
  all: Set<string>;
  children: Set<string>;
}

function mostCommon(spellings: Map<string, number>, fallback: string): string {
  let best = '';
  let bestCount = -1;
  for (const [s, c] of spellings) {
    if (c > bestCount || (c === bestCount && compareKo(s, best) < 0)) {
      best = s;
      bestCount = c;
    }
  }
  return best || fallback;
}

/** The tag tree of a set of notes: every level is a node, children in garden collation order. */
export function buildTagTree(notes: TagNoteInput[]): TagTree {
  const acc = new Map<string, Acc>();
  const modified = new Map<string, number>();
  const rootKeys = new Set<string>();

  for (const note of notes) {
    const t = note.modified instanceof Date ? note.modified.getTime() : Number.NaN;
    modified.set(note.slug, Number.isNaN(t) ? Number.NEGATIVE_INFINITY : t);
    // One vote per note and spelling at every level.
    const votes = new Map<string, Set<string>>();
    const direct = new Set<string>();
    for (const rawTag of note.tags ?? []) {
      const { key, display } = normalizeTag(rawTag);
      if (!key) continue;
      direct.add(key);
      const keySegs = key.split('/');
      const dispSegs = display.split('/');
      for (let d = 1; d <= keySegs.length; d++) {
        const k = keySegs.slice(0, d).join('/');
        let v = votes.get(k);
        if (!v) votes.set(k, (v = new Set()));
        v.add(dispSegs[d - 1]);
        let a = acc.get(k);
        if (!a) {
          a = {
            key: k,
            segments: keySegs.slice(0, d),
            spellings: new Map(),
            direct: new Set(),
            all: new Set(),
            children: new Set(),
          };
          acc.set(k, a);
        }
        a.all.add(note.slug);
        if (d === 1) rootKeys.add(k);
        else acc.get(keySegs.slice(0, d - 1).join('/'))!.children.add(k);
      }
    }
    for (const k of direct) acc.get(k)!.direct.add(note.slug);
    for (const [k, spellings] of votes) {
      const a = acc.get(k)!;
      for (const s of spellings) a.spellings.set(s, (a.spellings.get(s) ?? 0) + 1);
    }
  }

  // Collation rank of every slug, computed once, for tie-breaks without the collator.
  const rank = new Map([...modified.keys()].sort(compareKo).map((s, i) => [s, i]));
  const byNewest = (a: string, b: string) => {
    const d = (modified.get(b) ?? -Infinity) - (modified.get(a) ?? -Infinity);
    if (d > 0) return 1;
    if (d < 0) return -1;
    return (rank.get(a) ?? 0) - (rank.get(b) ?? 0);
  };

  const byKey = new Map<string, TagNode>();
  const build = (k: string, parentDisplay: string): TagNode => {
    const a = acc.get(k)!;
    const name = mostCommon(a.spellings, a.segments[a.segments.length - 1]);
    const display = parentDisplay ? `${parentDisplay}/${name}` : name;
    const children = [...a.children]
      .map((c) => build(c, display))
      .sort((x, y) => compareKo(x.name, y.name) || compareKo(x.key, y.key));
    const node: TagNode = {
      key: k,
      segments: a.segments,
      display,
      name,
      slug: tagSlug(k),
      depth: a.segments.length,
      count: a.all.size,
      notes: [...a.direct].sort(byNewest),
      allNotes: [...a.all].sort(byNewest),
      children,
    };
    byKey.set(k, node);
    return node;
  };
  const roots = [...rootKeys]
    .map((k) => build(k, ''))
    .sort((x, y) => compareKo(x.name, y.name) || compareKo(x.key, y.key));
  return { roots, byKey };
}

/** Every node of the tree (parents and leaves), depth-first in display order: one page each. */
export function allTagPaths(tree: TagTree | TagNode[]): TagNode[] {
  const out: TagNode[] = [];
  const walk = (nodes: TagNode[]) => {
    for (const n of nodes) {
      out.push(n);
      walk(n.children);
    }
  };
  walk(Array.isArray(tree) ? tree : tree.roots);
  return out;
}
