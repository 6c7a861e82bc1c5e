// Locating question sections (`## 📝 관련 문제`, `## 연습 문제`, `## Questions`) in a whole note.

import type { QuizSection } from './types.ts';
import { parseQuiz } from './parse-quiz.ts';
import {
  answerLabel,
  atxHeading,
  closesFence,
  fenceOpen,
  isBlank,
  isThematicBreak,
  optionLine,
  questionLabel,
} from './line-kinds.ts';

const QUIZ_HEADING = /관련\s*문제|연습\s*문제|문제|\bquestions?\b/i;

export function isQuizHeading(text: string): boolean {
  return QUIZ_HEADING.test(text);
}

type Heading = { index: number; level: number; text: string };

/** Headings outside front matter and fenced code, with 0-based line indexes. */
function headingsOf(lines: string[]): Heading[] {
  const out: Heading[] = [];
  let i = 0;
  if (/^---\s*$/.test(lines[0] ?? '')) {
    const end = lines.findIndex((l, k) => k > 0 && /^(?:---|\.\.\.)\s*$/.test(l));
    if (end > 0) i = end + 1;
  }
  let fence: { char: string; length: number } | undefined;
  for (; i < lines.length; i++) {
    const raw = lines[i];
    if (fence) {
      if (closesFence(raw, fence)) fence = undefined;
      continue;
    }
    const f = fenceOpen(raw);
    if (f) {
      fence = f;
      continue;
    }
    const h = atxHeading(raw);
    if (h) out.push({ index: i, level: h.level, text: h.text });
  }
  return out;
}

/** Does the section body look like an attempt at a question (label, answer line or lettered options)? */
function looksLikeQuiz(body: string[]): boolean {
  let optionLines = 0;
  for (const raw of body) {
    if (questionLabel(raw) !== undefined || answerLabel(raw) !== undefined) return true;
    if (optionLine(raw)) optionLines++;
  }
  return optionLines >= 2;
}

/**
 * Every question section of a note with its parse result. A section starts at a heading whose text contains
 * `관련 문제`, `연습 문제`, `문제` or `Question(s)` and runs to the next heading of the same or higher level (or the
 * end); trailing blank lines and thematic breaks are left outside. Sections whose body has no question label,
 * no answer line and fewer than two lettered options are not questions (e.g. `## 문제 해결`) and are skipped;
 * when question headings nest, only the innermost ones count. Lines are 1-based and inclusive.
 */
export function findQuizSections(markdown: string): QuizSection[] {
  // most notes hold no question heading: they are not split into lines at all
  if (!QUIZ_HEADING.test(markdown)) return [];
  const lines = markdown.split(/\r?\n/);
  const headings = headingsOf(lines);
  // for each heading, the next one of the same or a higher level: one pass from the end, keeping
  // the headings that can still end a section on a stack (linear in the number of headings)
  const nextIndex: number[] = new Array<number>(headings.length);
  const stack: Heading[] = [];
  for (let k = headings.length - 1; k >= 0; k--) {
    while (stack.length > 0 && stack[stack.length - 1].level > headings[k].level) stack.pop();
    nextIndex[k] = stack.length > 0 ? stack[stack.length - 1].index : lines.length;
    stack.push(headings[k]);
  }
  const candidates: Array<{ start: number; end: number }> = [];
  headings.forEach((h, k) => {
    if (!isQuizHeading(h.text)) return;
    let end = nextIndex[k] - 1;
    while (end > h.index && (isBlank(lines[end]) || isThematicBreak(lines[end]))) end--;
    if (!looksLikeQuiz(lines.slice(h.index + 1, end + 1))) return;
    candidates.push({ start: h.index, end });
  });
  // candidates are in order of start: one holds another exactly when the next one starts inside it
  const innermost = candidates.filter((c, k) => k + 1 === candidates.length || candidates[k + 1].start > c.end);
  return innermost.map(({ start, end }) => {
    const result = parseQuiz(lines.slice(start, end + 1).join('\n'));
    const section: QuizSection = {
      startLine: start + 1,
      endLine: end + 1,
      problems: result.problems.map((p) => ({ ...p, line: p.line + start })),
    };
    if (result.quiz) section.quiz = result.quiz;
    return section;
  });
}
