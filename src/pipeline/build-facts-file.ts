// Facts about the published notes that integrations need once the build is done (they run in
// another module graph than the content loader): written by the loader to Astro's cache folder.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { gardenCachePath } from './garden-cache.ts';

export interface BuildFacts {
  /** Slugs of the notes whose page has a diagram drawn in the browser by Mermaid. */
  clientMermaid: string[];
}

function buildFactsPath(cacheDir: URL | string): string {
  return gardenCachePath(cacheDir, 'build-facts.json');
}

export function writeBuildFacts(cacheDir: URL | string, facts: BuildFacts): void {
  const path = buildFactsPath(cacheDir);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(facts)}\n`);
}

/** null when the loader wrote none (no content sync ran in this cache folder). */
export function readBuildFacts(cacheDir: URL | string): BuildFacts | null {
  try {
    return JSON.parse(readFileSync(buildFactsPath(cacheDir), 'utf8')) as BuildFacts;
  } catch {
    return null;
  }
}
