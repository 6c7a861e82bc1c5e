// Note Markdown → the same Markdown with each cleanly parsed question section's body replaced by card HTML.

import type { Quiz } from './types.ts';
import { findQuizSections } from './sections.ts';

export type ReplacedQuizzes = {
  /** The Markdown to render: headings kept, question bodies replaced by one raw-HTML line each. */
  markdown: string;
  /** The quizzes replaced, in document order (index i is the `index` given to `render`). */
  quizzes: Quiz[];
};

/**
 * Replaces the body (all lines after the heading) of every question section that parsed without problems by
 * `render(quiz, i)`, which must return single-line HTML (renderQuizCard does) so Markdown keeps it as one HTML
 * block. Sections with problems stay as they are. Line count may change; the front matter is untouched.
 */
export function replaceQuizSections(markdown: string, render: (quiz: Quiz, index: number) => string): ReplacedQuizzes {
  const eol = markdown.includes('\r\n') ? '\r\n' : '\n';
  const lines = markdown.split(/\r?\n/);
  const sections = findQuizSections(markdown).filter((s) => s.quiz);
  const quizzes = sections.map((s) => s.quiz!);
  // Replace from the end so earlier line numbers stay valid.
  for (let k = sections.length - 1; k >= 0; k--) {
    const s = sections[k];
    const html = render(quizzes[k], k).replace(/\r?\n/g, ' ');
    lines.splice(s.startLine, s.endLine - s.startLine, '', html);
  }
  return { markdown: lines.join(eol), quizzes };
}
