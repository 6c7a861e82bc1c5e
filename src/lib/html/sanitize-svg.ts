import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';

/**
 * An SVG file from the vault, made safe to publish on the site's own origin (opened directly it
 * is a document that could run script): parsed into a tree and rebuilt from an allowlist of
 * drawing elements and attributes. Gone: <script>, <foreignObject>, animation (<animate>/<set>
 * can write `href`), event handlers, `href`s other than `#fragment` (and raster `data:` images),
 * and CSS that fetches anything (`url(` to other files, `@import`).
 */
const ELEMENTS = new Set([
  'svg',
  'g',
  'defs',
  'symbol',
  'use',
  'title',
  'desc',
  'metadata',
  'path',
  'rect',
  'circle',
  'ellipse',
  'line',
  'polyline',
  'polygon',
  'text',
  'tspan',
  'textPath',
  'linearGradient',
  'radialGradient',
  'stop',
  'pattern',
  'clipPath',
  'mask',
  'marker',
  'image',
  'style',
  'switch',
  'filter',
  'feBlend',
  'feColorMatrix',
  'feComponentTransfer',
  'feComposite',
  'feConvolveMatrix',
  'feDiffuseLighting',
  'feDisplacementMap',
  'feDistantLight',
  'feDropShadow',
  'feFlood',
  'feFuncA',
  'feFuncB',
  'feFuncG',
  'feFuncR',
  'feGaussianBlur',
  'feImage',
  'feMerge',
  'feMergeNode',
  'feMorphology',
  'feOffset',
  'fePointLight',
  'feSpecularLighting',
  'feSpotLight',
  'feTile',
  'feTurbulence',
]);

const LINK_PROPS = new Set(['href', 'xLinkHref']);
const SAFE_DATA_IMAGE = /^data:image\/(png|jpe?g|gif|webp|avif);base64,[a-z0-9+/=\s]*$/i;
const FETCHING_CSS = /@import|url\s*\(\s*(?!['"]?#)|expression\s*\(|javascript:|behavior\s*:/i;

function safeLink(tag: string, value: unknown): boolean {
  // eslint-disable-next-line no-control-regex -- drops C0 controls and spaces, as a browser does before reading a URL's scheme
  const v = String(value).replace(/[\u0000-\u0020]/g, '');
  if (v.startsWith('#')) return true;
  return (tag === 'image' || tag === 'feImage') && SAFE_DATA_IMAGE.test(String(value).trim());
}

/** A link (`<a>`) keeps its drawing, without being a link; anything else not allowed goes with its content. */
function cleanAll(nodes: ElementContent[]): ElementContent[] {
  const out: ElementContent[] = [];
  for (const child of nodes) {
    if (child.type === 'element' && child.tagName === 'a') out.push(...cleanAll(child.children));
    else {
      const c = clean(child);
      if (c) out.push(c);
    }
  }
  return out;
}

function clean(node: ElementContent): ElementContent | null {
  if (node.type === 'text') return node;
  if (node.type !== 'element') return null;
  if (!ELEMENTS.has(node.tagName)) return null;
  const properties: Element['properties'] = {};
  for (const [key, value] of Object.entries(node.properties)) {
    if (/^on/i.test(key)) continue;
    if (LINK_PROPS.has(key)) {
      if (safeLink(node.tagName, value)) properties[key] = value;
      continue;
    }
    if (/^xLink|^xmlns/.test(key)) continue;
    if (typeof value === 'string' && FETCHING_CSS.test(value)) continue;
    properties[key] = value;
  }
  let children: ElementContent[] = [];
  if (node.tagName === 'style') {
    const css = node.children.map((c) => (c.type === 'text' ? c.value : '')).join('');
    // Serialized as raw text: no markup characters may be in it (the file is read as XML).
    if (FETCHING_CSS.test(css) || /[<&]/.test(css)) return null;
    children.push({ type: 'text', value: css });
  } else {
    children = cleanAll(node.children);
  }
  return { type: 'element', tagName: node.tagName, properties, children };
}

/** The sanitized SVG document, or null when the file has no `<svg>` root. */
export function sanitizeSvg(text: string): string | null {
  const tree: Root = fromHtml(text.replace(/<\?xml[^>]*\?>/g, '').replace(/<!DOCTYPE[^>[]*(\[[^\]]*\])?>/gi, ''), {
    fragment: true,
    space: 'svg',
  });
  const root = tree.children.find((c): c is Element => c.type === 'element' && c.tagName === 'svg');
  if (!root) return null;
  const safe = clean(root) as Element;
  safe.properties = { xmlns: 'http://www.w3.org/2000/svg', ...safe.properties };
  return `<?xml version="1.0" encoding="UTF-8"?>\n${toHtml(safe, { space: 'svg', closeEmptyElements: true })}\n`;
}
