// Links `garden check` must list: wiki-links and embeds that resolve to no note
// (or no attachment), and links to a heading the target note does not have.
import { classifyTarget, parseWikiLinks, resolveWikiLink, type LinkIndex } from './links.ts';

export interface UnresolvedLink {
  /** Slug of the note containing the link. */
  from: string;
  raw: string;
  target: string;
  heading?: string;
  line: number;
  column: number;
  /** 'note': no such note; 'heading': the note exists, the heading does not; 'attachment': embedded file not found. */
  reason: 'note' | 'heading' | 'attachment';
}

export function findUnresolvedLinks(notes: Array<{ slug: string; body: string }>, index: LinkIndex): UnresolvedLink[] {
  const out: UnresolvedLink[] = [];
  for (const note of notes) {
    for (const link of parseWikiLinks(note.body)) {
      const base = {
        from: note.slug,
        raw: link.raw,
        target: link.target,
        line: link.line,
        column: link.column,
        ...(link.heading !== undefined ? { heading: link.heading } : {}),
      };
      // the renderer's own rule (classifyTarget): `[[torch.Tensor]]` is a note, `[[a.png]]` a file
      const kind = classifyTarget(index, link.target, index.notes.get(note.slug)?.file);
      if (kind.file) {
        if (kind.att === null) out.push({ ...base, reason: 'attachment' });
        continue;
      }
      const inner = link.target + (link.heading !== undefined ? `#${link.heading}` : '');
      const r = resolveWikiLink(index, inner, note.slug);
      if (r === null) out.push({ ...base, reason: 'note' });
      else if (r.missingHeading !== undefined) out.push({ ...base, reason: 'heading' });
    }
  }
  return out;
}
