import type { Loader, LoaderContext } from 'astro/loaders';
import { buildBacklinks, type Backlink } from '../lib/garden/backlinks.ts';
import type { LinkIndex } from '../lib/garden/links.ts';

/** What the pages show about links between notes, as the vault loader found them (one store entry). */
export interface LinkFacts {
  /** [note slug, the notes linking to it with the sentence around the link (sorted by source slug)], in the order buildBacklinks found them. */
  backlinks: Array<[string, Backlink[]]>;
}

/** The id of the one entry of the `links` collection. */
export const LINK_FACTS_ID = 'vault';

/** Backlinks of every note, resolved with the vault loader's own link index (notes and attachments). */
export function linkFacts(notes: Array<{ slug: string; body: string; file: string }>, index: LinkIndex): LinkFacts {
  return { backlinks: [...buildBacklinks(notes, index)] };
}

/**
 * Hands the vault loader's link facts to a collection of their own, so pages read the link index
 * the loader built (and checked) instead of building it again in their own module graph. Both
 * loaders run in the same content sync: the `links` loader keeps its store, and waits until the
 * vault loader's first sync has published (or failed); in dev, every re-sync publishes again.
 */
export function linkFactsChannel() {
  let store: LoaderContext['store'] | null = null;
  let pending: { facts: () => LinkFacts; key: string } | null = null;
  let firstSync!: () => void;
  const synced = new Promise<void>((resolve) => (firstSync = resolve));
  const write = () => {
    if (!store || !pending) return;
    const { facts, key } = pending;
    pending = null;
    // an unchanged key (the digests of every note and of the link index): the stored facts stand
    if (store.get(LINK_FACTS_ID)?.digest === key) return;
    store.set({ id: LINK_FACTS_ID, data: facts() as unknown as Record<string, unknown>, digest: key });
  };
  const loader: Loader = {
    name: 'garden-link-facts',
    load: async (context) => {
      store = context.store;
      write();
      await synced;
    },
  };
  return {
    loader,
    /** `key` names the facts: when the stored entry has it, `facts` is never computed. */
    publish(key: string, facts: () => LinkFacts) {
      pending = { facts, key };
      write();
    },
    /** The vault loader's first sync is over (published or not). */
    done: () => firstSync(),
  };
}

export type LinkFactsChannel = ReturnType<typeof linkFactsChannel>;
