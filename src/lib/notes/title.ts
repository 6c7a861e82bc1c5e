import { matchTitleHeading } from '../garden/line-scan.ts';

/** The human title of a note: its first `#` heading, else the front matter title, else its first line. */
const FENCE_RE = /^\s{0,3}(`{3,}|~{3,})/;

export interface TitleSource {
  kind: 'heading' | 'frontmatter' | 'first-line' | 'file-name';
  line?: number;
}

/** Text of a Markdown line without inline emphasis/link syntax, for titles and excerpts. */
export function plainInline(s: string): string {
  return s
    // bracket patterns stop at the next opening bracket: linear on a line of `[`
    .replace(/!\[\[([^\]|[]+)(?:\|[^\][]*)?\]\]/g, '$1')
    .replace(/\[\[([^\]|#[]+)(?:#[^\]|[]*)?\|([^\][]+)\]\]/g, '$2')
    .replace(/\[\[([^\]|[]+)\]\]/g, '$1')
    .replace(/!?\[([^\][]*)\]\((?:[^()]|\([^()]*\))*\)/g, '$1')
    .replace(/(\*\*|__|\*|_|~~|`)(.+?)\1/g, '$2')
    .replace(/<[^<>]+>/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export function findFirstHeading(body: string): { text: string; line: number } | null {
  const lines = body.split('\n');
  let fence: string | null = null;
  for (let i = 0; i < lines.length; i++) {
    const m = FENCE_RE.exec(lines[i]);
    if (m) {
      if (fence === null) fence = m[1][0];
      else if (m[1][0] === fence) fence = null;
      continue;
    }
    if (fence) continue;
    const h = matchTitleHeading(lines[i]);
    if (h !== null) return { text: plainInline(h), line: i + 1 };
  }
  return null;
}

export function firstTextLine(body: string): { text: string; line: number } | null {
  const lines = body.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const t = plainInline(lines[i].replace(/^\s*(#{1,6}\s+|[-*+>]\s+|\d+[.)]\s+)/, ''));
    if (t) return { text: t.length > 120 ? `${t.slice(0, 117)}…` : t, line: i + 1 };
  }
  return null;
}

export function noteTitle(input: { body: string; frontmatterTitle?: string; fileName: string }): { title: string; source: TitleSource } {
  const h = findFirstHeading(input.body);
  if (h) return { title: h.text, source: { kind: 'heading', line: h.line } };
  if (input.frontmatterTitle?.trim()) return { title: input.frontmatterTitle.trim(), source: { kind: 'frontmatter' } };
  const first = firstTextLine(input.body);
  if (first) return { title: first.text, source: { kind: 'first-line', line: first.line } };
  const base = input.fileName.split('/').pop() ?? input.fileName;
  return { title: base.replace(/\.(md|markdown)$/i, ''), source: { kind: 'file-name' } };
}
