// The garden's own folder in Astro's cache folder (`<cacheDir>/garden/`), where the build keeps
// what it hands from one step to the next and from one build to the next.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The path of `name` in the garden's folder of Astro's cache folder. */
export function gardenCachePath(cacheDir: URL | string, name: string): string {
  return join(typeof cacheDir === 'string' ? cacheDir : fileURLToPath(cacheDir), 'garden', name);
}
