// Links from a note to a place on its own page (`[text](#anchor)`, or a resolved `[[#Heading]]`
// whose URL is the page's own) checked against the ids the rendered page really has.
import type { Element, Root } from 'hast';
import { slug as githubSlug } from 'github-slugger';
import { visit } from 'unist-util-visit';

export interface MissingAnchor {
  /** The fragment as the note wrote it, percent-decoded. */
  anchor: string;
  /** The link's text. */
  text: string;
}

export interface SamePageOptions {
  /** The page's own URL (`/base/slug/`): a link to it plus `#…` is a same-page link too. */
  pageUrl: string;
  /** The title a link to a missing place gets (the words the page shows on hover). */
  missingTitle: (anchor: string) => string;
}

const decode = (s: string) => {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
};

function hasClass(node: Element, name: string): boolean {
  const c: unknown = node.properties.className;
  return Array.isArray(c) && c.includes(name);
}

function textOf(node: Element): string {
  let out = '';
  visit(node, 'text', (t) => {
    out += t.value;
  });
  return out.trim();
}

/**
 * Every same-page link whose fragment names no id of the page is handled as Obsidian handles a
 * link to a heading the note does not have: it goes to the top of the note and is marked
 * (`missing-heading`, with the hover title). A fragment written as heading text (`#Heading%20Text`,
 * Obsidian's own form) that slugs to a heading id goes to that heading. The ones found outside
 * embedded notes are returned (an embed's own links are its note's to report). One pass to collect
 * ids, one over the links: linear in the tree.
 */
export function fixSamePageAnchors(tree: Root, opts: SamePageOptions): MissingAnchor[] {
  const ids = new Set<string>();
  visit(tree, 'element', (node: Element) => {
    if (typeof node.properties.id === 'string' && node.properties.id !== '') ids.add(node.properties.id);
  });
  const missing: MissingAnchor[] = [];
  const walk = (node: Root | Element, inEmbed: boolean) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      const embed = inEmbed || (child.tagName === 'figure' && hasClass(child, 'note-embed'));
      const href = child.properties.href;
      if (child.tagName === 'a' && typeof href === 'string') {
        const at = href.startsWith('#') ? 0 : href.startsWith(`${opts.pageUrl}#`) ? opts.pageUrl.length : -1;
        const anchor = at >= 0 ? decode(href.slice(at + 1)) : '';
        if (anchor !== '' && !ids.has(anchor)) {
          const slugged = githubSlug(anchor);
          if (ids.has(slugged)) child.properties.href = `#${slugged}`;
          else {
            child.properties.href = opts.pageUrl;
            child.properties.className = [
              ...(Array.isArray(child.properties.className) ? child.properties.className : []),
              'missing-heading',
            ];
            child.properties.title = opts.missingTitle(anchor);
            if (!embed) missing.push({ anchor, text: textOf(child) });
          }
        }
      }
      walk(child, embed);
    }
  };
  walk(tree, false);
  return missing;
}
