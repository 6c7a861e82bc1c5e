// `npm ci` refuses a lock file that lacks any platform's optional binding of a package we install
// ("Missing: @astrojs/compiler-binding-darwin-arm64 from lock file"), so a lock made on one machine
// must still record every other platform's binaries.
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

interface LockEntry {
  version?: string;
  optionalDependencies?: Record<string, string>;
}

const lockPath = fileURLToPath(new URL('../../package-lock.json', import.meta.url));

/** Optional dependencies that a lock's packages declare but the lock does not record. */
function missingOptionalBindings(packages: Record<string, LockEntry>): string[] {
  const missing: string[] = [];
  for (const [path, entry] of Object.entries(packages)) {
    for (const dep of Object.keys(entry.optionalDependencies ?? {})) {
      // npm resolves a dependency in the package's own node_modules first, then in each parent's
      const parts = path.split('node_modules/').filter(Boolean);
      let found = false;
      for (let depth = parts.length; depth >= 0 && !found; depth--) {
        const prefix = parts
          .slice(0, depth)
          .map((p) => `node_modules/${p.replace(/\/$/, '')}/`)
          .join('');
        found = `${prefix}node_modules/${dep}` in packages;
      }
      if (!found) missing.push(`${dep} (optional dependency of ${path || 'the project'})`);
    }
  }
  return missing;
}

describe('package-lock.json', () => {
  const lock = JSON.parse(readFileSync(lockPath, 'utf8')) as { packages: Record<string, LockEntry> };

  it('records every platform binding that npm ci will ask for', () => {
    expect(missingOptionalBindings(lock.packages)).toEqual([]);
  });

  it('records the native bindings of Astro, Rollup/Rolldown, esbuild, sharp and Pagefind for other platforms', () => {
    const names = Object.keys(lock.packages);
    for (const family of [
      '@astrojs/compiler-binding-',
      '@esbuild/',
      '@img/sharp-',
      '@pagefind/',
      '@rolldown/binding-',
    ]) {
      const platforms = names.filter((n) => n.startsWith(`node_modules/${family}`));
      expect(
        platforms.some((n) => /darwin/.test(n)),
        `${family} darwin`,
      ).toBe(true);
      expect(
        platforms.some((n) => /win32|windows/.test(n)),
        `${family} windows`,
      ).toBe(true);
    }
  });

  it('notices a lock with one binding removed', () => {
    const packages = { ...lock.packages };
    const binding = Object.keys(packages).find((n) => n.includes('@astrojs/compiler-binding-darwin-arm64'));
    expect(binding).toBeDefined();
    delete packages[binding!];
    expect(missingOptionalBindings(packages).join('\n')).toContain('@astrojs/compiler-binding-darwin-arm64');
  });
});
