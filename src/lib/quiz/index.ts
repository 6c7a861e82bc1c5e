// The /quiz/index.json document: every question of the garden, with its note's URL, title and tags (no note bodies).

import type { Quiz } from './types.ts';
import { questionId, quizId } from './quiz-id.ts';
import { collator } from '../../i18n/index.ts';

export type QuizIndexEntry = {
  /** Complete URL of the note (base path included). */
  noteUrl: string;
  noteTitle: string;
  tags: string[];
  /** The note's questions in document order (sections that parsed cleanly). */
  quizzes: Quiz[];
  /** Key for the position key quizId() of earlier builds' progress; defaults to noteUrl. */
  noteKey?: string;
};

export type QuizIndex = {
  version: 1;
  /** Tags with the number of questions under them (a parent `service` counts `service/glue`), most used first. */
  tags: Array<{ tag: string; count: number }>;
  notes: Array<{ url: string; title: string; tags: string[] }>;
  /**
   * `id` is questionId(quiz); `note` is an index into `notes`; `was` is the position key quizId(note, i) that
   * progress stored by earlier builds uses. A question repeated word for word is listed once (its first note).
   */
  questions: Array<{ id: string; note: number; quiz: Quiz; was: string }>;
};

/** The tag and its parents: `a/b/c` → `a`, `a/b`, `a/b/c`. */
export function tagWithParents(tag: string): string[] {
  const parts = tag.split('/').filter((p) => p !== '');
  return parts.map((_, i) => parts.slice(0, i + 1).join('/'));
}

export function buildQuizIndex(entries: QuizIndexEntry[]): QuizIndex {
  const notes: QuizIndex['notes'] = [];
  const questions: QuizIndex['questions'] = [];
  const tagCounts = new Map<string, number>();
  const seen = new Set<string>();
  for (const e of entries) {
    if (e.quizzes.length === 0) continue;
    const note = notes.length;
    notes.push({ url: e.noteUrl, title: e.noteTitle, tags: [...e.tags] });
    const before = questions.length;
    e.quizzes.forEach((quiz, i) => {
      const id = questionId(quiz);
      if (seen.has(id)) return;
      seen.add(id);
      questions.push({ id, note, quiz, was: quizId(e.noteKey ?? e.noteUrl, i) });
    });
    const expanded = new Set(e.tags.flatMap(tagWithParents));
    for (const t of expanded) tagCounts.set(t, (tagCounts.get(t) ?? 0) + questions.length - before);
  }
  const tags = [...tagCounts]
    .map(([tag, count]) => ({ tag, count }))
    .sort((a, b) => b.count - a.count || collator.compare(a.tag, b.tag));
  return { version: 1, tags, notes, questions };
}
