import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { lowerMdx } from '../lib/mdx/lower.ts';
import { holdHtml } from '../lib/html/trusted.ts';
import { quizCardHtml, quizIdsOf } from './quiz-cards.ts';
import { trustedStash } from './trusted-stash.ts';

/**
 * An MDX note's JSX, expressions and ESM become plain Markdown nodes before any other plugin
 * runs (src/lib/mdx/lower.ts has the rules; nothing is evaluated). A `<Quiz>` becomes the same
 * card a Markdown question section does, held with the garden's trusted HTML. What is reported
 * about the note, `garden check` reports from the same lowering (src/lib/vault/check-mdx.ts).
 */
export function remarkMdxComponents() {
  return (tree: Root, file: VFile) => {
    const stash = trustedStash(file);
    const used = quizIdsOf(file);
    lowerMdx(tree, String(file.value ?? ''), {
      quiz: stash ? (quiz) => ({ type: 'html', value: holdHtml(stash, quizCardHtml(quiz, used)) }) : undefined,
    });
  };
}
