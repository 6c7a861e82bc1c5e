import { isMdxNote, isNoteFile } from '../lib/notes/note-file.ts';
import { parseEmbedded } from '../lib/mdx/parse.ts';
import { lowerMdx } from '../lib/mdx/lower.ts';
import type { Heading, Image, Link, Paragraph, Parent, PhrasingContent, Root, RootContent, Text } from 'mdast';
// Brings in mdast's data.hName/hProperties typings.
import type {} from 'mdast-util-to-hast';
import type { Processor } from 'unified';
import type { VFile } from 'vfile';
import { t } from '../i18n/index.ts';
import { EMBED_MAX_DEPTH, EMBED_MAX_PER_PAGE, embedSection } from '../lib/garden/embeds.ts';
import { escapeProseDollars } from '../lib/obsidian/math-dollars.ts';
import { sizeFromAlt, sizedAttributes, type AltSize } from '../lib/obsidian/image-size.ts';
import { remarkObsidianMath } from './obsidian-math.ts';
import {
  classifyTarget,
  findAttachmentFrom,
  linkPath,
  resolveMarkdownHref,
  resolveWikiLink,
  safeDecode,
  splitWikiTarget,
  type LinkIndex,
  type ResolvedLink,
} from '../lib/garden/links.ts';
import { normalizeTag } from '../lib/garden/tags.ts';
import { tagSlug } from '../lib/garden/slug.ts';
import { attachmentUrl, isImageFile, noteUrl, tagUrl } from '../lib/garden/urls.ts';
import type { RenderContext } from './render-context.ts';

/** What the plugin reads from `file.data.astro.frontmatter.garden` (see render-context.ts). */
export type WikiLinkContext = RenderContext;

/** Where the plugin is in a chain of embeds: how deep, and which note sections are open. */
interface EmbedState {
  depth: number;
  chain: string[];
  /** Embeds expanded on this page so far (also makes their footnote ids unique). */
  counter: { n: number };
  /** Parses embedded text with the syntax of the note it comes from. */
  parse: (text: string, file: string) => Root;
}

const obsidianMath = remarkObsidianMath();

/** `width`/`height` of a published image, when known. */
function sizeProps(ctx: WikiLinkContext, att: string): Record<string, string> {
  const size = isImageFile(att) ? ctx.attachmentSize?.(att) : null;
  return size ? { width: String(size.width), height: String(size.height) } : {};
}

// `[[…]]`/`![[…]]`, or an inline `#tag` (the lookbehind is checked by hand: text-node starts).
const TOKEN = /(!?)\[\[([^[\]\n]+?)\]\]|#([\p{L}\p{M}\p{N}_\-/]+)/gu;
const FILE_EXT = /\.[a-zA-Z0-9]{1,8}$/;
const AUDIO_EXT = /\.(mp3|wav|m4a|ogg|oga|flac|aac|opus|3gp)$/i;
const VIDEO_EXT = /\.(mp4|m4v|webm|mov|mkv|ogv)$/i;
const PDF_EXT = /\.pdf$/i;
const SKIP = new Set(['link', 'linkReference', 'code', 'inlineCode', 'html', 'definition', 'math', 'inlineMath']);
/** Phrasing nodes a wiki-link's label may hold (`[[a|**b**]]`, `[[a|`b`]]`). */
// raw inline HTML too (`[[#<font color=…>Heading</font>|…]]`, as a coloured heading is linked): it is
// no part of the target, and the label's HTML is sanitized as any other
const LABEL_NODES = new Set(['text', 'inlineCode', 'strong', 'emphasis', 'delete', 'inlineMath', 'html']);
/** Parents whose paragraphs may be split around a note embed (they hold flow content). */
const FLOW_PARENTS = new Set(['root', 'listItem', 'blockquote', 'footnoteDefinition', 'noteEmbedBody']);

const text = (value: string): Text => ({ type: 'text', value });

function unresolved(label: string, title: string): PhrasingContent {
  return {
    type: 'emphasis',
    data: {
      garden: true,
      hName: 'span',
      hProperties: { className: ['unresolved-link'], title },
    } as PhrasingContent['data'],
    children: [text(label)],
  };
}

