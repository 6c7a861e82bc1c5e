import { defaultSchema, type Schema } from 'hast-util-sanitize';

/**
 * What raw HTML and Markdown in a note may produce: GitHub's sanitizing schema (the default of
 * hast-util-sanitize) plus the few elements notes need, and the classes the garden's own
 * link plugin gives its links. Everything else is removed by src/lib/html/sanitize-tree.ts,
 * which also reports what it removed.
 *
 * - URLs: `http`, `https`, `mailto` and relative only (no `javascript:`, `data:`, `vbscript:`, in
 *   any spelling: the check is on the parsed, entity-decoded value against this allowlist).
 * - No `style`, no event handlers, no forms, no `<svg>`/`<math>` inline (an SVG file is shown as `<img>`).
 * - `id` and `name` from notes are prefixed `user-content-` so they cannot clobber the page's globals;
 *   the garden's heading ids are written after sanitizing and keep their plain slugs.
 * - `<iframe>` passes here with its `src` only; sanitize-tree.ts then keeps it only for a video
 *   host it knows (rewritten to the privacy-friendly embed URL) and removes every other one.
 */
const base = defaultSchema.attributes ?? {};

/**
 * Classes the garden's Markdown plugins put on links, spans, embed frames and players
 * (src/markdown/remark-wiki-links.ts): styling only, harmless when a note writes them too.
 */
const GARDEN_LINK_CLASSES = ['internal-link', 'missing-heading', 'attachment-link', 'pdf-embed', 'tag', 'inline-tag'];
const GARDEN_SPAN_CLASSES = [
  'unresolved-link',
  'note-embed',
  'note-embed-notice',
  'note-embed-label',
  'pdf-embed-action',
  'pdf-embed-name',
  'pdf-embed-size',
];
const EMBED_HEADING_CLASSES = ['embed-heading', 'embed-h1', 'embed-h2', 'embed-h3', 'embed-h4', 'embed-h5', 'embed-h6'];

/** The placeholder a trusted part of the page (flow figure, quiz card, highlighted code) waits in. */
export const HOLD_ATTRIBUTE = 'dataGardenHold';

const EXTRA_TAGS = [
  'mark',
  'u',
  'small',
  'abbr',
  'cite',
  'dfn',
  'var',
  'time',
  'bdi',
  'bdo',
  'wbr',
  'figure',
  'figcaption',
  'caption',
  'colgroup',
  'col',
  'audio',
  'video',
  'track',
  'iframe',
];

/** Global attributes kept from GitHub's list, minus the ones with no use in a note. */
const DROPPED_GLOBALS = new Set([
  'action',
  'method',
  'encType',
  'acceptCharset',
  'accept',
  'accessKey',
  'tabIndex',
  'useMap',
  'isMap',
  'prompt',
]);

export const sanitizeSchema: Schema = {
  ...defaultSchema,
  tagNames: [...new Set([...(defaultSchema.tagNames ?? []), ...EXTRA_TAGS])],
  attributes: {
    ...base,
    a: [
      ...(base.a ?? []).filter((a) => !(Array.isArray(a) && a[0] === 'className')),
      ['className', 'data-footnote-backref', ...GARDEN_LINK_CLASSES],
      'dataSlug',
      ['type', 'application/pdf'],
    ],
    span: [
      ['className', ...GARDEN_SPAN_CLASSES],
      ['role', 'note'],
    ],
    div: [...(base.div ?? []), HOLD_ATTRIBUTE, ['className', 'note-embed-body']],
    figure: [['className', 'note-embed', 'embed'], 'dataEmbed'],
    figcaption: [['className', 'note-embed-label']],
    p: [...(base.p ?? []), ['className', ...EMBED_HEADING_CLASSES], ['role', 'heading'], 'ariaLevel'],
    img: [...(base.img ?? []), 'loading', 'decoding'],
    // `$$…$$` within a paragraph is display math (src/markdown/obsidian-math.ts): the class that
    // tells rehype-katex so must outlive the sanitizer, which runs first.
    code: [['className', /^language-./, 'math-display']],
    audio: ['src', 'controls', 'loop', 'muted', 'preload', 'title', ['className', 'embed-audio']],
    video: [
      'src',
      'controls',
      'loop',
      'muted',
      'preload',
      'poster',
      'playsInline',
      'title',
      ['className', 'embed-video'],
    ],
    source: [...(base.source ?? []), 'src', 'type'],
    track: ['src', 'kind', 'srcLang', 'label', 'default'],
    iframe: ['src', 'allowFullScreen'],
    details: ['open'],
    abbr: ['title'],
    time: ['dateTime'],
    '*': (base['*'] ?? []).filter((a) => !DROPPED_GLOBALS.has(typeof a === 'string' ? a : a[0])),
  },
  protocols: {
    href: ['http', 'https', 'mailto'],
    src: ['http', 'https'],
    cite: ['http', 'https'],
    longDesc: ['http', 'https'],
    poster: ['http', 'https'],
  },
  // `<script>`/`<style>`-like elements go with their content; other unknown elements keep their text.
  strip: [
    'script',
    'style',
    'template',
    'noscript',
    'textarea',
    'title',
    'svg',
    'math',
    'object',
    'embed',
    'select',
    'option',
    'xmp',
    'noembed',
    'noframes',
  ],
};
