import { createMarkdownProcessor, type MarkdownHeading } from '@astrojs/markdown-remark';
import rehypeRaw from 'rehype-raw';
import remarkCjkFriendly from 'remark-cjk-friendly';
import { rehypeHeadingAnchors } from './rehype-heading-anchors.ts';
import { rehypeHoldTrusted } from './rehype-hold-trusted.ts';
import { createTrustedStash } from '../lib/html/trusted.ts';
import type { HtmlFinding } from '../lib/html/sanitize-tree.ts';
import { rehypeSanitizeNote } from './rehype-sanitize-note.ts';
import { remarkDropTitle } from './remark-drop-title.ts';
import { remarkWikiLinks } from './remark-wiki-links.ts';
import { remarkAsciiFlow } from './remark-ascii-flow.ts';
import { quizCardsMarkdown } from './quiz-cards.ts';
import type { RenderContext } from './render-context.ts';

export type { RenderContext };

export interface RenderedNote {
  html: string;
  headings: MarkdownHeading[];
}

export type { HtmlFinding };

type Renderer = Awaited<ReturnType<typeof createMarkdownProcessor>>;
let renderer: Promise<Renderer> | null = null;

/**
 * The garden's Markdown pipeline (unified, so our remark/rehype plugins run): GFM, CJK-friendly
 * emphasis (`**EFS (Elastic File System)**는`), Shiki in light and dark, sanitized raw HTML,
 * heading anchors. Order: the garden's trusted parts (Shiki code, flow figures, quiz cards) are
 * held out (rehypeHoldTrusted, before the note's raw HTML is parsed), the note is sanitized with
 * an allowlist and they are put back (rehypeSanitizeNote), then heading ids and anchors are added.
 * Footnote ids are left unprefixed by remark-rehype: the sanitizer prefixes every note id once. Created once per process: Shiki's start-up is the expensive part.
 */
export function getRenderer(): Promise<Renderer> {
  renderer ??= createMarkdownProcessor({
    syntaxHighlight: { type: 'shiki', excludeLangs: ['mermaid', 'math'] },
    shikiConfig: { themes: { light: 'github-light', dark: 'github-dark' }, defaultColor: false, wrap: false },
    gfm: true,
    smartypants: false,
    remarkPlugins: [remarkCjkFriendly, remarkDropTitle, remarkWikiLinks, remarkAsciiFlow],
    remarkRehype: { clobberPrefix: '' },
    rehypePlugins: [rehypeHoldTrusted, rehypeRaw, rehypeSanitizeNote, rehypeHeadingAnchors],
  });
  return renderer;
}

export async function renderNote(body: string, ctx: RenderContext): Promise<RenderedNote> {
  const r = await getRenderer();
  const gardenTrusted = createTrustedStash();
  const out = await r.render(quizCardsMarkdown(body, ctx.slug, gardenTrusted), { frontmatter: { garden: ctx, gardenTrusted } });
  return { html: out.code, headings: out.metadata.headings };
}
