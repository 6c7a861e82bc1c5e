import { createMarkdownProcessor, type MarkdownHeading } from '@astrojs/markdown-remark';
import rehypeRaw from 'rehype-raw';
import remarkCjkFriendly from 'remark-cjk-friendly';
import { rehypeHeadingAnchors } from './rehype-heading-anchors.ts';
import { rehypeHoldTrusted } from './rehype-hold-trusted.ts';
import { createTrustedStash } from '../lib/html/trusted.ts';
import type { HtmlFinding } from '../lib/html/sanitize-tree.ts';
import { rehypeSanitizeNote } from './rehype-sanitize-note.ts';
import { rehypeEmbedIds } from './rehype-embed-ids.ts';
import { remarkDropTitle } from './remark-drop-title.ts';
import { remarkWikiLinks } from './remark-wiki-links.ts';
import { remarkAsciiFlow } from './remark-ascii-flow.ts';
import { quizCardsMarkdown } from './quiz-cards.ts';
import remarkMath from 'remark-math';
import { escapeProseDollars } from '../lib/obsidian/math-dollars.ts';
import { remarkObsidianMath, rehypeObsidianMath } from './obsidian-math.ts';
import { rehypeCallouts } from './rehype-callouts.ts';
import { rehypeBlockIds } from './rehype-block-ids.ts';
import { rehypeHighlights } from './rehype-highlights.ts';
import { rehypeTaskStates } from './rehype-task-states.ts';
import type { NoteFacts, RenderContext } from './render-context.ts';
import { rehypePageText } from './rehype-page-text.ts';
import { t } from '../i18n/index.ts';

export type { RenderContext };

export interface RenderedNote {
  html: string;
  headings: MarkdownHeading[];
  /** What the plugins recorded while rendering. */
  facts: NoteFacts;
}

export type { HtmlFinding };

type Renderer = Awaited<ReturnType<typeof createMarkdownProcessor>>;
let renderer: Promise<Renderer> | null = null;

/**
 * The garden's Markdown pipeline (unified, so our remark/rehype plugins run): GFM, CJK-friendly
 * emphasis (`**EFS (Elastic File System)**는`), Shiki in light and dark, sanitized raw HTML,
 * heading anchors, and Obsidian's own syntax: math (MathML), callouts, block ids, `==highlights==`,
 * task states (comments are removed earlier, when the vault is read: src/lib/vault/assemble.ts).
 * Order: the garden's trusted parts (Shiki code, flow figures, quiz cards) are held out
 * (rehypeHoldTrusted, before the note's raw HTML is parsed), the note is sanitized with an
 * allowlist and they are put back (rehypeSanitizeNote), then heading ids and anchors are added.
 * Footnote ids are left unprefixed by remark-rehype: the sanitizer prefixes every note id once.
 * Created once per process: Shiki's start-up is the expensive part.
 */
export function getRenderer(): Promise<Renderer> {
  renderer ??= createMarkdownProcessor({
    syntaxHighlight: { type: 'shiki', excludeLangs: ['mermaid', 'math'] },
    shikiConfig: { themes: { light: 'github-light', dark: 'github-dark' }, defaultColor: false, wrap: false },
    gfm: true,
    smartypants: false,
    remarkRehype: {
      clobberPrefix: '',
      footnoteLabel: t.footnotes,
      footnoteBackLabel: (referenceIndex: number, rereferenceIndex: number) => t.footnoteBack(referenceIndex + 1, rereferenceIndex),
    },
    remarkPlugins: [remarkCjkFriendly, remarkMath, remarkObsidianMath, remarkDropTitle, remarkWikiLinks, remarkAsciiFlow],
    // Obsidian syntax comes after the sanitizer: its markup (callouts, math, marks, block ids,
    // task states) is the garden's own, and ids such as `^block-id` are kept as written.
    // Ids inside embed frames are made unique once every id exists; the page text for search is
    // recorded last, from the final tree.
    rehypePlugins: [
      rehypeHoldTrusted, rehypeRaw, rehypeSanitizeNote, rehypeHeadingAnchors,
      rehypeObsidianMath, rehypeCallouts, rehypeBlockIds, rehypeHighlights, rehypeTaskStates,
      rehypeEmbedIds, rehypePageText,
    ],
  });
  return renderer;
}

export async function renderNote(body: string, ctx: RenderContext): Promise<RenderedNote> {
  const r = await getRenderer();
  const gardenTrusted = createTrustedStash();
  const out = await r.render(escapeProseDollars(quizCardsMarkdown(body, ctx.slug, gardenTrusted)), { frontmatter: { garden: ctx, gardenTrusted } });
  return { html: out.code, headings: out.metadata.headings, facts: (out.metadata.frontmatter.facts ?? {}) as NoteFacts };
}
