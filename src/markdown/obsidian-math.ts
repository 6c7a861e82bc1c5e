import type { Element, Root as HastRoot } from 'hast';
import type { Root } from 'mdast';
import type { InlineMath, Math } from 'mdast-util-math';
import rehypeKatex from 'rehype-katex';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

/**
 * Math as Obsidian writes it, rendered at build time to MathML (Chromium, Firefox and Safari draw
 * it natively: no math script, stylesheet or font on the page).
 * - `$x$` inline and `$$ … $$` blocks are parsed by remark-math; which `$` count as delimiters is
 *   decided before parsing (src/lib/obsidian/math-dollars.ts: `$5 and $10` stays prose);
 * - `$$…$$` inside a paragraph is display math in Obsidian, so it is rendered in display mode,
 *   and a paragraph that holds only such math becomes a math block;
 * - a TeX error never stops the build: KaTeX shows the source in red (`throwOnError: false`);
 * - fences (`\left|`, matrices' bars) are marked stretchy, as TeX draws them;
 * - the rendered formula is left out of the search index (`data-pagefind-ignore`), whose
 *   excerpts would otherwise fill with MathML's letters and the TeX annotation.
 */
export function remarkObsidianMath() {
  return (tree: Root, file: VFile) => {
    const source = String(file.value ?? '');
    const isDouble = (n: InlineMath) => {
      const at = n.position?.start.offset;
      return at !== undefined && source.startsWith('$$', at);
    };
    visit(tree, 'paragraph', (node, index, parent) => {
      const parts = node.children.filter((c) => !(c.type === 'text' && c.value.trim() === ''));
      const only = parts.length === 1 && parts[0].type === 'inlineMath' && isDouble(parts[0]) ? parts[0] : null;
      if (!only || !parent || index === undefined) return;
      const block = displayBlock(only.value, node.position);
      parent.children.splice(index, 1, block);
    });
    visit(tree, 'inlineMath', (node: InlineMath) => {
      if (!isDouble(node)) return;
      node.data = {
        ...node.data,
        hProperties: { ...(node.data?.hProperties ?? {}), className: ['language-math', 'math-display'] },
      };
    });
  };
}

/**
 * A math block as remark-math builds one for a `$$` fence: `<pre><code class="language-math
 * math-display">`, which rehype-katex renders in display mode (a bare `math` node would reach the
 * page as its TeX text).
 */
function displayBlock(value: string, position: Math['position']): Math {
  const code = {
    type: 'element' as const,
    tagName: 'code',
    properties: { className: ['language-math', 'math-display'] },
    children: [{ type: 'text' as const, value }],
  };
  return { type: 'math', value, position, data: { hName: 'pre', hChildren: [code] } };
}

/** `errorColor` follows the theme (the TeX of a broken formula is shown in the site's error colour). */
export const KATEX_OPTIONS = {
  output: 'mathml',
  throwOnError: false,
  strict: 'ignore',
  errorColor: 'var(--bad)',
} as const;

/** Elements whose content is phrasing only. */
const PHRASING_PARENTS = new Set([
  'p',
  'a',
  'span',
  'em',
  'strong',
  'del',
  'mark',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'summary',
]);

/** rehype-katex with the garden's options, then every formula marked for the search indexer to skip. */
export function rehypeObsidianMath() {
  const katex = rehypeKatex(KATEX_OPTIONS);
  return (tree: HastRoot, file: VFile) => {
    katex(tree, file);
    visit(tree, 'element', (node: Element, _index, parent) => {
      const cls = node.properties.className;
      if (
        node.tagName === 'span' &&
        Array.isArray(cls) &&
        (cls.includes('katex') || cls.includes('katex-display') || cls.includes('katex-error'))
      ) {
        node.properties.dataPagefindIgnore = '';
        const block = node.children.some(
          (c) => c.type === 'element' && c.tagName === 'math' && c.properties.display === 'block',
        );
        // a formula between words (`앞 $$x$$ 뒤`) stays a span, shown as a block by the stylesheet:
        // a <div> may not stand inside a paragraph
        if (block && !(parent?.type === 'element' && PHRASING_PARENTS.has(parent.tagName))) node.tagName = 'div';
        node.properties.className = [...cls, 'math', block ? 'math-display' : 'math-inline'];
        // `\left| … \right|` fences stretch in TeX; MathML stretches `|` only when told so.
        visit(node, 'element', (mo: Element) => {
          if (mo.tagName === 'mo' && mo.properties.fence === 'true') mo.properties.stretchy = 'true';
        });
        return 'skip';
      }
      return undefined;
    });
  };
}
