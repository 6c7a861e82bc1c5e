import type { ImageSize } from '../lib/garden/image-size.ts';
import type { LinkIndex } from '../lib/garden/links.ts';
import type { HtmlFinding } from '../lib/html/sanitize-tree.ts';
import type { Quiz } from '../lib/quiz/types.ts';
import type { MissingMedia } from '../lib/vault/check-rendered.ts';
import type { ScriptLetters } from '../lib/notes/note-language.ts';

/**
 * What a plugin may know of the note being rendered and of the whole garden. renderNote passes it
 * as `frontmatter.garden`; plugins read it from `file.data.astro.frontmatter.garden`.
 */
export interface RenderContext {
  slug: string;
  file: string;
  /** File line of the body's first line, for positions of problems (1 when unknown). */
  bodyStartLine?: number;
  base: string;
  /** The whole vault's link index, built before any note is rendered (src/vault/load-vault.ts). */
  links?: LinkIndex;
  /** The note's tags (display or key): only these inline `#tags` become links, their pages exist. */
  tags?: string[];
  /** Size of a vault image as published, so its `<img>` reserves its space (no layout shift). */
  attachmentSize?: (file: string) => ImageSize | null;
  /** Size in bytes of a vault attachment (shown on PDF cards), when known. */
  attachmentBytes?: (file: string) => number | null;
  /** Another note's Markdown body and tags by slug, for embeds (`![[Note]]`) that show its text. */
  noteSource?: (slug: string) => { body: string; tags: string[] } | undefined;
}

/** What the plugins find in a note while rendering it, handed back with its HTML. */
export interface NoteFacts {
  /**
   * The note's readable text, for search (src/markdown/rehype-page-text.ts). The content store
   * does not keep it (src/pipeline/note-texts-file.ts does): pages never show it.
   */
  text?: string;
  /** Hangul and Latin letters of that text, for the page's language (src/lib/notes/note-language.ts). */
  letters?: ScriptLetters;
  /** The questions the page shows as practice cards, in the order of the body (src/markdown/render-note.ts). */
  quizzes?: Quiz[];
  /** Same-page links to a place the page does not have (src/markdown/rehype-same-page-anchors.ts). */
  missingAnchors?: Array<{ anchor: string; text: string }>;
  /** Ids of headings written as raw HTML: not in the table of contents (src/markdown/rehype-html-headings.ts). */
  htmlHeadings?: string[];
  /** The garden components the page holds (src/markdown/rehype-page-features.ts). */
  features?: PageFeatures;
  /**
   * What the sanitizer removed from the note's HTML, with lines and columns of its body
   * (src/markdown/rehype-sanitize-note.ts). Left out when the text rendered is not the body as
   * written (a practice card or an escaped `$` moved its lines or columns), and for MDX notes,
   * whose check lowers them itself.
   */
  unsafeHtml?: HtmlFinding[];
  /**
   * Pictures and players written as HTML whose `src` names no file of the vault, with the line and
   * column of their element in the body (src/markdown/rehype-html-attachments.ts); the place is left
   * out when the text rendered is not the body as written.
   */
  missingHtmlMedia?: MissingMedia[];
}

/** Garden components a rendered note can hold; each needs its own script or styles on the page. */
export interface PageFeatures {
  quiz?: true;
  flowFigure?: true;
  clientMermaid?: true;
}

/**
 * The facts record of the note being rendered. It lives in the render's front matter object,
 * which the Markdown processor hands back with the HTML.
 */
export function factsOf(file: { data: Record<string, unknown> }): NoteFacts {
  const astro = (file.data.astro ??= {}) as { frontmatter?: Record<string, unknown> };
  const frontmatter = (astro.frontmatter ??= {});
  return (frontmatter.facts ??= {});
}
