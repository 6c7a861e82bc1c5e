import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

// Three suites, run by `npm test` in this order (see tests/run-all.mjs):
// unit: pure functions of src/lib; site: real Astro builds of fixture vaults; e2e: real Chromium.
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          // a test's own bound (a blow-up guard, a spawned CLI) decides, not vitest's 5 s default:
          // files run in parallel on two cores, and a loaded machine doubles their times
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts'],
          environment: 'node',
          testTimeout: 300_000,
          hookTimeout: 600_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 600_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
