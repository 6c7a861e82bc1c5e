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
      const block: Math = { type: 'math', value: (only).value, position: node.position };
      parent.children.splice(index, 1, block);
    });
    visit(tree, 'inlineMath', (node: InlineMath) => {
      if (!isDouble(node)) return;
      node.data = { ...node.data, hProperties: { ...(node.data?.hProperties ?? {}), className: ['language-math', 'math-display'] } };
    });
  };
}

/** `errorColor` follows the theme (the TeX of a broken formula is shown in the site's error colour). */
export const KATEX_OPTIONS = { output: 'mathml', throwOnError: false, strict: 'ignore', errorColor: 'var(--bad)' } as const;

/** rehype-katex with the garden's options, then every formula marked for the search indexer to skip. */
export function rehypeObsidianMath() {
  const katex = rehypeKatex(KATEX_OPTIONS);
  return (tree: HastRoot, file: VFile) => {
    katex(tree, file);
    visit(tree, 'element', (node: Element) => {
      const cls = node.properties.className;
      if (node.tagName === 'span' && Array.isArray(cls) && (cls.includes('katex') || cls.includes('katex-display') || cls.includes('katex-error'))) {
        node.properties.dataPagefindIgnore = '';
        const block = node.children.some((c) => c.type === 'element' && c.tagName === 'math' && c.properties.display === 'block');
        if (block) node.tagName = 'div';
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
