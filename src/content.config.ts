import { defineCollection } from 'astro:content';
import { contentDir, siteBase } from './garden.config.ts';
import { vaultLoader } from './content/vault-loader.ts';
import { linkFactsChannel } from './content/link-facts.ts';
import { noteEntrySchema } from './lib/schema/note-entry.ts';

// The vault loader publishes the backlinks it resolved into `links` (src/content/link-facts.ts).
const links = linkFactsChannel();

export const collections = {
  notes: defineCollection({
    loader: vaultLoader({ dir: contentDir(), base: siteBase(), links }),
    schema: noteEntrySchema,
  }),
  links: defineCollection({ loader: links.loader }),
};
