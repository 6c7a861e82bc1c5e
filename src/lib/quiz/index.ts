// The /quiz/index.json document: every question of the garden, with its note's URL, title and tags (no note bodies).

import type { Quiz } from './types.ts';
import { quizId } from './quiz-id.ts';

export type QuizIndexEntry = {
  /** Complete URL of the note (base path included). */
  noteUrl: string;
  noteTitle: string;
  tags: string[];
  /** The note's questions in document order (sections that parsed cleanly). */
  quizzes: Quiz[];
  /** Key for quizId(); defaults to noteUrl. Use the same key on the note page. */
  noteKey?: string;
};

export type QuizIndex = {
  version: 1;
  /** Tags with the number of questions under them (a parent `service` counts `service/glue`), most used first. */
  tags: Array<{ tag: string; count: number }>;
  notes: Array<{ url: string; title: string; tags: string[] }>;
  /** `note` is an index into `notes`. */
  questions: Array<{ id: string; note: number; quiz: Quiz }>;
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
  for (const e of entries) {
    if (e.quizzes.length === 0) continue;
    const note = notes.length;
    notes.push({ url: e.noteUrl, title: e.noteTitle, tags: [...e.tags] });
    e.quizzes.forEach((quiz, i) => questions.push({ id: quizId(e.noteKey ?? e.noteUrl, i), note, quiz }));
    const expanded = new Set(e.tags.flatMap(tagWithParents));
    for (const t of expanded) tagCounts.set(t, (tagCounts.get(t) ?? 0) + e.quizzes.length);
  }
  const tags = [...tagCounts]
    .map(([tag, count]) => ({ tag, count }))
    .sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag, 'ko'));
  return { version: 1, tags, notes, questions };
}
