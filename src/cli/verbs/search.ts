// `garden search "QUERY" [--dist DIR] [--limit N]`: run QUERY through the browser's
// search pipeline (src/lib/korean) against the built Pagefind bundle in DIR/pagefind
// and print the ranked results as JSON: [{"url","title","score"}].
import { join, resolve } from 'node:path';
import { loadPagefind } from '../pagefind-node.ts';
import { PAGEFIND_OPTIONS, searchNotes } from '../../lib/korean/search-pipeline.ts';

const USAGE = 'usage: garden search "QUERY" [--dist DIR] [--limit N]';

export interface SearchArgs {
  query: string;
  dist: string;
  limit?: number;
}

export function parseSearchArgs(args: string[]): SearchArgs | string {
  let dist = 'dist';
  let limit: number | undefined;
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--dist' || arg === '--limit') {
      const value = args[++i];
      if (value === undefined) return `${arg} needs a value`;
      if (arg === '--dist') dist = value;
      else {
        limit = Number(value);
        if (!Number.isInteger(limit) || limit < 1) return `--limit must be a positive integer`;
      }
    } else if (arg.startsWith('--dist=')) dist = arg.slice('--dist='.length);
    else if (arg.startsWith('--')) return `unknown option ${arg}`;
    else rest.push(arg);
  }
  const query = rest.join(' ').trim();
  if (query === '') return 'missing QUERY';
  return { query, dist, limit };
}

export async function run(args: string[]): Promise<number> {
  const parsed = parseSearchArgs(args);
  if (typeof parsed === 'string') {
    console.error(`garden search: ${parsed}\n${USAGE}`);
    return 2;
  }
  const bundle = join(resolve(parsed.dist), 'pagefind');
  let pagefind;
  try {
    pagefind = await loadPagefind(bundle, PAGEFIND_OPTIONS);
  } catch (err) {
    console.error(`garden search: ${(err as Error).message} (build the site first: npm run build)`);
    return 2;
  }
  const { hits } = await searchNotes(pagefind, parsed.query, { limit: parsed.limit });
  const rounded = hits.map((h) => ({ url: h.url, title: h.title, score: Math.round(h.score * 1e4) / 1e4 }));
  console.log(JSON.stringify(rounded, null, 2));
  await pagefind.destroy();
  return 0;
}
