// The title of a note, as an Obsidian user expects it:
//   1. a human front matter `title` (not slug-like: it has a space, Hangul or a capital
//      letter, and is not a `kebab-case-id`);
//   2. else the note's leading `#` heading, when it is the first thing in the body
//      (blank lines and comments aside);
//   3. else the file name without its extension, unless that is a machine id
//      (`001_89b60256bcfde2a5`, a UUID, a long hex run, a timestamp of 12+ digits);
//   4. for a machine id: the first heading of any level, else the first line with
//      visible text (an embed, an image, `$$` or a fence line is not a title).
// A title is plain text: Markdown, wiki-link, inline code and math syntax are reduced
// to the text a reader sees.
import { NOTE_FILE } from './note-file.ts';
import { matchAtx, matchTitleHeading, stripSingleEmphasis } from '../garden/line-scan.ts';

const FENCE_RE = /^\s{0,3}(`{3,}|~{3,})/;

export interface TitleSource {
  kind: 'heading' | 'frontmatter' | 'first-line' | 'file-name';
  line?: number;
}

/** Text of a Markdown line without inline emphasis/link/code/math syntax, for titles and excerpts. */
export function plainInline(s: string): string {
  // a title is one short line: the bound keeps the lazy patterns below cheap on any input, and
  // single emphasis is read by a scanner (line-scan.ts)
  const linked = String(s ?? '')
    .slice(0, 1000)
    .replace(/!\[\[[^\]]*\]\]/g, '')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[\[([^\]|#]*)#?([^\]|]*)\|([^\]]+)\]\]/g, '$3')
    .replace(/\[\[([^\]|#]*)#([^\]|]+)\]\]/g, (_m, note: string, h: string) =>
      note.trim() ? `${note.trim()} › ${h.replace(/^\^/, '').trim()}` : h.trim(),
    )
    .replace(/\[\[([^\]|]+)\]\]/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/%%[^%]*(?:%(?!%)[^%]*)*%%/g, '')
    .replace(/<!--.*?-->/g, '')
    .replace(/(\*\*|__|~~|==)(.+?)\1/g, '$2');
  return stripSingleEmphasis(linked)
    .replace(/`+([^`]*?)`+/g, '$1')
    .replace(/\$\$/g, '')
    .replace(/\$([^$\s](?:[^$]*[^$\s])?)\$/g, '$1')
    .replace(/<[^<>]+>/g, '')
    .replace(/\\([!-/:-@[-`{-~])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/** True when a front matter title reads as a person's title, not as an id or slug. */
export function isHumanTitle(title: string): boolean {
  const s = String(title ?? '').trim();
  if (s === '' || /^[a-z0-9]+(?:[-_.][a-z0-9]+)*$/.test(s)) return false;
  return /\s/.test(s) || /\p{Script=Hangul}/u.test(s) || /\p{Lu}/u.test(s) || /\P{ASCII}/u.test(s);
}

/** True when a file name is a generated id, not a name someone chose. */
export function isMachineName(name: string): boolean {
  const s = String(name ?? '')
    .trim()
    .toLowerCase();
  if (s === '') return true;
  if (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(s)) return true;
  // a timestamp or counter of 12+ digits, separators aside (`20231011173130`, `2023-10-11 173130`)
  if (/^[0-9 _.:-]+$/.test(s) && s.replace(/[^0-9]/g, '').length >= 12) return true;
  // a run of 8+ hex characters mixing digits and letters (`001_89b60256bcfde2a5`)
  for (const run of s.match(/[0-9a-f]{8,}/g) ?? []) if (/[0-9]/.test(run) && /[a-f]/.test(run)) return true;
  return false;
}

function isCommentLine(line: string, state: { open: '' | '%%' | '<!--' }): boolean {
  const t = line.trim();
  if (state.open) {
    const end = state.open === '%%' ? '%%' : '-->';
    if (t.includes(end)) state.open = '';
    return true;
  }
  if (t.startsWith('%%')) {
    if (t.length === 2 || t.indexOf('%%', 2) < 0) state.open = '%%';
    return true;
  }
  if (t.startsWith('<!--')) {
    if (t.indexOf('-->', 4) < 0) state.open = '<!--';
    return true;
  }
  return false;
}

/** The body's `# heading` when it is the first thing in it (blank lines and comments aside). */
export function leadingTitleHeading(body: string): { text: string; line: number } | null {
  const lines = String(body ?? '').split('\n');
  const state = { open: '' as '' | '%%' | '<!--' };
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].trim() === '' || isCommentLine(lines[i], state)) continue;
    const h = matchTitleHeading(lines[i].replace(/\r$/, ''));
    if (h === null) return null;
    const text = plainInline(h);
    return text ? { text, line: i + 1 } : null;
  }
  return null;
}

/** The first ATX heading of any level outside code, as plain text. */
export function findFirstHeading(body: string): { text: string; line: number } | null {
  const lines = String(body ?? '').split('\n');
  let fence: string | null = null;
  for (let i = 0; i < lines.length; i++) {
    const m = FENCE_RE.exec(lines[i]);
    if (m) {
      if (fence === null) fence = m[1][0];
      else if (m[1][0] === fence) fence = null;
      continue;
    }
    if (fence) continue;
    const h = matchAtx(lines[i], true);
    if (h?.text) {
      const text = plainInline(h.text);
      if (text) return { text, line: i + 1 };
    }
  }
  return null;
}

/** The first line with visible text (not a fence, a rule, a comment, an embed or `$$`). */
export function firstTextLine(body: string): { text: string; line: number } | null {
  const lines = String(body ?? '').split('\n');
  const state = { open: '' as '' | '%%' | '<!--' };
  let fence: string | null = null;
  let math = false;
  for (let i = 0; i < lines.length; i++) {
    const m = FENCE_RE.exec(lines[i]);
    if (m) {
      if (fence === null) fence = m[1][0];
      else if (m[1][0] === fence) fence = null;
      continue;
    }
    if (fence || isCommentLine(lines[i], state)) continue;
    // a `$$` math block is not text
    const t0 = lines[i].trim();
    if (math || t0.startsWith('$$')) {
      const closes = t0.startsWith('$$') ? t0.length > 2 && t0.endsWith('$$') : t0.endsWith('$$');
      if (math ? closes || t0 === '$$' : !closes) math = !math;
      continue;
    }
    if (/^\s*([-*_])(\s*\1){2,}\s*$/.test(lines[i]) || /^\s*\|?[\s:|-]*-[\s:|-]*$/.test(lines[i])) continue;
    const t = plainInline(
      lines[i].replace(/^\s*(#{1,6}\s+|(?:>\s*)+(?:\[![^\]]*\][+-]?\s*)?|[-*+]\s+(?:\[.\]\s+)?|\d+[.)]\s+)/, ''),
    );
    if (/[\p{L}\p{N}]/u.test(t)) return { text: t.length > 120 ? `${t.slice(0, 117)}…` : t, line: i + 1 };
  }
  return null;
}

export function noteTitle(input: { body: string; frontmatterTitle?: string; fileName: string }): {
  title: string;
  source: TitleSource;
} {
  const fm = typeof input.frontmatterTitle === 'string' ? input.frontmatterTitle.trim() : '';
  if (fm && isHumanTitle(fm)) return { title: plainInline(fm) || fm, source: { kind: 'frontmatter' } };
  const lead = leadingTitleHeading(input.body);
  if (lead) return { title: lead.text, source: { kind: 'heading', line: lead.line } };
  const base = (input.fileName.split('/').pop() ?? input.fileName).replace(NOTE_FILE, '');
  if (!isMachineName(base)) return { title: base, source: { kind: 'file-name' } };
  const h = findFirstHeading(input.body);
  if (h) return { title: h.text, source: { kind: 'heading', line: h.line } };
  const first = firstTextLine(input.body);
  if (first) return { title: first.text, source: { kind: 'first-line', line: first.line } };
  if (fm) return { title: fm, source: { kind: 'frontmatter' } };
  return { title: base, source: { kind: 'file-name' } };
}
