import { createMarkdownProcessor, type MarkdownHeading } from '@astrojs/markdown-remark';
import rehypeRaw from 'rehype-raw';
import remarkCjkFriendly from 'remark-cjk-friendly';
import { rehypeHeadingAnchors } from './rehype-heading-anchors.ts';
import { rehypeHoldTrusted } from './rehype-hold-trusted.ts';
import { createTrustedStash } from '../lib/html/trusted.ts';
import type { HtmlFinding } from '../lib/html/sanitize-tree.ts';
import { rehypeSanitizeNote } from './rehype-sanitize-note.ts';
import { rehypeHtmlAttachments } from './rehype-html-attachments.ts';
import { rehypeEmbedIds } from './rehype-embed-ids.ts';
import { remarkCodeLanguages } from './remark-code-languages.ts';
import { remarkDropTitle } from './remark-drop-title.ts';
import { remarkWikiLinks } from './remark-wiki-links.ts';
import { remarkInlineFootnotes } from './remark-inline-footnotes.ts';
import { remarkAsciiFlow } from './remark-ascii-flow.ts';
import { quizCardsMarkdown } from './quiz-cards.ts';
import { noteQuizSections } from '../lib/mdx/quizzes.ts';
import remarkMath from 'remark-math';
import { escapeProseDollars } from '../lib/obsidian/math-dollars.ts';
import { remarkObsidianMath, rehypeObsidianMath } from './obsidian-math.ts';
import { rehypeCallouts } from './rehype-callouts.ts';
import { rehypeBlockIds } from './rehype-block-ids.ts';
import { rehypeHighlights } from './rehype-highlights.ts';
import { rehypeTaskStates } from './rehype-task-states.ts';
import type { NoteFacts, RenderContext } from './render-context.ts';
import { rehypePageText } from './rehype-page-text.ts';
import { rehypePageFeatures } from './rehype-page-features.ts';
import { rehypeSamePageAnchors } from './rehype-same-page-anchors.ts';
import { rehypeMarkMarkdownHeadings, rehypeRecordHtmlHeadings } from './rehype-html-headings.ts';
import { t } from '../i18n/index.ts';
import remarkMdx from 'remark-mdx';
import { remarkMdxComponents } from './remark-mdx-components.ts';
import { isMdxNote } from '../lib/notes/note-file.ts';
import { parseMdx } from '../lib/mdx/parse.ts';
import { mdxSyntaxProblem } from '../lib/vault/check-mdx.ts';
import type { Problem } from '../lib/report/problem.ts';
import { plainTextPage } from './plain-text-page.ts';

export type { RenderContext };

export interface RenderedNote {
  html: string;
  headings: MarkdownHeading[];
  /** What the plugins recorded while rendering. */
  facts: NoteFacts;
  /** Set when the note could not be rendered as written: it is published in a reduced form (plain text). */
  problem?: Problem;
}

export type { HtmlFinding };

type Renderer = Awaited<ReturnType<typeof createMarkdownProcessor>>;
let renderer: Promise<Renderer> | null = null;
let mdxRenderer: Promise<Renderer> | null = null;
type MarkdownOptions = NonNullable<Parameters<typeof createMarkdownProcessor>[0]>;
type RemarkPlugins = NonNullable<MarkdownOptions['remarkPlugins']>;

/**
 * The garden's Markdown pipeline (unified, so our remark/rehype plugins run): GFM, CJK-friendly
 * emphasis (`**EFS (Elastic File System)**는`), Shiki in light and dark, sanitized raw HTML,
 * heading anchors, and Obsidian's own syntax: math (MathML), inline footnotes (`^[…]`), callouts, block ids, `==highlights==`,
 * task states (comments are removed earlier, when the vault is read: src/lib/vault/assemble.ts).
 * Order: the garden's trusted parts (Shiki code, flow figures, quiz cards) are held out
 * (rehypeHoldTrusted, before the note's raw HTML is parsed), the note is sanitized with an
 * allowlist and they are put back (rehypeSanitizeNote), then heading ids and anchors are added.
 * Footnote ids are left unprefixed by remark-rehype: the sanitizer prefixes every note id once.
 * Created once per process: Shiki's start-up is the expensive part.
 */
export function getRenderer(): Promise<Renderer> {
  renderer ??= createMarkdownProcessor(processorOptions([]));
  return renderer;
}

