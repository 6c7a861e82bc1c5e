import { buildQuizIndex } from '../../lib/quiz/index.ts';
import { getGarden, noteHref } from '../../data/garden.ts';
import type { NoteFacts } from '../../markdown/render-context.ts';

/** Every question of the garden (no note bodies), as the notes' renders found them: what /quiz/ fetches. */
export async function GET() {
  const garden = await getGarden();
  const entries = garden.recent
    .map((n) => ({
      noteUrl: noteHref(n.id),
      noteKey: n.id,
      noteTitle: n.data.title,
      tags: n.data.tags,
      quizzes: (n.rendered?.metadata?.facts as NoteFacts | undefined)?.quizzes ?? [],
    }))
    .filter((e) => e.quizzes.length > 0);
  return new Response(JSON.stringify(buildQuizIndex(entries)), { headers: { 'content-type': 'application/json' } });
}
