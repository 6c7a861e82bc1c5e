import type { Root, RootContent } from 'mdast';
import { isMdxNote } from '../notes/note-file.ts';
import { parseQuiz } from '../quiz/parse-quiz.ts';
import { findQuizSections } from '../quiz/sections.ts';
import type { QuizSection } from '../quiz/types.ts';
import { childrenText } from './lower.ts';
import { parseMdx } from './parse.ts';

/**
 * Every question of a note, in document order, as the page shows them: its `## 연습 문제`
 * sections and, in an MDX note, its `<Quiz>` components (lines of the body, 1-based). What the
 * /quiz/ index and `garden quiz` read, so they list the same cards as the page.
 */
export function noteQuizSections(body: string, file: string): QuizSection[] {
  const sections = findQuizSections(body);
  if (!isMdxNote(file)) return sections;
  return [...sections, ...mdxQuizSections(body)].sort((a, b) => a.startLine - b.startLine);
}

/** The `<Quiz>` components of an MDX body (none when it does not parse: the page is plain text then). */
export function mdxQuizSections(body: string): QuizSection[] {
  const parsed = parseMdx(body);
  if (!parsed.ok) return [];
  const out: QuizSection[] = [];
  const walk = (nodes: Array<Root | RootContent>) => {
    for (const node of nodes) {
      if (node.type === 'mdxJsxFlowElement' && node.name === 'Quiz') {
        const el = node;
        const first = el.children[0]?.position?.start.line ?? el.position?.start.line ?? 1;
        const result = parseQuiz(childrenText(el, parsed.text));
        const section: QuizSection = {
          startLine: el.position?.start.line ?? 1,
          endLine: el.position?.end.line ?? 1,
          problems: result.problems.map((p) => ({ ...p, line: first + p.line - 1 })),
        };
        if (result.quiz) section.quiz = result.quiz;
        out.push(section);
        continue;
      }
      if ('children' in node) walk(node.children as RootContent[]);
    }
  };
  walk([parsed.tree]);
  return out;
}
