// The site's own config, with Astro's cache (content data store) moved to a per-run directory
// (BENCH_CACHE_DIR) so that benchmark builds neither share nor clobber node_modules/.astro,
// which other builds in this working tree use at the same time.
import config from '../astro.config.mjs';

export default { ...config, cacheDir: process.env.BENCH_CACHE_DIR || config.cacheDir };
