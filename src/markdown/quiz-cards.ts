import { renderQuizCard } from '../lib/quiz/card.ts';
import { quizId } from '../lib/quiz/quiz-id.ts';
import { replaceQuizSections } from '../lib/quiz/replace.ts';

/**
 * Exam question sections that parse cleanly become practice cards (one raw HTML block each, which
 * rehype-raw parses and the sanitizer passes). Ids are keyed by the note's slug, the same key the
 * /quiz/ index uses, so progress made on either page shows on both.
 */
export function quizCardsMarkdown(body: string, slug: string): string {
  return replaceQuizSections(body, (quiz, i) => renderQuizCard(quiz, { id: quizId(slug, i) })).markdown;
}
