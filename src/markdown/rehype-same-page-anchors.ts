import type { Root } from 'hast';
import type { VFile } from 'vfile';
import { fixSamePageAnchors } from '../lib/html/same-page-anchors.ts';
import { noteUrl } from '../lib/garden/urls.ts';
import { t } from '../i18n/index.ts';
import { factsOf, type RenderContext } from './render-context.ts';

/**
 * Same-page links (`[text](#anchor)`, `[[#Heading]]`) checked against the ids the page really has
 * (src/lib/html/same-page-anchors.ts): one to a place the note lacks goes to the note's top and is
 * marked as `[[#Missing]]` is; the ones found are recorded for `garden check`. Runs once every id
 * of the note exists (after the sanitizer, heading anchors and embed ids).
 */
export function rehypeSamePageAnchors() {
  return (tree: Root, file: VFile) => {
    const ctx = (file.data as { astro?: { frontmatter?: { garden?: RenderContext } } }).astro?.frontmatter?.garden;
    if (!ctx) return;
    const missing = fixSamePageAnchors(tree, {
      pageUrl: noteUrl(ctx.base, ctx.slug),
      missingTitle: t.missingHeadingLink,
    });
    if (missing.length > 0) factsOf(file).missingAnchors = missing;
  };
}
