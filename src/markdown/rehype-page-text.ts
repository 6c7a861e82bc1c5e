import type { Root } from 'hast';
import type { VFile } from 'vfile';
import { pageText } from '../lib/notes/page-text.ts';
import { factsOf } from './render-context.ts';

/** Records the note's readable text (src/lib/notes/page-text.ts) for search: runs last, on the final tree. */
export function rehypePageText() {
  return (tree: Root, file: VFile) => {
    factsOf(file).text = pageText(tree);
  };
}