/**
 * The same pipeline for `.mdx` notes, reading MDX syntax (remark-mdx: JSX tags, `{…}`, ESM) and
 * lowering it to plain Markdown nodes first (remarkMdxComponents, src/lib/mdx/lower.ts): every
 * plugin after it, and the sanitizer, see an ordinary note. Nothing the note writes is evaluated.
 * Created on the first MDX note.
 */
export function getMdxRenderer(): Promise<Renderer> {
  mdxRenderer ??= createMarkdownProcessor(processorOptions([remarkMdx, remarkMdxComponents]));
  return mdxRenderer;
}

function processorOptions(syntax: RemarkPlugins): MarkdownOptions {
  return {
    syntaxHighlight: { type: 'shiki', excludeLangs: ['mermaid', 'math'] },
    shikiConfig: { themes: { light: 'github-light', dark: 'github-dark' }, defaultColor: false, wrap: false },
    gfm: true,
    smartypants: false,
    remarkRehype: {
      clobberPrefix: '',
      footnoteLabel: t.footnotes,
      footnoteBackLabel: (referenceIndex: number, rereferenceIndex: number) =>
        t.footnoteBack(referenceIndex + 1, rereferenceIndex),
    },
    remarkPlugins: [
      ...syntax,
      remarkCjkFriendly,
      remarkMath,
      remarkObsidianMath,
      remarkDropTitle,
      remarkInlineFootnotes,
      remarkWikiLinks,
      remarkAsciiFlow,
      remarkCodeLanguages,
    ],
    // Obsidian syntax comes after the sanitizer: its markup (callouts, math, marks, block ids,
    // task states) is the garden's own, and ids such as `^block-id` are kept as written.
    // Ids inside embed frames are made unique once every id exists, then same-page `#` links are
    // checked against them; the page text for search and the components the page holds are
    // recorded last, from the final tree.
    rehypePlugins: [
      rehypeMarkMarkdownHeadings,
      rehypeHoldTrusted,
      rehypeRaw,
      rehypeSanitizeNote,
      rehypeHtmlAttachments,
      rehypeHeadingAnchors,
      rehypeRecordHtmlHeadings,
      rehypeObsidianMath,
      rehypeCallouts,
      rehypeBlockIds,
      rehypeHighlights,
      rehypeTaskStates,
      rehypeEmbedIds,
      rehypeSamePageAnchors,
      rehypePageText,
      rehypePageFeatures,
    ],
  };
}

export async function renderNote(body: string, ctx: RenderContext): Promise<RenderedNote> {
  const mdx = isMdxNote(ctx.file);
  if (mdx) {
    // A note that is not valid MDX is published as its text, with the problem `garden check` reports.
    const parsed = parseMdx(body);
    if (!parsed.ok)
      return { ...plainTextPage(body), problem: mdxSyntaxProblem(ctx.file, ctx.bodyStartLine ?? 1, parsed.error) };
  }
  const r = await (mdx ? getMdxRenderer() : getRenderer());
  const gardenTrusted = createTrustedStash();
  const gardenQuizIds = new Map<string, number>();
  const cards = quizCardsMarkdown(body, ctx.slug, gardenTrusted, gardenQuizIds);
  const text = escapeProseDollars(cards.markdown);
  const out = await r.render(text, { frontmatter: { garden: ctx, gardenTrusted, gardenQuizIds } });
  const facts = (out.metadata.frontmatter.facts ?? {}) as NoteFacts;
  // the page's questions in the order of the body, for the /quiz/ index (an MDX note's `<Quiz>`
  // components among its sections)
  const quizzes = mdx ? noteQuizSections(body, ctx.file).flatMap((s) => (s.quiz ? [s.quiz] : [])) : cards.quizzes;
  if (quizzes.length > 0) facts.quizzes = quizzes;
  // the sanitizer's positions are those of `text`: they are the body's only when nothing moved them
  if (mdx || text !== body) delete facts.unsafeHtml;
  if (text !== body && facts.missingHtmlMedia)
    facts.missingHtmlMedia = facts.missingHtmlMedia.map(({ src }) => ({ src }));
  // headings written as raw HTML stay out of the table of contents, as out of Obsidian's outline
  const html = new Set(facts.htmlHeadings ?? []);
  return {
    html: out.code,
    headings: html.size > 0 ? out.metadata.headings.filter((h) => !html.has(h.slug)) : out.metadata.headings,
    facts,
  };
}
