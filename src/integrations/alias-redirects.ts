import type { AstroIntegration } from 'astro';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { aliasRedirectHtml } from '../lib/garden/redirect-page.ts';

/**
 * Writes the alias redirect pages listed in `aliases/redirects.json` (src/pages/aliases/redirects.json.ts)
 * once the build is done: a few hundred bytes each instead of a full Astro page, and after Pagefind
 * has indexed the site, so the index never sees them.
 */
export function aliasRedirectsIntegration(opts: { siteName: string }): AstroIntegration {
  let site = 'https://example.com';
  return {
    name: 'garden-alias-redirects',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ?? site;
      },
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const manifest = join(out, 'aliases/redirects.json');
        if (!existsSync(manifest)) return;
        const redirects = JSON.parse(readFileSync(manifest, 'utf8')) as Array<{
          from: string;
          alias: string;
          to: string;
          title: string;
        }>;
        let written = 0;
        for (const r of redirects) {
          const folder = join(out, ...r.from.split('/'));
          const file = join(folder, 'index.html');
          if (existsSync(file)) continue; // a page of the site's own: never overwritten
          mkdirSync(folder, { recursive: true });
          const target = r.to;
          writeFileSync(
            file,
            aliasRedirectHtml({
              alias: r.alias,
              title: r.title,
              target,
              canonical: new URL(target, site).href,
              siteName: opts.siteName,
            }),
          );
          written++;
        }
        logger.info(`wrote ${written} alias redirect pages`);
      },
    },
  };
}
