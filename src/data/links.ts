import { getEntry } from 'astro:content';
import { relatedNotes, type Backlink, type RelatedNote } from '../lib/garden/backlinks.ts';
import { localGraph, undirected, type Graph, type GraphSource } from '../lib/garden/graph.ts';
import { previewChunkCount, previewChunkOf } from '../lib/garden/preview.ts';
import { LINK_FACTS_ID, type LinkFacts } from '../content/link-facts.ts';
import { getGarden, noteHref } from './garden.ts';

export interface GardenLinks {
  /** Notes linking to a note (with the sentence around the link). */
  backlinks: Map<string, Backlink[]>;
  /** Notes a note links to. */
  forward: Map<string, Set<string>>;
  related: Map<string, RelatedNote[]>;
  graph: GraphSource;
  previewChunks: number;
  /** Slugs per preview chunk. */
  chunkSlugs: string[][];
  excerpt: (slug: string) => string;
  localGraph: (slug: string) => Graph;
}

let cached: Promise<GardenLinks> | null = null;

/**
 * The garden's link structure, computed once per build: backlinks (resolved by the content loader
 * with the link index it checked the vault with: src/content/link-facts.ts), related notes (rare
 * shared tags count most), link adjacency for the graphs, and the preview chunks. Kept apart from
 * garden.ts so pages that do not need it never compute it.
 */
export function getGardenLinks(): Promise<GardenLinks> {
  cached ??= (async () => {
    const garden = await getGarden();
    const notes = garden.notes;
    const facts = (await getEntry('links', LINK_FACTS_ID))?.data as LinkFacts | undefined;
    const backlinks = new Map(facts?.backlinks ?? []);
    const forward = new Map<string, Set<string>>();
    for (const [to, list] of backlinks) {
      for (const b of list) {
        let s = forward.get(b.from);
        if (!s) forward.set(b.from, (s = new Set()));
        s.add(to);
      }
    }
    const related = relatedNotes(
      notes.map((n) => ({ slug: n.id, tags: n.data.tags })),
      { limit: 5 },
    );
    const title = (slug: string) => garden.bySlug.get(slug)?.data.title ?? slug;
    const graph: GraphSource = { links: undirected(forward), related, title, href: noteHref };
    const previewChunks = previewChunkCount(notes.length);
    const chunkSlugs: string[][] = Array.from({ length: previewChunks }, () => []);
    for (const n of notes) chunkSlugs[previewChunkOf(n.id, previewChunks)].push(n.id);
    const excerpts = new Map<string, string>();
    const excerpt = (slug: string) => {
      let e = excerpts.get(slug);
      if (e === undefined) excerpts.set(slug, (e = garden.bySlug.get(slug)?.data.summary ?? ''));
      return e;
    };
    return {
      backlinks,
      forward,
      related,
      graph,
      previewChunks,
      chunkSlugs,
      excerpt,
      localGraph: (slug) => localGraph(slug, graph),
    };
  })();
  return cached;
}
