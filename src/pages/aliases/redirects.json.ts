import { withoutNoteExtension } from '../../lib/notes/note-file.ts';
import { getGarden, noteHref } from '../../data/garden.ts';
import { fileSlug, isMachineIdName, isReservedSlug } from '../../lib/garden/slug.ts';

/**
 * Every alias URL and the note it leads to. The alias-redirects integration turns this into
 * one tiny static page per alias once the build is done (cheaper than an Astro page each);
 * hosts with a redirect table can use it directly. A note whose file name is a machine id is
 * published under its title; its file-name URL stays as a redirect so old links keep working.
 */
export async function GET() {
  const garden = await getGarden();
  const taken = new Set(garden.notes.map((n) => n.id));
  const redirects = garden.aliases.redirects
    .filter((r) => !taken.has(r.from) && garden.bySlug.has(r.to))
    .map((r) => ({ from: r.from, alias: r.alias, to: noteHref(r.to), title: garden.bySlug.get(r.to)!.data.title }));
  const used = new Set([...taken, ...redirects.map((r) => r.from)]);
  for (const n of garden.notes) {
    if (!isMachineIdName(n.data.file)) continue;
    const from = fileSlug(n.data.file);
    if (!from || used.has(from) || isReservedSlug(from)) continue;
    used.add(from);
    redirects.push({
      from,
      alias: withoutNoteExtension(n.data.file.split('/').pop()!),
      to: noteHref(n.id),
      title: n.data.title,
    });
  }
  return new Response(JSON.stringify(redirects), { headers: { 'content-type': 'application/json' } });
}
