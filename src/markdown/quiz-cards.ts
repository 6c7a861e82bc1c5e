import { renderQuizCard } from '../lib/quiz/card.ts';
import { quizId } from '../lib/quiz/quiz-id.ts';
import { replaceQuizSections } from '../lib/quiz/replace.ts';
import { holdHtml } from '../lib/html/trusted.ts';
import type { TrustedStash } from '../lib/html/sanitize-tree.ts';

/**
 * Exam question sections that parse cleanly become practice cards (each the garden's own HTML, held
 * in the note's trusted stash: a placeholder block in the Markdown, put back after sanitizing). Ids are keyed by the note's slug, the same key the
 * /quiz/ index uses, so progress made on either page shows on both.
 */
export function quizCardsMarkdown(body: string, slug: string, stash: TrustedStash): string {
  return replaceQuizSections(body, (quiz, i) => holdHtml(stash, renderQuizCard(quiz, { id: quizId(slug, i) }))).markdown;
}
