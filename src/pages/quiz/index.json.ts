import { buildQuizIndex } from '../../lib/quiz/index.ts';
import { noteQuizSections } from '../../lib/mdx/quizzes.ts';
import { getGarden, noteHref } from '../../data/garden.ts';

/** Every question of the garden (no note bodies): what /quiz/ fetches. */
export async function GET() {
  const garden = await getGarden();
  const entries = garden.recent
    .map((n) => ({
      noteUrl: noteHref(n.id),
      noteKey: n.id,
      noteTitle: n.data.title,
      tags: n.data.tags,
      quizzes: noteQuizSections(n.body ?? '', n.data.file).flatMap((s) => (s.quiz ? [s.quiz] : [])),
    }))
    .filter((e) => e.quizzes.length > 0);
  return new Response(JSON.stringify(buildQuizIndex(entries)), { headers: { 'content-type': 'application/json' } });
}
