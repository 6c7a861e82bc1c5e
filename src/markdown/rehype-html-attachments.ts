import type { Element, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { findAttachmentFrom, linkPath } from '../lib/garden/links.ts';
import { attachmentUrl } from '../lib/garden/urls.ts';
import { isEmbedFrame } from '../lib/html/sanitize-tree.ts';
import type { MissingMedia } from '../lib/vault/check-rendered.ts';
import { factsOf, type RenderContext } from './render-context.ts';

/** Elements whose `src` names a picture, a sound or a film. */
const MEDIA = new Set(['img', 'video', 'audio', 'source']);
/** A path of the vault: no scheme, not site-absolute, not a fragment. */
const VAULT_PATH = /^(?![a-zA-Z][a-zA-Z0-9+.-]*:|\/|#)/;
/** A path that names a file (with an extension), as garden check reads Markdown links. */
const FILE_NAME = /\.[a-zA-Z0-9]{1,8}$/;
/** Notes that hold such an element at all (the rest are not visited). */
const MAY_HOLD_MEDIA = /<(?:img|video|audio|source)\b/i;

/**
 * Pictures and players a note writes as HTML (`<img src="../images/pic.png">`, clipped pages do):
 * a path relative to the note's folder, as Obsidian reads it, becomes the attachment's published
 * URL; as written it would miss, since a page's URL is not its file's folder. A file name that is
 * no file of the vault stays as written and is recorded (`missingHtmlMedia`) for `garden check` and
 * the build to report. An embedded note's HTML is left to that note's own page.
 */
export function rehypeHtmlAttachments() {
  return (tree: Root, file: VFile) => {
    const ctx = (file.data as { astro?: { frontmatter?: { garden?: RenderContext } } }).astro?.frontmatter?.garden;
    if (!ctx?.links || !MAY_HOLD_MEDIA.test(String(file.value ?? ''))) return;
    const links = ctx.links;
    const missing: MissingMedia[] = [];
    visit(tree, 'element', (el: Element) => {
      if (isEmbedFrame(el)) return SKIP;
      if (!MEDIA.has(el.tagName)) return undefined;
      const src = el.properties.src;
      if (typeof src !== 'string' || src === '' || !VAULT_PATH.test(src)) return undefined;
      const path = linkPath(src);
      const att = path === '' ? null : findAttachmentFrom(links, path, ctx.file);
      if (att !== null) el.properties.src = attachmentUrl(ctx.base, att);
      else if (FILE_NAME.test(path)) {
        const at = el.position?.start;
        missing.push(at ? { src, line: at.line, column: at.column } : { src });
      }
      return undefined;
    });
    if (missing.length > 0) factsOf(file).missingHtmlMedia = missing;
  };
}
