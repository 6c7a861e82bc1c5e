import type { Code, Root } from 'mdast';
import { bundledLanguages } from 'shiki';
import { visit } from 'unist-util-visit';

/** Languages the highlighter has (names and aliases, all lower case). */
const HIGHLIGHTED = new Set(Object.keys(bundledLanguages));
/** Those, the ones it shows as text, and fences other plugins of the garden draw. */
const KNOWN = new Set([...HIGHLIGHTED, 'plaintext', 'plain', 'text', 'txt', 'ansi', 'mermaid', 'math']);

/**
 * Each fence's language as the highlighter (Shiki) knows it: written in another case
 * (`Python`, `SQL`) it is highlighted as the language it names; a language the highlighter does
 * not have (`gradle`, a typo such as `javscript`) is shown as plain code, as Obsidian shows it,
 * instead of each such block being retried and warned about on the console.
 * Runs after the plugins that read a fence's language as written.
 */
export function remarkCodeLanguages() {
  return (tree: Root) => {
    visit(tree, 'code', (node: Code) => {
      if (!node.lang || KNOWN.has(node.lang)) return;
      const lower = node.lang.toLowerCase();
      node.lang = HIGHLIGHTED.has(lower) ? lower : 'plaintext';
    });
  };
}
