import { z } from 'zod';
import type { PublishedNote } from '../notes/note.ts';

/** The content collection's check of what the loader stores: a note's published fields (src/lib/notes/note.ts). */
export const noteEntrySchema = z.object({
  slug: z.string().min(1),
  file: z.string(),
  title: z.string(),
  frontmatterTitle: z.string().optional(),
  description: z.string().optional(),
  summary: z.string(),
  created: z.date(),
  modified: z.date(),
  dateSource: z.enum(['frontmatter', 'git', 'file']),
  tags: z.array(z.string()),
  aliases: z.array(z.string()),
  readingMinutes: z.number().int().positive(),
  repair: z
    .object({ codepage: z.string(), confidence: z.number(), reconstructed: z.number(), hangulSyllables: z.number() })
    .optional(),
  extra: z.record(z.string(), z.unknown()).default({}),
}) satisfies z.ZodType<PublishedNote>;
