import { z } from 'zod';

/**
 * The front matter of a note, as Obsidian writes it.
 * Unknown keys are kept (plugins add their own); known keys are checked and normalized.
 */
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

export function parseNoteDate(value: unknown): Date | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  if (typeof value !== 'string') return null;
  const s = value.trim();
  const m = DATE_RE.exec(s);
  if (!m) return null;
  const [, y, mo, d, h = '00', mi = '00', sec = '00', zone] = m;
  const iso = `${y}-${mo}-${d}T${h}:${mi}:${sec}${zone ? zone.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2') : 'Z'}`;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime()) || (date.getUTCDate() !== Number(d) && !zone)) return null;
  return date;
}

const noteDate = z.union([z.string(), z.date()]).transform((v, ctx) => {
  const date = parseNoteDate(v);
  if (!date) {
    ctx.issues.push({ code: 'custom', message: 'bad-date', input: v });
    return z.NEVER;
  }
  return date;
});

const stringList = z
  .union([z.string(), z.array(z.union([z.string(), z.number()]))])
  .transform((v) => (Array.isArray(v) ? v.map(String) : [v]).map((s) => s.trim()).filter(Boolean));

const emptyToUndefined = (v: unknown) => (v === null || v === '' ? undefined : v);

export const frontmatterSchema = z.looseObject({
  title: z.preprocess(emptyToUndefined, z.union([z.string(), z.number()]).transform(String).optional()),
  created: z.preprocess(emptyToUndefined, noteDate.optional()),
  modified: z.preprocess(emptyToUndefined, noteDate.optional()),
  tags: z.preprocess(emptyToUndefined, stringList.optional()),
  aliases: z.preprocess(emptyToUndefined, stringList.optional()),
  description: z.preprocess(emptyToUndefined, z.string().optional()),
  draft: z.preprocess(emptyToUndefined, z.boolean().optional()),
  publish: z.preprocess(emptyToUndefined, z.boolean().optional()),
});

export type Frontmatter = z.output<typeof frontmatterSchema>;

/** What each known field expects, and how to fix it: used to word every message the same way. */
export const FIELD_EXPECTATIONS: Record<string, { expected: string; hint: string }> = {
  title: { expected: 'a string', hint: 'write it as `title: my-note`' },
  created: { expected: 'a date like 2025-08-23 or 2025-08-23T10:30', hint: 'write the date as YYYY-MM-DD' },
  modified: { expected: 'a date like 2025-08-23 or 2025-08-23T10:30', hint: 'write the date as YYYY-MM-DD' },
  tags: {
    expected: 'a list of strings or a single string',
    hint: 'write `tags: [service/glue]` or one `- tag` per line',
  },
  aliases: { expected: 'a list of strings or a single string', hint: 'write `aliases: ["other name"]`' },
  description: { expected: 'a string', hint: 'quote it: `description: "…"`' },
  draft: { expected: 'true or false', hint: 'write `draft: true` to keep the note unpublished' },
  publish: { expected: 'true or false', hint: 'write `publish: false` to keep the note unpublished' },
};

/** A short, human description of a YAML value, for "found …" in messages. */
export function describeValue(v: unknown): string {
  if (v === null || v === undefined) return 'nothing';
  if (Array.isArray(v)) return `a list (${boundedJson(v, 60)})`;
  if (v instanceof Date) return `a date (${Number.isNaN(v.getTime()) ? 'invalid' : v.toISOString()})`;
  if (typeof v === 'object') return `a mapping (${boundedJson(v, 60)})`;
  if (typeof v === 'string') return `"${v.length > 60 ? `${v.slice(0, 57)}…` : v}"`;
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- objects returned above; what is left is a primitive or a function
  return `${String(v)} (${typeof v})`;
}

/**
 * JSON of a value, cut at `max` characters without building more than that: a value made of
 * YAML aliases can expand to gigabytes (JSON.stringify of it throws "Invalid string length").
 */
export function boundedJson(v: unknown, max: number): string {
  let out = '';
  const seen = new Set<unknown>();
  const put = (s: string) => {
    out += s;
    return out.length <= max;
  };
  const walk = (x: unknown): boolean => {
    if (x === null || typeof x !== 'object')
      return put(JSON.stringify(x instanceof Date ? x.toISOString() : x) ?? 'null');
    if (seen.has(x)) return put('…');
    seen.add(x);
    const list = Array.isArray(x);
    if (!put(list ? '[' : '{')) return false;
    let first = true;
    for (const [k, val] of list ? (x as unknown[]).entries() : Object.entries(x)) {
      if (!first && !put(',')) return false;
      first = false;
      if (!list && !put(`${JSON.stringify(k)}:`)) return false;
      if (!walk(val)) return false;
    }
    seen.delete(x);
    return put(list ? ']' : '}');
  };
  walk(v);
  return out.length > max ? `${out.slice(0, max)}` : out;
}
