import { defineCollection } from 'astro:content';
import { contentDir, siteBase } from './garden.config.ts';
import { vaultLoader } from './content/vault-loader.ts';
import { noteEntrySchema } from './lib/schema/note-entry.ts';

export const collections = {
  notes: defineCollection({
    loader: vaultLoader({ dir: contentDir(), base: siteBase() }),
    schema: noteEntrySchema,
  }),
};
