// The configured locale's name, for code that runs in the browser too. Vite writes it in place of
// __GARDEN_LOCALE__ (astro.config.mjs), so the picks in client.ts, quiz.ts and study.ts fold to one
// locale's strings and a page's bundle holds nothing else; outside Vite (render workers, the CLI,
// unit tests) the name comes from src/garden.config.ts.

declare const __GARDEN_LOCALE__: string | undefined;

/** The configured locale's name (`ko`, `en`); a browser given the modules unbundled (tests) gets ko. */
export const localeName: string =
  typeof __GARDEN_LOCALE__ === 'string'
    ? __GARDEN_LOCALE__
    : typeof process === 'object' && process.versions?.node
      ? (await import('../garden.config.ts')).localeName()
      : 'ko';
