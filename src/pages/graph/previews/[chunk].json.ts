import type { APIRoute } from 'astro';
import { getGarden } from '../../../data/garden.ts';
import { getGardenLinks } from '../../../data/links.ts';

/** Link previews, one chunk per slug-hash bucket (src/lib/garden/preview.ts): `{ slug: [title, excerpt] }`. */
export async function getStaticPaths() {
  const links = await getGardenLinks();
  return links.chunkSlugs.map((_, i) => ({ params: { chunk: String(i) } }));
}

export const GET: APIRoute = async ({ params }) => {
  const garden = await getGarden();
  const links = await getGardenLinks();
  const slugs = links.chunkSlugs[Number(params.chunk)] ?? [];
  const out: Record<string, [string, string]> = {};
  for (const s of slugs) out[s] = [garden.bySlug.get(s)?.data.title ?? s, links.excerpt(s)];
  return new Response(JSON.stringify(out), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
