// The bare stack the garden is measured against: Astro 7's own Markdown pipeline over the same vault,
// one plain page per note, then the Pagefind CLI over the output. No garden code is involved.
import { defineConfig } from 'astro/config';

export default defineConfig({
  cacheDir: process.env.BENCH_CACHE_DIR ?? './node_modules/.astro-bare',
  vite: { logLevel: 'warn' },
});
