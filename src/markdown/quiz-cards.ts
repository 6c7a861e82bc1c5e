import type { VFile } from 'vfile';
import { renderQuizCard } from '../lib/quiz/card.ts';
import { questionId } from '../lib/quiz/quiz-id.ts';
import { replaceQuizSections } from '../lib/quiz/replace.ts';
import type { Quiz } from '../lib/quiz/types.ts';
import { holdHtml } from '../lib/html/trusted.ts';
import type { TrustedStash } from '../lib/html/sanitize-tree.ts';

/**
 * A question's practice card. Its id comes from the question's own text, the same id the /quiz/
 * index uses, so progress made on either page shows on both. A question repeated within one note
 * (`used` counts them) shares its progress id and gets a distinct HTML id.
 */
export function quizCardHtml(quiz: Quiz, used: Map<string, number>): string {
  const id = questionId(quiz);
  const n = (used.get(id) ?? 0) + 1;
  used.set(id, n);
  return renderQuizCard(quiz, { id, htmlId: n === 1 ? id : `${id}-${n}` });
}

/**
 * Exam question sections that parse cleanly become practice cards (each the garden's own HTML, held
 * in the note's trusted stash: a placeholder block in the Markdown, put back after sanitizing).
 */
export function quizCardsMarkdown(
  body: string,
  _slug: string,
  stash: TrustedStash,
  used = new Map<string, number>(),
): { markdown: string; quizzes: Quiz[] } {
  return replaceQuizSections(body, (quiz) => holdHtml(stash, quizCardHtml(quiz, used)));
}

/** The note's quiz ids so far (renderNote passes them as `frontmatter.gardenQuizIds`), shared by sections and `<Quiz>`. */
export function quizIdsOf(file: VFile): Map<string, number> {
  const fm = (((file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro ??= {}).frontmatter ??= {});
  return (fm.gardenQuizIds ??= new Map<string, number>()) as Map<string, number>;
}