function internalLink(ctx: WikiLinkContext, r: ResolvedLink, children: PhrasingContent[]): Link {
  const missing = r.missingHeading !== undefined;
  return {
    type: 'link',
    url: noteUrl(ctx.base, r.slug, r.anchor),
    children,
    data: {
      garden: true,
      hProperties: {
        className: missing ? ['internal-link', 'missing-heading'] : ['internal-link'],
        dataSlug: r.slug,
        ...(missing ? { title: t.missingHeadingLink(r.missingHeading as string) } : {}),
      },
    } as Link['data'],
  };
}

function plainText(nodes: unknown[]): string {
  let s = '';
  const walk = (n: { type?: string; value?: string; children?: unknown[] }) => {
    if (n.type === 'html') return; // a tag is not text
    if (typeof n.value === 'string') s += n.value;
    for (const c of (n.children ?? []) as Array<{ value?: string; children?: unknown[] }>) walk(c);
  };
  for (const n of nodes as Array<{ value?: string; children?: unknown[] }>) walk(n);
  return s;
}

function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${Math.round(n / 1024)} KB`;
  return `${(n / (1024 * 1024)).toFixed(1)} MB`;
}

/** `<audio>`, `<video>` or a PDF card for an embedded media file; null for other files. */
function mediaEmbed(ctx: WikiLinkContext, att: string, url: string, label?: string): PhrasingContent | null {
  const name = att.replace(/^.*\//, '');
  const fallback: Link = {
    type: 'link',
    url,
    children: [text(label ?? name)],
    data: { hProperties: { className: ['attachment-link'] } },
  };
  if (AUDIO_EXT.test(att) || VIDEO_EXT.test(att)) {
    const video = VIDEO_EXT.test(att);
    return {
      type: 'emphasis',
      data: {
        hName: video ? 'video' : 'audio',
        hProperties: {
          className: [video ? 'embed-video' : 'embed-audio'],
          controls: true,
          preload: 'metadata',
          src: url,
          ...(label ? { title: label } : {}),
        },
      },
      children: [fallback],
    };
  }
  if (PDF_EXT.test(att)) {
    const bytes = ctx.attachmentBytes?.(att);
    return {
      type: 'link',
      url,
      data: {
        garden: true,
        hProperties: { className: ['pdf-embed', 'attachment-link'], type: 'application/pdf' },
      } as Link['data'],
      children: [
        {
          type: 'emphasis',
          data: { hName: 'span', hProperties: { className: ['pdf-embed-action'] } },
          children: [text(t.pdfOpen)],
        },
        {
          type: 'emphasis',
          data: { hName: 'span', hProperties: { className: ['pdf-embed-name'] } },
          children: [text(label ?? name)],
        },
        ...(typeof bytes === 'number'
          ? [
              {
                type: 'emphasis',
                data: { hName: 'span', hProperties: { className: ['pdf-embed-size'] } },
                children: [text(formatBytes(bytes))],
              } as PhrasingContent,
            ]
          : []),
      ],
    };
  }
  return null;
}

function wikiNode(
  ctx: WikiLinkContext,
  index: LinkIndex,
  state: EmbedState,
  embed: boolean,
  inner: string,
  labelNodes?: PhrasingContent[],
): PhrasingContent {
  const parts = splitWikiTarget(inner);
  const shown =
    parts.label ??
    (parts.target ? (parts.heading ? `${parts.target} › ${parts.heading}` : parts.target) : (parts.heading ?? ''));
  const kind = classifyTarget(index, parts.target, ctx.file);
  if (kind.file) {
    const att = kind.att;
    if (att === null) return unresolved(embed ? `![[${inner}]]` : shown, t.missingAttachment(parts.target));
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
        else if (known.width)
          props.height = String(Math.round((Number(known.height) * Number(size[1])) / Number(known.width)));
        else delete props.height;
      }
      const img: Image = { type: 'image', url, alt, data: { hProperties: props } };
      return img;
    }
    if (embed) {
      // `![[doc.pdf#page=3]]` opens that page in the browser's viewer
      const media = mediaEmbed(
        ctx,
        att,
        PDF_EXT.test(att) && parts.heading ? `${url}#${parts.heading}` : url,
        parts.label,
      );
      if (media) return media;
    }
    return {
      type: 'link',
      url,
      children: labelNodes ?? [text(parts.label ?? att.replace(/^.*\//, ''))],
      data: { garden: true, hProperties: { className: ['attachment-link'] } } as Link['data'],
    };
  }
  const r = resolveWikiLink(index, inner.replace(/\\\|/g, '|').split('|')[0], ctx.slug);
  if (r === null)
    return unresolved(labelNodes ? plainText(labelNodes) : shown, t.missingNote(parts.target || `#${parts.heading}`));
  if (!embed) return internalLink(ctx, r, labelNodes ?? [text(shown)]);
  return noteEmbed(ctx, index, state, r, parts.heading);
}

function footnotePrefix(tree: Parent, prefix: string): void {
  const walk = (n: Parent) => {
    for (const c of n.children) {
      if (c.type === 'footnoteReference' || c.type === 'footnoteDefinition') {
        const f = c;
        f.identifier = `${prefix}${f.identifier}`;
        if (f.label) f.label = `${prefix}${f.label}`;
      }
      if (c.type === 'heading') {
        // an embedded heading is shown as one, but is not a heading of the host page (table of contents, ids)
        const h = c;
        h.data = {
          ...h.data,
          hName: 'p',
          hProperties: {
            className: ['embed-heading', `embed-h${h.depth}`],
            role: 'heading',
            ariaLevel: String(h.depth),
          },
        };
      }
      if ('children' in c) walk(c);
    }
  };
  walk(tree);
}

/**
 * `![[Note]]`, `![[Note#Heading]]`, `![[Note#^id]]`: a titled box that links to the note.
 * When the note's text is at hand it also carries the embedded section, parsed and linked
 * as the source note (its own links, flows, nested embeds), as `data.embedBlock`: the
 * paragraph holding it is split around that block (see splitEmbeds).
 */
function noteEmbed(
  ctx: WikiLinkContext,
  index: LinkIndex,
  state: EmbedState,
  r: ResolvedLink,
  heading: string | undefined,
): PhrasingContent {
  const note = index.notes.get(r.slug);
  const title = note?.title ?? r.slug;
  // a block's id means nothing to a reader: its frame is captioned with the note's title only
  const label = heading && !heading.trim().startsWith('^') ? `${title} › ${heading}` : title;
  const link = internalLink(ctx, r, [text(label)]);
  const box = (notice?: string): PhrasingContent => ({
    type: 'emphasis',
    data: {
      garden: true,
      hName: 'span',
      hProperties: { className: notice ? ['note-embed', 'note-embed-notice'] : ['note-embed'], role: 'note' },
    } as PhrasingContent['data'],
    children: [
      {
        type: 'emphasis',
        data: { hName: 'span', hProperties: { className: ['note-embed-label'] } },
        children: [text(notice ?? t.embeddedNote)],
      },
      link,
    ],
  });
  const key = `${r.slug}#${(heading ?? '').trim().toLowerCase()}`;
  if (state.chain.includes(key)) return box(t.embedLoop(title));
  if (state.depth >= EMBED_MAX_DEPTH) return box(t.embedTooDeep(EMBED_MAX_DEPTH));
  if (state.counter.n >= EMBED_MAX_PER_PAGE) return box(t.embedTooMany(EMBED_MAX_PER_PAGE));
  if (r.missingHeading !== undefined) return box(t.missingHeadingLink(r.missingHeading));
  const source = ctx.noteSource?.(r.slug);
  if (!source || !note) return box();
  const found = embedSection(source.body, heading);
  if (found === null) return box();
  const id = ++state.counter.n;
  // the embedded text is read as the page's own: the same `$` rule before parsing, the same math
  // shapes after (remark plugins listed before this one have already run on the page)
  const section = escapeProseDollars(found);
  const tree = state.parse(section, note.file);
  obsidianMath(tree, { value: section } as VFile);
  if (!heading) {
    // the note's `#` title is the frame's caption
    const first = tree.children.findIndex((n) => n.type === 'heading');
    if (first >= 0 && (tree.children[first] as Heading).depth === 1) tree.children.splice(first, 1);
  }
  const sub: EmbedState = { ...state, depth: state.depth + 1, chain: [...state.chain, key] };
  const subCtx: WikiLinkContext = { ...ctx, slug: r.slug, file: note.file, tags: source.tags };
  transform(tree, subCtx, section, sub);
  footnotePrefix(tree, `embed${id}-`);
  const block = {
    type: 'noteEmbed',
    data: { garden: true, hName: 'figure', hProperties: { className: ['note-embed', 'embed'], dataEmbed: r.slug } },
    children: [
      {
        type: 'paragraph',
        data: { hName: 'figcaption', hProperties: { className: ['note-embed-label'] } },
        children: [link],
      },
      {
        type: 'noteEmbedBody',
        data: { hName: 'div', hProperties: { className: ['note-embed-body'] } },
        children: tree.children,
      },
    ],
  };
  const placeholder = box();
  (placeholder.data as Record<string, unknown>).embedBlock = block;
  return placeholder;
}

function split(
  ctx: WikiLinkContext,
  index: LinkIndex | undefined,
  state: EmbedState,
  tagKeys: Set<string>,
  node: Text,
  atStart: boolean,
): PhrasingContent[] | null {
  const value = node.value;
  if (value.indexOf('[[') < 0 && value.indexOf('#') < 0) return null;
  const out: PhrasingContent[] = [];
  let last = 0;
  for (const m of value.matchAll(TOKEN)) {
    const i = m.index;
    let replacement: PhrasingContent | null = null;
    if (m[2] !== undefined) {
      if (index) replacement = wikiNode(ctx, index, state, m[1] === '!', m[2]);
    } else {
      const before = i === 0 ? (atStart ? ' ' : '') : value[i - 1];
      if (!/^\s$/u.test(before)) continue;
      const raw = m[3].replace(/\/+$/, '').replace(/^\/+/, '');
      if (!/\p{L}/u.test(raw)) continue;
      const { key } = normalizeTag(raw);
      if (!key || !tagKeys.has(key)) continue;
      const end = i + 1 + m[3].indexOf(raw) + raw.length;
      if (last < i) out.push(text(value.slice(last, i)));
      out.push({
        type: 'link',
        url: tagUrl(ctx.base, tagSlug(key)),
        children: [text(`#${raw}`)],
        data: { garden: true, hProperties: { className: ['tag', 'inline-tag'] } } as Link['data'],
      });
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

/**
 * A wiki-link whose label holds code or formatting (`[[함수#hasTag|`hasTag`]]`,
 * `[[Note|**bold**]]`) is split by the Markdown parser over several siblings: the text
 * ending in `[[…`, the formatted nodes, the text starting with `…]]`. Joined back into one
 * link whose label keeps the formatting. Returns the replacement of kids[i..j], or null.
 */
function joinSplitLink(
  ctx: WikiLinkContext,
  index: LinkIndex,
  state: EmbedState,
  kids: RootContent[],
  i: number,
): { nodes: PhrasingContent[]; end: number } | null {
  const first = kids[i] as Text;
  const open = first.value.lastIndexOf('[[');
  if (open < 0 || first.value.indexOf(']]', open) >= 0 || first.value.indexOf('\n', open) >= 0) return null;
  let j = i + 1;
  let close = -1;
  for (; j < kids.length && j < i + 40; j++) {
    const k = kids[j];
    if (k.type === 'text') {
      close = k.value.indexOf(']]');
      const reopen = k.value.indexOf('[[');
      const nl = k.value.indexOf('\n');
      if (close >= 0 && (reopen < 0 || reopen > close) && (nl < 0 || nl > close)) break;
      if (reopen >= 0 || nl >= 0 || close >= 0) return null;
      continue;
    }
    if (!LABEL_NODES.has(k.type) || plainText([k]).includes('\n')) return null;
  }
  if (j >= kids.length || close < 0 || j === i + 1) return null;
  const last = kids[j] as Text;
  const bang = open > 0 && first.value[open - 1] === '!';
  const segments: PhrasingContent[] = [
    text(first.value.slice(open + 2)),
    ...(kids.slice(i + 1, j) as PhrasingContent[]),
    text(last.value.slice(0, close)),
  ];
  // the target is the plain text before the first `|` found in a text segment
  let target = '';
  let label: PhrasingContent[] | undefined;
  for (let s = 0; s < segments.length; s++) {
    const seg = segments[s];
    const bar = seg.type === 'text' ? seg.value.indexOf('|') : -1; // `\|` (in tables) counts as `|`
    if (bar < 0) {
      target += plainText([seg]);
      continue;
    }
    target += (seg as Text).value.slice(0, bar).replace(/\\$/, '');
    const rest = (seg as Text).value.slice(bar + 1);
    label = [
      ...(rest ? [text(rest)] : []),
      ...segments.slice(s + 1).filter((n) => n.type !== 'text' || n.value !== ''),
    ];
    break;
  }
  if (target.trim() === '') return null;
  const inner = label ? `${target}|${plainText(label)}` : target;
  const node = wikiNode(ctx, index, state, bang, inner, label);
  const before = first.value.slice(0, bang ? open - 1 : open);
  const after = last.value.slice(close + 2);
  return { nodes: [...(before ? [text(before)] : []), node, ...(after ? [text(after)] : [])], end: j };
}

/** `![alt|100x145](url)`: Obsidian's size, on vault and web images alike; the alt text keeps the rest. */
function takeAltSize(node: Image): AltSize | null {
  const size = sizeFromAlt(node.alt ?? '');
  if (!size) return null;
  node.alt = size.alt;
  node.data = { ...node.data, hProperties: { ...(node.data?.hProperties ?? {}), ...sizedAttributes(size) } };
  return size;
}

function rewriteMarkdownLink(
  ctx: WikiLinkContext,
  index: LinkIndex,
  state: EmbedState,
  node: Link | Image,
  size: AltSize | null,
): PhrasingContent | null {
  const url = node.url;
  if (!url || url.startsWith('#') || /^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(url) || url.startsWith('//')) return null;
  const path = linkPath(url);
  if (!path) return null;
  if (isNoteFile(path)) {
    const r = resolveMarkdownHref(index, url, ctx.file);
    if (node.type === 'image') {
      // `![](Other.md#제목)` embeds the note, as `![[Other#제목]]` does
      if (r === null) return unresolved(`[${node.alt || path}]`, t.missingNote(path));
      const hash = url.indexOf('#');
      return noteEmbed(ctx, index, state, r, hash < 0 ? undefined : safeDecode(url.slice(hash + 1)));
    }
    if (r === null) return unresolved(plain(node), t.missingNote(path));
    node.url = noteUrl(ctx.base, r.slug, r.anchor);
    node.data = {
      ...node.data,
      hProperties: { ...(node.data?.hProperties ?? {}), className: ['internal-link'], dataSlug: r.slug },
    };
    return null;
  }
  const att = findAttachmentFrom(index, path, ctx.file);
  if (att === null && node.type === 'link') {
    // Obsidian's note links without `.md` (`[x](Three%20laws)`, `[x](torch.Tensor)`)
    const r = resolveMarkdownHref(index, url, ctx.file);
    if (r !== null) {
      node.url = noteUrl(ctx.base, r.slug, r.anchor);
      node.data = {
        ...node.data,
        hProperties: { ...(node.data?.hProperties ?? {}), className: ['internal-link'], dataSlug: r.slug },
      };
      return null;
    }
  }
  if (!FILE_EXT.test(path)) {
    // a site-absolute path (`/tags/`) is left alone; a relative one that names no note or file of
    // the vault (a folder, a hidden file) would lead nowhere on the site, whose pages are not laid
    // out as the vault's folders
    if (att !== null || path.startsWith('/')) return null;
    return unresolved(node.type === 'image' ? `[${node.alt || path}]` : plain(node), t.missingNote(path));
  }
  if (att === null) {
    // a site-absolute path (`/favicon.svg`) is left alone; a relative one is the vault's
    if (path.startsWith('/')) return null;
    return unresolved(node.type === 'image' ? `[${node.alt || path}]` : plain(node), t.missingAttachment(path));
  }
  node.url = attachmentUrl(ctx.base, att);
  if (node.type === 'image') {
    // `![](clip.mp4)`, `![](talk.mp3)`, `![](paper.pdf)`: a player or a PDF card, as in Obsidian
    if (!isImageFile(att)) {
      const media = mediaEmbed(ctx, att, node.url, node.alt || undefined);
      if (media) return media;
    }
    const known = sizeProps(ctx, att);
    node.data = {
      ...node.data,
      hProperties: {
        loading: 'lazy',
        decoding: 'async',
        ...known,
        ...(node.data?.hProperties ?? {}),
        ...(size ? sizedAttributes(size, known) : {}),
      },
    };
  }
  return null;
}

function plain(node: Link): string {
  return plainText(node.children) || node.url;
}

/**
 * `[[2단계 인증]](2FA)`: Markdown reads `[[2단계 인증]]` as the text of a link to `2FA`;
 * Obsidian shows the wiki-link and leaves `(2FA)` as text. Same for `![[x]](y)`.
 */
function wikiShapedLink(
  ctx: WikiLinkContext,
  index: LinkIndex,
  state: EmbedState,
  node: Link | Image,
  src: string,
): PhrasingContent[] | null {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return null;
  const embed = node.type === 'image';
  const lead = embed ? '![[' : '[[';
  if (!src.startsWith(lead, start)) return null;
  const close = src.indexOf(']]', start + lead.length);
  if (close < 0 || close + 2 > end) return null;
  const inner = src.slice(start + lead.length, close);
  if (inner.trim() === '' || /[[\]\n]/.test(inner)) return null;
  const rest = src.slice(close + 2, end);
  return [wikiNode(ctx, index, state, embed, inner), ...(rest ? [text(rest)] : [])];
}

type EmbedPlaceholder = PhrasingContent & { data: { embedBlock?: RootContent } };

function isBlank(n: PhrasingContent): boolean {
  return n.type === 'break' || (n.type === 'text' && n.value.trim() === '');
}

/** A paragraph holding note embeds, as paragraphs and embed frames in their order. */
function splitEmbeds(para: Paragraph): RootContent[] | null {
  if (!para.children.some((c) => (c as EmbedPlaceholder).data?.embedBlock)) return null;
  const out: RootContent[] = [];
  let cur: PhrasingContent[] = [];
  const flush = () => {
    while (cur.length && isBlank(cur[cur.length - 1])) cur.pop();
    while (cur.length && isBlank(cur[0])) cur.shift();
    if (cur.length) {
      const f = cur[0];
      if (f.type === 'text') cur[0] = text(f.value.replace(/^\s+/, ''));
      const l = cur[cur.length - 1];
      if (l.type === 'text') cur[cur.length - 1] = text(l.value.replace(/\s+$/, ''));
      out.push({ type: 'paragraph', children: cur });
    }
    cur = [];
  };
  for (const c of para.children) {
    const block = (c as EmbedPlaceholder).data?.embedBlock;
    if (block) {
      flush();
      out.push(block);
    } else cur.push(c);
  }
  flush();
  return out;
}

function transform(tree: Root, ctx: WikiLinkContext, src: string, state: EmbedState): void {
  const index = ctx.links;
  const tagKeys = new Set((ctx.tags ?? []).map((tag) => normalizeTag(tag).key).filter(Boolean));
  const walk = (parent: Parent) => {
    const kids = parent.children;
    for (let i = 0; i < kids.length; i++) {
      const node = kids[i];
      if ((node.data as { garden?: boolean } | undefined)?.garden) continue;
      const size = node.type === 'image' ? takeAltSize(node) : null;
      if ((node.type === 'link' || node.type === 'image') && index) {
        const wiki = wikiShapedLink(ctx, index, state, node, src);
        if (wiki) {
          spliceAll(kids, i, 1, wiki as RootContent[]);
          i += wiki.length - 1;
          continue;
        }
        const rep = rewriteMarkdownLink(ctx, index, state, node, size);
        if (rep) {
          kids.splice(i, 1, rep as RootContent);
          continue;
        }
      }
      if (node.type === 'text') {
        const joined = index ? joinSplitLink(ctx, index, state, kids, i) : null;
        if (joined) {
          spliceAll(kids, i, joined.end - i + 1, joined.nodes as RootContent[]);
          i--; // the text before the link is scanned again, for links and tags
          continue;
        }
        const parts = split(ctx, index, state, tagKeys, node, i === 0 || kids[i - 1]?.type === 'break');
        if (parts) {
          spliceAll(kids, i, 1, parts as RootContent[]);
          i += parts.length - 1;
        }
        continue;
      }
      // an image inside a link (`[![alt](img.png)](https://…)`, a badge or a clickable figure) is
      // the vault's attachment as any other; the rest of the link's text is left as written, and so
      // is a note's path (`![](Other.md)` embeds a note, which a link cannot hold)
      if (node.type === 'link' && index) {
        const inner = node.children;
        for (let k = 0; k < inner.length; k++) {
          const img = inner[k];
          if (img.type !== 'image' || isNoteFile(linkPath(img.url))) continue;
          const rep = rewriteMarkdownLink(ctx, index, state, img, takeAltSize(img));
          if (rep) inner.splice(k, 1, rep);
        }
      }
      if (SKIP.has(node.type)) continue;
      if ('children' in node) walk(node);
      if (node.type === 'paragraph' && FLOW_PARENTS.has(parent.type)) {
        const parts = splitEmbeds(node);
        if (parts) {
          spliceAll(kids, i, 1, parts);
          i += parts.length - 1;
        }
      }
    }
  };
  walk(tree);
}

/**
 * Obsidian links in the note: `[[note]]`, `[[alias|label]]`, `[[note#제목]]`, `[[#제목]]`,
 * `[[note#^block]]`, labels with code or formatting, embeds (`![[note]]`, `![[note#제목]]`,
 * `![[note#^id]]`: the embedded text in a frame captioned with a link to its note, nested
 * up to EMBED_MAX_DEPTH, a loop shown as a link), `![[image.png]]`, audio, video and PDF
 * embeds, ordinary `[x](other.md)` and `![](img.png)` relative to the note, and inline
 * `#tags` (links to their tag pages). Code, inline code, raw HTML and existing links are
 * left alone. Resolved links get `class="internal-link" data-slug`; unresolved ones become
 * `<span class="unresolved-link" title="…">` text, never a 404 link.
 */
export function remarkWikiLinks(this: Processor) {
  const own = (value: string) => this.parse(value) as Root;
  return (tree: Root, file: VFile) => {
    const ctx = (file.data as { astro?: { frontmatter?: { garden?: WikiLinkContext } } }).astro?.frontmatter?.garden;
    if (!ctx) return;
    // an embedded note is read with its own syntax: Markdown in an MDX page, MDX in a Markdown page
    const hostMdx = isMdxNote(ctx.file);
    const parse = (value: string, from: string) =>
      !hostMdx && !isMdxNote(from)
        ? own(value)
        : parseEmbedded(value, isMdxNote(from), (t, text) => void lowerMdx(t, text));
    const state: EmbedState = { depth: 0, chain: [`${ctx.slug}#`], counter: { n: 0 }, parse };
    transform(tree, ctx, String(file.value ?? ''), state);
  };
}

/**
 * `arr.splice(at, remove, ...items)` in slices: spreading 100,000 links of one note into a single
 * call overflows the argument stack.
 */
function spliceAll<T>(arr: T[], at: number, remove: number, items: T[]): void {
  arr.splice(at, remove);
  for (let k = 0; k < items.length; k += 10_000) arr.splice(at + k, 0, ...items.slice(k, k + 10_000));
}
