// Excalidraw drawings (the Obsidian Excalidraw plugin) are notes whose body is the drawing's data:
// a warning banner, the text elements and compressed JSON. Published as text they are noise, so the
// garden publishes the drawing's exported image instead (the plugin's auto-export writes
// `Name.excalidraw.svg` or `.png` next to `Name.excalidraw.md`) and skips the note when there is none.

/** A note is a drawing when its front matter has `excalidraw-plugin` or its name ends in `.excalidraw.md`. */
export function isExcalidrawNote(file: string, frontmatter: Record<string, unknown>): boolean {
  return Object.hasOwn(frontmatter, 'excalidraw-plugin') || /\.excalidraw\.(md|markdown)$/i.test(file);
}

/** The drawing's name as shown: the file name without folder, `.md` and `.excalidraw`. */
export function drawingName(file: string): string {
  return (file.split('/').pop() ?? file).replace(/\.(md|markdown)$/i, '').replace(/\.excalidraw$/i, '');
}

/**
 * The exported image of a drawing note among the vault's attachments, SVG before PNG:
 * `Name.excalidraw.svg`, `Name.excalidraw.png`, then `Name.svg`, `Name.png` (exports named without
 * `.excalidraw`), each next to the note. Null when the vault has none.
 */
export function exportedDrawing(file: string, attachments: ReadonlySet<string>): string | null {
  const slash = file.lastIndexOf('/');
  const dir = slash >= 0 ? file.slice(0, slash + 1) : '';
  const name = drawingName(file);
  for (const stem of [`${name}.excalidraw`, name]) {
    for (const ext of ['svg', 'png']) {
      const candidate = `${dir}${stem}.${ext}`;
      if (attachments.has(candidate)) return candidate;
    }
  }
  return null;
}

/** The Markdown published for a drawing with an exported image: its name as heading, then the image. */
export function drawingBody(file: string, image: string): string {
  const name = drawingName(file);
  return `# ${name}\n\n![[${image}|${name.replace(/[|\]]/g, ' ')}]]\n`;
}
