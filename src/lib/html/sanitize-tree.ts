import type { Element, ElementContent, Nodes, Parents, Root } from 'hast';
import { sanitize } from 'hast-util-sanitize';
import { visit, SKIP } from 'unist-util-visit';
import { HOLD_ATTRIBUTE, sanitizeSchema } from './sanitize-schema.ts';
import { t } from '../../i18n/index.ts';

/** Something the sanitizer removed or changed, at its place in the Markdown it was parsed from. */
export interface HtmlFinding {
  line: number;
  column: number;
  what: string;
}

/** Trusted parts of the page (built by the garden, not by the note) waiting in placeholders. */
export interface TrustedStash {
  nonce: string;
  items: Map<string, ElementContent[]>;
}

const SHOWN_VALUE = 60;

/** A value as shown in a message: bounded, control characters visible. */
export function shownValue(value: unknown): string {
  const s = Array.isArray(value) ? value.join(' ') : String(value);
  const cut = s.length > SHOWN_VALUE ? `${s.slice(0, SHOWN_VALUE)}…` : s;
  return JSON.stringify(cut);
}

/** Video hosts a note may embed, rewritten to their privacy-friendly player. */
export function videoEmbedUrl(src: string): string | null {
  let url: URL;
  try {
    url = new URL(src);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  const host = url.hostname.toLowerCase().replace(/^(www|m)\./, '');
  const id = (s: string | null | undefined, re: RegExp) => (s && re.test(s) ? s : null);
  const YT = /^[A-Za-z0-9_-]{6,20}$/;
  if (host === 'youtube.com' || host === 'youtube-nocookie.com') {
    const m = /^\/(?:embed|shorts|live)\/([^/]+)\/?$/.exec(url.pathname);
    const v = id(m ? m[1] : url.pathname === '/watch' ? url.searchParams.get('v') : null, YT);
    return v ? `https://www.youtube-nocookie.com/embed/${v}` : null;
  }
  if (host === 'youtu.be') {
    const v = id(url.pathname.slice(1), YT);
    return v ? `https://www.youtube-nocookie.com/embed/${v}` : null;
  }
  if (host === 'vimeo.com' || host === 'player.vimeo.com') {
    const m = /^\/(?:video\/)?(\d{1,12})\/?$/.exec(url.pathname);
    return m ? `https://player.vimeo.com/video/${m[1]}` : null;
  }
  return null;
}

/** Where embedded players load from: the page's `frame-src` (astro.config.mjs). */
export const VIDEO_FRAME_SOURCES = ['https://www.youtube-nocookie.com', 'https://player.vimeo.com'];

export const IFRAME_SANDBOX = 'allow-scripts allow-same-origin allow-presentation';

type Seen = { tagName: string; properties: Record<string, unknown>; line: number; column: number };

function key(node: Element): string | null {
  const p = node.position?.start;
  return p && p.offset !== undefined ? `${p.offset}/${node.tagName}` : null;
}

/**
 * The frame that holds an embedded note's text (`![[Note]]`): made by the embed, so it has no
 * place in the note's source; a `<div class="note-embed-body">` the note writes itself has one and
 * is the note's own HTML.
 */
export function isEmbedFrame(node: Element): boolean {
  const cls = node.properties.className;
  return node.position === undefined && Array.isArray(cls) && cls.includes('note-embed-body');
}

/**
 * The elements of the note itself, by source position. The text of an embedded note
 * (`![[Note]]`, in its frame's `.note-embed-body`) is left out: its positions are not places in
 * this note, and the embedded note reports what is removed from it on its own.
 */
function collect(tree: Nodes): Map<string, Seen> {
  const out = new Map<string, Seen>();
  visit(tree, 'element', (node: Element) => {
    if (isEmbedFrame(node)) return SKIP;
    const k = key(node);
    if (k && !out.has(k)) {
      const p = node.position!.start;
      out.set(k, { tagName: node.tagName, properties: { ...node.properties }, line: p.line, column: p.column });
    }
  });
  return out;
}

const STRIPPED = new Set(sanitizeSchema.strip ?? []);

/**
 * Sanitizes a note's tree with the schema (src/lib/html/sanitize-schema.ts) and reports, from the
 * difference between the tree before and after, every element and attribute that was removed:
 * the report is made by the same pass that makes the page, so a note `garden check` calls clean is
 * clean. Then: `<iframe>`s from a known video host are rewritten to its embed player and sandboxed
 * (any other is removed and reported); `#anchor` links to an id the schema prefixed follow it; and
 * trusted parts held in the stash are put back in their placeholders.
 */
export function sanitizeNoteTree(tree: Root, stash?: TrustedStash): { tree: Root; findings: HtmlFinding[] } {
  const before = collect(tree);
  const clean = sanitize(tree, sanitizeSchema) as Root;
  const after = collect(clean);
  const findings: HtmlFinding[] = [];
  for (const [k, was] of before) {
    if (was.properties[HOLD_ATTRIBUTE] !== undefined) continue;
    const now = after.get(k);
    const tag = `<${was.tagName}>`;
    if (!now) {
      findings.push({
        line: was.line,
        column: was.column,
        what: STRIPPED.has(was.tagName) ? `${tag} and its content` : `${tag} (its text is kept)`,
      });
      continue;
    }
    // An iframe is either rewritten whole (a known video player) or removed: reported below.
    if (was.tagName === 'iframe') continue;
    for (const [name, value] of Object.entries(was.properties)) {
      if (name === 'className' || value === undefined || value === null || value === false) continue;
      const kept = now.properties[name];
      if (kept === undefined) {
        findings.push({ line: was.line, column: was.column, what: `${attrName(name)}=${shownValue(value)} on ${tag}` });
      }
    }
  }

  const ids = new Set<string>();
  visit(clean, 'element', (node: Element) => {
    if (typeof node.properties.id === 'string') ids.add(node.properties.id);
  });
  const prefix = sanitizeSchema.clobberPrefix ?? '';
  // iframes of embedded notes' text are handled alike, and reported by those notes (see collect);
  // which ones those are is looked up only when an iframe is removed (rare)
  let embedded: Set<Element> | undefined;
  const isEmbedded = (el: Element) => {
    if (!embedded) {
      const found = new Set<Element>();
      visit(clean, 'element', (node: Element) => {
        if (!isEmbedFrame(node)) return undefined;
        visit(node, 'element', (e: Element) => void (e.tagName === 'iframe' && found.add(e)));
        return SKIP;
      });
      embedded = found;
    }
    return embedded.has(el);
  };
  visit(clean, 'element', (node: Element, index, parent: Parents | undefined) => {
    if (node.tagName === 'iframe' && parent && index !== undefined) {
      const src = typeof node.properties.src === 'string' ? videoEmbedUrl(node.properties.src) : null;
      if (src === null) {
        const p = node.position?.start;
        if (!isEmbedded(node))
          findings.push({
            line: p?.line ?? 1,
            column: p?.column ?? 1,
            what: `<iframe> from ${node.properties.src === undefined ? 'no address' : shownValue(node.properties.src)} (only YouTube and Vimeo videos are embedded)`,
          });
        parent.children.splice(index, 1);
        return [SKIP, index];
      }
      node.properties = {
        src,
        title: t.video,
        width: node.properties.width ?? 560,
        height: node.properties.height ?? 315,
        loading: 'lazy',
        referrerPolicy: 'strict-origin-when-cross-origin',
        sandbox: IFRAME_SANDBOX.split(' '),
        allow: 'fullscreen; picture-in-picture; encrypted-media',
        allowFullScreen: true,
      };
      return SKIP;
    }
    const href = node.properties.href;
    if (node.tagName === 'a' && typeof href === 'string' && href.startsWith('#') && href.length > 1) {
      let target = href.slice(1);
      try {
        target = decodeURIComponent(target);
      } catch {
        // keep the fragment as written
      }
      if (!ids.has(target) && ids.has(prefix + target)) node.properties.href = `#${prefix}${target}`;
    }
    if (node.tagName === 'div' && node.properties[HOLD_ATTRIBUTE] !== undefined && parent && index !== undefined) {
      const held = takeHeld(stash, String(node.properties[HOLD_ATTRIBUTE]));
      parent.children.splice(index, 1, ...(held ?? []));
      return [SKIP, index + (held?.length ?? 0)];
    }
    return undefined;
  });
  findings.sort((a, b) => a.line - b.line || a.column - b.column);
  return { tree: clean, findings };
}

function takeHeld(stash: TrustedStash | undefined, value: string): ElementContent[] | undefined {
  if (!stash || !value.startsWith(`${stash.nonce}:`)) return undefined;
  const id = value.slice(stash.nonce.length + 1);
  const held = stash.items.get(id);
  stash.items.delete(id);
  return held;
}

/** `xLinkHref` → `xlink:href`, `onClick` → `onclick`: the attribute as the note wrote it. */
function attrName(property: string): string {
  if (property.startsWith('xLink')) return `xlink:${property.slice(5).toLowerCase()}`;
  if (property.startsWith('data') && /^data[A-Z]/.test(property))
    return `data-${property
      .slice(4)
      .replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)
      .replace(/^-/, '')}`;
  return property.toLowerCase();
}
