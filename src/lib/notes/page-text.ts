import type { Element, Root, RootContent } from 'hast';

/** Elements whose end separates words, like a line break in what the reader sees. */
const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'br',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);
/** Never text a reader reads as the note: code that runs, drawings, and controls (`정답 확인`). */
const SKIP = new Set(['script', 'style', 'template', 'svg', 'noscript', 'button', 'input', 'select', 'textarea']);

function skipped(el: Element): boolean {
  const p = el.properties ?? {};
  if (SKIP.has(el.tagName)) return true;
  // data-pagefind-ignore keeps exam answers and diagram drawings out of search, as on the page
  if (p.dataPagefindIgnore !== undefined && p.dataPagefindIgnore !== null) return true;
  if (p.hidden !== undefined && p.hidden !== null && p.hidden !== false) return true;
  if (String(p.ariaHidden) === 'true') return true;
  const cls = p.className;
  return Array.isArray(cls) && cls.includes('heading-anchor');
}

/**
 * The text of a rendered note as search should index it: what the reader reads, in order, with
 * blocks separated, without exam answers, diagram drawings (their edge list stays), heading
 * anchors or other hidden markup. A walk of its own rather than hast-util-to-text, which cannot
 * leave subtrees out.
 */
export function pageText(tree: Root): string {
  const out: string[] = [];
  const walk = (nodes: RootContent[]) => {
    for (const node of nodes) {
      if (node.type === 'text') out.push(node.value);
      else if (node.type === 'element') {
        if (skipped(node)) continue;
        if (node.tagName === 'math') {
          // MathML: its annotation holds the TeX source; the visible symbols are enough for search
          walk(node.children.filter((c) => !(c.type === 'element' && c.tagName === 'annotation')));
          out.push(' ');
          continue;
        }
        walk(node.children);
        if (BLOCK.has(node.tagName)) out.push('\n');
      }
    }
  };
  walk(tree.children);
  return out
    .join('')
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}
