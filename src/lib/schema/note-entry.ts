import { z } from 'zod';

/** A note as stored in the content collection: validated front matter plus what the loader derived. */
export const noteEntrySchema = z.object({
  slug: z.string().min(1),
  file: z.string(),
  title: z.string(),
  id: z.string().optional(),
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
});

export type NoteEntry = z.output<typeof noteEntrySchema>;
