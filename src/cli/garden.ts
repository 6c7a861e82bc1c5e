#!/usr/bin/env node
// `npm run -s garden -- <verb> [args]`: the garden's core, for people and tests.
const VERBS: Record<string, { summary: string; load: () => Promise<{ run: (args: string[]) => Promise<number> }> }> = {
  check: {
    summary:
      'check [DIR] [--json] [--no-render]  validate a vault without building: notes render as in the build (exit 1 on errors)',
    load: () => import('./verbs/check.ts'),
  },
  repair: {
    summary: 'repair FILE [--write]     print a mojibake note repaired; --write saves it (original kept as FILE.orig)',
    load: () => import('./verbs/repair.ts'),
  },
  flow: {
    summary: 'flow FILE [--json]        print the Mermaid of every ASCII flow in a note',
    load: () => import('./verbs/flow.ts'),
  },
  quiz: {
    summary: 'quiz [--json] FILE        print the exam questions found in a note',
    load: () => import('./verbs/quiz.ts'),
  },
  search: {
    summary: 'search "QUERY" [--dist DIR]  search the built site as the browser does, print JSON',
    load: () => import('./verbs/search.ts'),
  },
};

function usage(): string {
  return ['usage: npm run -s garden -- <verb> [args]', '', ...Object.values(VERBS).map((v) => `  ${v.summary}`)].join(
    '\n',
  );
}

const [verb, ...args] = process.argv.slice(2);
if (!verb || verb === '--help' || verb === '-h' || verb === 'help') {
  console.log(usage());
  process.exit(verb ? 0 : 2);
}
const entry = VERBS[verb];
if (!entry) {
  console.error(`garden: unknown verb "${verb}"\n\n${usage()}`);
  process.exit(2);
}
try {
  const mod = await entry.load();
  process.exitCode = await mod.run(args);
} catch (err) {
  console.error(`garden ${verb}: ${(err as Error).message}`);
  process.exitCode = 2;
}
export {};
