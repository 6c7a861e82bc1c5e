// Link previews: a short plain-text excerpt of every note, published as a few static
// JSON chunks (`/graph/previews/<k>.json`). A note's chunk is a hash of its slug, so
// the browser fetches one small file per hovered link, whatever the garden's size:
// ~PER_CHUNK notes per chunk, ~60 KB for 200 excerpts of 200 characters.
import { maskMarkdownCode } from './markdown-mask.ts';
import { fnv1a } from '../hash.ts';

export const PER_CHUNK = 200;
export const EXCERPT_MAX = 200;
/** How much of a note, and of one line, an excerpt is looked for in. */
const EXCERPT_SOURCE_MAX = 16_384;
const EXCERPT_LINE_MAX = 2_000;

/** Number of preview chunks for a garden of n notes (at least 1). */
export function previewChunkCount(n: number): number {
  return Math.max(1, Math.ceil(n / PER_CHUNK));
}

/** FNV-1a over the slug's UTF-16 code units, modulo the chunk count (same in Node and browsers). */
export function previewChunkOf(slug: string, chunks: number): number {
  const h = fnv1a(String(slug).normalize('NFC'));
  return chunks > 0 ? h % chunks : 0;
}

/** A line that held a link, an autolink or an embed, which the excerpt leaves out. */
const DROPPED_LINK = /<[a-z][a-z0-9+.-]*:|\]\(|!\[\[/i;

/**
 * The first lines of a note as plain text: no headings, code, tables, HTML, link syntax, callout
 * markers (`[!note]`), task states, block ids (`^id`), footnotes (`[^1]`, `[^1]: …`) or labels
 * left without their link (`원문:`); cut at a word with `…`.
 */
export function excerptOf(markdown: string, max = EXCERPT_MAX): string {
  // The excerpt comes from the first lines: only the head of the note is read, and each line is cut,
  // so a 5 MB note or a 1 MB line costs no more than a short one.
  const masked = maskMarkdownCode(String(markdown ?? '').slice(0, EXCERPT_SOURCE_MAX));
  const parts: string[] = [];
  let len = 0;
  for (const raw of masked.split('\n')) {
    const line = raw.slice(0, EXCERPT_LINE_MAX).trim();
    if (
      !line ||
      /^#{1,6}\s/.test(line) ||
      /^\|/.test(line) ||
      /^\[\^[^\]\s]+\]:/.test(line) ||
      /^([-*_=]\s*){3,}$/.test(line) ||
      /^<\/?[a-zA-Z]/.test(line)
    )
      continue;
    const text = line
      .replace(/^(?:>\s*)+/, '')
      .replace(/^\[![^\]\n]*\][+-]?\s*/, '')
      .replace(/^(?:[-*+]|\d+[.)])\s+(?:\[[^\]\n]\]\s+)?/, '')
      .replace(/(?:^|\s)\^[A-Za-z0-9-]+\s*$/, '')
      // bracket and tag patterns stop at the next opening bracket: linear on a line of `[` or `<`
      .replace(/!\[\[[^\][]*\]\]/g, '')
      .replace(/\[\[([^\]|[]*)\|([^\][]+)\]\]/g, '$2')
      .replace(/\[\[([^\]|#[]*)(?:#([^\]|[]*))?\]\]/g, (_m, t: string, h?: string) => t || h || '')
      .replace(/!\[[^\][]*\]\((?:[^()]|\([^()]*\))*\)/g, '')
      .replace(/\[([^\][]*)\]\((?:[^()]|\([^()]*\))*\)/g, '$1')
      .replace(/\[\^[^\]\s]+\]/g, '')
      .replace(/<[^<>\n]+>/g, '')
      .replace(/(\*\*|__|~~|==)(.+?)\1/g, '$2')
      .replace(/\s+/g, ' ')
      .trim();
    // a label whose link was dropped (`원문: <https://…>`) says nothing on its own; a sentence that
    // introduces what follows (`세 가지를 다룬다:`) is kept
    if (!text || (/[:：]$/.test(text) && DROPPED_LINK.test(line))) continue;
    parts.push(text);
    len += text.length + 1;
    if (len > max) break;
  }
  const all = parts.join(' ');
  if (all.length <= max) return all;
  const cut = all.slice(0, max);
  const sp = cut.lastIndexOf(' ');
  return `${(sp > max * 0.6 ? cut.slice(0, sp) : cut).trimEnd()}…`;
}
