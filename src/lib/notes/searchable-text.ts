import { findQuizSections } from '../quiz/sections.ts';

/**
 * The text of a note that search may index: the body without the answers and explanations of
 * its exam questions (they would spoil the question in excerpts). The question and options stay.
 */
export function searchableText(body: string): string {
  const sections = findQuizSections(body);
  if (sections.length === 0) return body;
  const lines = body.split('\n');
  for (const s of sections) {
    const from = s.startLine - 1;
    const to = Math.min(s.endLine, lines.length);
    const answerAt = lines.slice(from, to).findIndex((l) => /^\s*(\*\*|__)?\s*(정답|답|answer|correct answer)\s*[:：]/i.test(l));
    const cut = answerAt >= 0 ? from + answerAt : from;
    for (let i = cut; i < to; i++) lines[i] = '';
  }
  return lines.join('\n');
}
