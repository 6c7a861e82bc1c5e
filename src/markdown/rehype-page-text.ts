import type { Root } from 'hast';
import type { VFile } from 'vfile';
import { pageText } from '../lib/notes/page-text.ts';
import { scriptLetters } from '../lib/notes/note-language.ts';
import { factsOf } from './render-context.ts';

/**
 * Records the note's readable text (src/lib/notes/page-text.ts) for search, and how many Hangul and
 * Latin letters it has for the page's language: runs last, on the final tree.
 */
export function rehypePageText() {
  return (tree: Root, file: VFile) => {
    const facts = factsOf(file);
    facts.text = pageText(tree);
    facts.letters = scriptLetters(facts.text);
  };
}
