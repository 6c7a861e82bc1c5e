import { getCollection, type CollectionEntry } from 'astro:content';
import { buildAliasIndex, type AliasIndex } from '../lib/garden/aliases.ts';
import { compareKo } from '../lib/garden/collate.ts';
import { buildTagTree, allTagPaths, type TagTree, type TagNode } from '../lib/garden/tags.ts';

export type NoteEntry = CollectionEntry<'notes'>;

export interface Garden {
  notes: NoteEntry[];
  bySlug: Map<string, NoteEntry>;
  /** Newest modified first. */
  recent: NoteEntry[];
  tagTree: TagTree;
  tagPages: TagNode[];
  aliases: AliasIndex;
}

let cached: Promise<Garden> | null = null;

/**
 * Everything pages need about the whole garden, computed once per build (not once per page):
 * tag tree, alias index, recency order.
 */
export function getGarden(): Promise<Garden> {
  cached ??= (async () => {
    const notes = await getCollection('notes');
    const bySlug = new Map(notes.map((n) => [n.id, n]));
    const recent = [...notes].sort(
      (a, b) => b.data.modified.getTime() - a.data.modified.getTime() || compareKo(a.data.title, b.data.title),
    );
    const tagTree = buildTagTree(notes.map((n) => ({ slug: n.id, tags: n.data.tags, modified: n.data.modified })));
    const aliases = buildAliasIndex(
      notes.map((n) => ({ slug: n.id, title: n.data.title, aliases: n.data.aliases, file: n.data.file })),
    );
    return { notes, bySlug, recent, tagTree, tagPages: allTagPaths(tagTree), aliases };
  })();
  return cached;
}

/** URL of a page inside the site, base path included, with the trailing slash. */
export function href(path: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  const clean = path.replace(/^\/+/, '');
  return clean
    ? `${base}${clean.split('/').map(encodeURIComponent).join('/')}${clean.endsWith('/') || /\.\w+$/.test(clean) ? '' : '/'}`
    : base;
}

export const noteHref = (slug: string) => href(slug);
export const tagHref = (tagSlug: string) => href(`tags/${tagSlug}`);
