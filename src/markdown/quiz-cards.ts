import { renderQuizCard } from '../lib/quiz/card.ts';
import { questionId } from '../lib/quiz/quiz-id.ts';
import { replaceQuizSections } from '../lib/quiz/replace.ts';
import { holdHtml } from '../lib/html/trusted.ts';
import type { TrustedStash } from '../lib/html/sanitize-tree.ts';

/**
 * Exam question sections that parse cleanly become practice cards (each the garden's own HTML, held
 * in the note's trusted stash: a placeholder block in the Markdown, put back after sanitizing). Ids
 * come from the question's own text, the same id the /quiz/ index uses, so progress made on either
 * page shows on both. A question repeated within one note shares its progress id and gets a distinct HTML id.
 */
export function quizCardsMarkdown(body: string, _slug: string, stash: TrustedStash): string {
  const used = new Map<string, number>();
  return replaceQuizSections(body, (quiz) => {
    const id = questionId(quiz);
    const n = (used.get(id) ?? 0) + 1;
    used.set(id, n);
    return holdHtml(stash, renderQuizCard(quiz, { id, htmlId: n === 1 ? id : `${id}-${n}` }));
  }).markdown;
}
