// Which vault files are notes: one rule for the vault reader, the link resolver, the attachment
// publisher and the CLI. `.md` and `.markdown` are Markdown notes; `.mdx` notes are Markdown
// with JSX components (src/lib/mdx), read, checked and published like every other note.

/** A note file's extension, case-insensitive (`Note.MD` is a note, as in Obsidian). */
export const NOTE_FILE = /\.(md|mdx|markdown)$/i;

/** Whether a vault path (or file name) is a note, not an attachment. */
export function isNoteFile(path: string): boolean {
  return NOTE_FILE.test(path);
}

/** Whether a note is written in MDX (parsed with JSX components, src/lib/mdx). */
export function isMdxNote(path: string): boolean {
  return /\.mdx$/i.test(path);
}

/** The file name or path without its note extension (`aws/glue 노트.mdx` → `aws/glue 노트`). */
export function withoutNoteExtension(path: string): string {
  return path.replace(NOTE_FILE, '');
}
