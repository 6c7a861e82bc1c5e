import { getGarden, noteHref } from '../../data/garden.ts';

/**
 * Every alias URL and the note it leads to. The alias-redirects integration turns this into
 * one tiny static page per alias once the build is done (cheaper than an Astro page each);
 * hosts with a redirect table can use it directly.
 */
export async function GET() {
  const garden = await getGarden();
  const taken = new Set(garden.notes.map((n) => n.id));
  const redirects = garden.aliases.redirects
    .filter((r) => !taken.has(r.from) && garden.bySlug.has(r.to))
    .map((r) => ({ from: r.from, alias: r.alias, to: noteHref(r.to), title: garden.bySlug.get(r.to)!.data.title }));
  return new Response(JSON.stringify(redirects), { headers: { 'content-type': 'application/json' } });
}
