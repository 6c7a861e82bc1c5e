import { createHash } from 'node:crypto';
import { garden as settings, localeName, siteBase, siteUrl } from '../garden.config.ts';
import type { Garden, NoteEntry } from './garden.ts';
import type { GardenLinks } from './links.ts';

/**
 * A note page's cache key for Astro's incremental build (`experimental.incrementalBuild`): a page
 * whose key and code are those of the last build is copied from it instead of rendered again. The key
 * is everything the page shows that the code does not: the site's name, description, URL and
 * language, the note (its render's digest and its fields), its backlinks, related notes and local
 * graph with the titles and tag names they show, and the number of preview chunks.
 */
export function notePageKey(note: NoteEntry, garden: Garden, links: GardenLinks): string {
  const title = (slug: string) => garden.bySlug.get(slug)?.data.title ?? slug;
  const backlinks = links.backlinks.get(note.id) ?? [];
  const related = links.related.get(note.id) ?? [];
  const tag = (key: string) => {
    const node = garden.tagTree.byKey.get(key);
    return node ? [node.slug, node.display] : key;
  };
  return createHash('sha256')
    .update(
      JSON.stringify([
        siteKey(),
        note.digest,
        note.data,
        backlinks,
        backlinks.map((b) => title(b.from)),
        related,
        related.map((r) => [title(r.slug), r.shared.slice(0, 3).map(tag)]),
        links.localGraph(note.id),
        links.previewChunks,
      ]),
    )
    .digest('base64url');
}

/** What every page shows of the site's settings (GARDEN_* variables included). */
function siteKey(): string[] {
  return [settings.name, settings.description, siteBase(), siteUrl(), localeName()];
}
