import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

const notes = defineCollection({
  loader: glob({ pattern: '**/*.md', base: process.env.GARDEN_CONTENT ?? '../../content' }),
});

export const collections = { notes };
