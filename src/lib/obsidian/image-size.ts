// Obsidian's image size in a Markdown image: `![Engelbart|100x145](url)` is 100 × 145 pixels,
// `![Engelbart|100](url)` 100 pixels wide with the image's own proportions; the alt text is the
// part before the last `|`.

export interface AltSize {
  alt: string;
  width: number;
  height?: number;
}

/** The size an image's alt text ends with (`…|W` or `…|WxH`), or null. A backward scan: linear. */
export function sizeFromAlt(alt: string): AltSize | null {
  const bar = alt.lastIndexOf('|');
  if (bar < 0) return null;
  const m = /^(\d{1,5})(?:x(\d{1,5}))?$/.exec(alt.slice(bar + 1).trim());
  if (!m) return null;
  return { alt: alt.slice(0, bar).trim(), width: Number(m[1]), ...(m[2] ? { height: Number(m[2]) } : {}) };
}

/** Width and height attributes for a size, keeping the image's proportions when only the width is given. */
export function sizedAttributes(
  size: AltSize,
  known?: { width?: string; height?: string },
): { width: string; height?: string } {
  if (size.height !== undefined) return { width: String(size.width), height: String(size.height) };
  const w = Number(known?.width);
  const h = Number(known?.height);
  return w > 0 && h > 0
    ? { width: String(size.width), height: String(Math.round((h * size.width) / w)) }
    : { width: String(size.width) };
}
