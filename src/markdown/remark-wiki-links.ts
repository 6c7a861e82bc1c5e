import type { Image, Link, Parent, PhrasingContent, Root, RootContent, Text } from 'mdast';
// Brings in mdast's data.hName/hProperties typings.
import type {} from 'mdast-util-to-hast';
import type { VFile } from 'vfile';
import { resolveAttachment, resolveMarkdownHref, resolveWikiLink, splitWikiTarget, type LinkIndex, type ResolvedLink } from '../lib/garden/links.ts';
import { normalizeTag } from '../lib/garden/tags.ts';
import { tagSlug } from '../lib/garden/slug.ts';
import { attachmentUrl, isImageFile, noteUrl, resolveRelativePath, tagUrl } from '../lib/garden/urls.ts';
import type { RenderContext } from './render-context.ts';

/** What the plugin reads from `file.data.astro.frontmatter.garden` (see render-context.ts). */
export type WikiLinkContext = RenderContext;

/** `width`/`height` of a published image, when known. */
function sizeProps(ctx: WikiLinkContext, att: string): Record<string, string> {
  const size = isImageFile(att) ? ctx.attachmentSize?.(att) : null;
  return size ? { width: String(size.width), height: String(size.height) } : {};
}

// `[[…]]`/`![[…]]`, or an inline `#tag` (the lookbehind is checked by hand: text-node starts).
const TOKEN = /(!?)\[\[([^[\]\n]+?)\]\]|#([\p{L}\p{M}\p{N}_\-/]+)/gu;
const FILE_EXT = /\.[a-zA-Z0-9]{1,8}$/;
const NOTE_EXT = /\.(md|mdx|markdown)$/i;
const SKIP = new Set(['link', 'linkReference', 'code', 'inlineCode', 'html', 'definition', 'math', 'inlineMath']);

const text = (value: string): Text => ({ type: 'text', value });

function unresolved(label: string, title: string): PhrasingContent {
  return { type: 'emphasis', data: { hName: 'span', hProperties: { className: ['unresolved-link'], title } }, children: [text(label)] };
}

function internalLink(ctx: WikiLinkContext, r: ResolvedLink, label: string): Link {
  return {
    type: 'link',
    url: noteUrl(ctx.base, r.slug, r.anchor),
    children: [text(label)],
    data: { hProperties: { className: ['internal-link'], dataSlug: r.slug, ...(r.missingHeading ? { title: `‘${r.missingHeading}’ 제목이 없습니다` } : {}) } },
  };
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

function findAttachment(index: LinkIndex, ctx: WikiLinkContext, target: string): string | null {
  const rel = resolveRelativePath(ctx.file, target);
  return (rel !== null ? resolveAttachment(index, rel) : null) ?? resolveAttachment(index, target);
}

function wikiNode(ctx: WikiLinkContext, index: LinkIndex, embed: boolean, inner: string): PhrasingContent {
  const parts = splitWikiTarget(inner);
  const shown = parts.label ?? (parts.target ? (parts.heading ? `${parts.target} › ${parts.heading}` : parts.target) : (parts.heading ?? ''));
  const isFile = parts.target !== '' && FILE_EXT.test(parts.target) && !NOTE_EXT.test(parts.target);
  if (isFile) {
    const att = findAttachment(index, ctx, parts.target);
    if (att === null) return unresolved(embed ? `![[${inner}]]` : shown, `없는 첨부 파일: ${parts.target}`);
    const url = attachmentUrl(ctx.base, att);
    if (embed && isImageFile(att)) {
      // `![[a.png|300]]` / `|300x200` is a size in Obsidian, anything else alt text
      const size = parts.label && /^(\d+)(?:x(\d+))?$/.exec(parts.label);
      const alt = parts.label && !size ? parts.label : att.replace(/^.*\//, '').replace(FILE_EXT, '');
      const props: Record<string, string> = { loading: 'lazy', decoding: 'async', ...sizeProps(ctx, att) };
      if (size) {
        // an explicit width keeps the image's proportions unless a height is given too
        const known = sizeProps(ctx, att);
        props.width = size[1];
        if (size[2]) props.height = size[2];
        else if (known.width) props.height = String(Math.round((Number(known.height) * Number(size[1])) / Number(known.width)));
        else delete props.height;
      }
      const img: Image = { type: 'image', url, alt, data: { hProperties: props } };
      return img;
    }
    return { type: 'link', url, children: [text(parts.label ?? att.replace(/^.*\//, ''))], data: { hProperties: { className: ['attachment-link'] } } };
  }
  const r = resolveWikiLink(index, inner.replace(/\\\|/g, '|').split('|')[0], ctx.slug);
  if (r === null) return unresolved(embed ? shown : shown, `없는 노트: ${parts.target || `#${parts.heading}`}`);
  if (!embed) return internalLink(ctx, r, shown);
  const title = index.notes.get(r.slug)?.title ?? r.slug;
  const label = parts.heading ? `${title} › ${parts.heading}` : title;
  // Phrasing content (embeds sit inside paragraphs): a span shown as a box by CSS.
  return {
    type: 'emphasis',
    data: { hName: 'span', hProperties: { className: ['note-embed'], role: 'note' } },
    children: [
      { type: 'emphasis', data: { hName: 'span', hProperties: { className: ['note-embed-label'] } }, children: [text('포함된 노트')] },
      internalLink(ctx, r, label),
    ],
  };
}

function split(ctx: WikiLinkContext, index: LinkIndex | undefined, tagKeys: Set<string>, node: Text, atStart: boolean): PhrasingContent[] | null {
  const value = node.value;
  if (value.indexOf('[[') < 0 && value.indexOf('#') < 0) return null;
  const out: PhrasingContent[] = [];
  let last = 0;
  for (const m of value.matchAll(TOKEN)) {
    const i = m.index as number;
    let replacement: PhrasingContent | null = null;
    if (m[2] !== undefined) {
      if (index) replacement = wikiNode(ctx, index, m[1] === '!', m[2]);
    } else {
      const before = i === 0 ? (atStart ? ' ' : '') : value[i - 1];
      if (!/^\s$/u.test(before)) continue;
      const raw = m[3].replace(/\/+$/, '').replace(/^\/+/, '');
      if (!/\p{L}/u.test(raw)) continue;
      const { key } = normalizeTag(raw);
      if (!key || !tagKeys.has(key)) continue;
      const end = i + 1 + m[3].indexOf(raw) + raw.length;
      if (last < i) out.push(text(value.slice(last, i)));
      out.push({ type: 'link', url: tagUrl(ctx.base, tagSlug(key)), children: [text(`#${raw}`)], data: { hProperties: { className: ['tag', 'inline-tag'] } } });
      last = end;
      continue;
    }
    if (!replacement) continue;
    if (last < i) out.push(text(value.slice(last, i)));
    out.push(replacement);
    last = i + m[0].length;
  }
  if (out.length === 0) return null;
  if (last < value.length) out.push(text(value.slice(last)));
  return out;
}

function rewriteMarkdownLink(ctx: WikiLinkContext, index: LinkIndex, node: Link | Image): PhrasingContent | null {
  const url = node.url;
  if (!url || url.startsWith('#') || /^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(url) || url.startsWith('//')) return null;
  const path = safeDecode(url.split('#')[0].split('?')[0]);
  if (!path) return null;
  if (NOTE_EXT.test(path)) {
    if (node.type === 'image') return null;
    const r = resolveMarkdownHref(index, url, ctx.file);
    if (r === null) return unresolved(plain(node), `없는 노트: ${path}`);
    node.url = noteUrl(ctx.base, r.slug, r.anchor);
    node.data = { ...node.data, hProperties: { ...(node.data?.hProperties ?? {}), className: ['internal-link'], dataSlug: r.slug } };
    return null;
  }
  if (!FILE_EXT.test(path)) return null;
  const att = findAttachment(index, ctx, path);
  if (att === null) {
    // a site-absolute path (`/favicon.svg`) is left alone; a relative one is the vault's
    if (path.startsWith('/')) return null;
    return unresolved(node.type === 'image' ? `[${node.alt || path}]` : plain(node), `없는 첨부 파일: ${path}`);
  }
  node.url = attachmentUrl(ctx.base, att);
  if (node.type === 'image') {
    node.data = { ...node.data, hProperties: { loading: 'lazy', decoding: 'async', ...sizeProps(ctx, att), ...(node.data?.hProperties ?? {}) } };
  }
  return null;
}

function plain(node: Link): string {
  let s = '';
  const walk = (n: { value?: string; children?: unknown[] }) => {
    if (typeof n.value === 'string') s += n.value;
    for (const c of (n.children ?? []) as Array<{ value?: string; children?: unknown[] }>) walk(c);
  };
  walk(node as unknown as { children: unknown[] });
  return s || node.url;
}

/**
 * Obsidian links in the note: `[[note]]`, `[[alias|label]]`, `[[note#제목]]`, `[[#제목]]`,
 * `![[note]]` (a titled box linking to it), `![[image.png]]` (the published attachment),
 * ordinary `[x](other.md)` and `![](img.png)` relative to the note, and inline `#tags`
 * (links to their tag pages). Code, inline code, raw HTML and existing links are left alone.
 * Resolved links get `class="internal-link" data-slug`; unresolved ones become
 * `<span class="unresolved-link" title="…">` text, never a 404 link.
 */
export function remarkWikiLinks() {
  return (tree: Root, file: VFile) => {
    const ctx = (file.data as { astro?: { frontmatter?: { garden?: WikiLinkContext } } }).astro?.frontmatter?.garden;
    if (!ctx) return;
    const index = ctx.links;
    const tagKeys = new Set((ctx.tags ?? []).map((t) => normalizeTag(t).key).filter(Boolean));
    const walk = (parent: Parent) => {
      const kids = parent.children as RootContent[];
      for (let i = 0; i < kids.length; i++) {
        const node = kids[i];
        if ((node.type === 'link' || node.type === 'image') && index) {
          const rep = rewriteMarkdownLink(ctx, index, node);
          if (rep) {
            kids.splice(i, 1, rep as RootContent);
            continue;
          }
        }
        if (node.type === 'text') {
          const parts = split(ctx, index, tagKeys, node, i === 0 || kids[i - 1]?.type === 'break');
          if (parts) {
            // In slices: spreading 100,000 links into one call overflows the argument stack.
            kids.splice(i, 1);
            for (let k = 0; k < parts.length; k += 10_000) kids.splice(i + k, 0, ...(parts.slice(k, k + 10_000) as RootContent[]));
            i += parts.length - 1;
          }
          continue;
        }
        if (SKIP.has(node.type)) continue;
        if ('children' in node) walk(node as Parent);
      }
    };
    walk(tree);
  };
}
