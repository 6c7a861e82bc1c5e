// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { siteBase, siteUrl, contentDir } from './src/garden.config.ts';
import { pagefindIntegration } from './src/integrations/pagefind.ts';
import { aliasRedirectsIntegration } from './src/integrations/alias-redirects.ts';
import { mermaidRuntimeIntegration } from './src/integrations/mermaid-runtime.ts';
import { garden, localeName } from './src/garden.config.ts';
import { attachmentsIntegration } from './src/integrations/attachments.ts';
import { vaultReloadIntegration } from './src/integrations/vault-reload.ts';
import { THEME_BOOT, cspHash } from './src/scripts/theme-boot.ts';
import { VIDEO_FRAME_SOURCES } from './src/lib/html/sanitize-tree.ts';

const vaultDir = contentDir();

// Settings live in src/garden.config.ts (name, URL, base path, vault); GARDEN_* variables override them.
export default defineConfig({
  site: siteUrl(),
  base: siteBase(),
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'auto' },
  // .mdx notes are the vault loader's (src/markdown/render-note.ts): no Astro MDX integration, which
  // would compile MDX to JavaScript and run it at build time.
  integrations: [
    sitemap(),
    attachmentsIntegration({ dir: contentDir }),
    mermaidRuntimeIntegration(),
    pagefindIntegration(),
    aliasRedirectsIntegration({ siteName: garden.name }),
    vaultReloadIntegration({ dir: contentDir }),
  ],
  server: { host: '127.0.0.1', port: 4321 },
  devToolbar: { enabled: false },
  // A note page whose cache key (src/data/page-keys.ts) and code did not change since the last
  // build is copied from Astro's cache folder instead of rendered again.
  experimental: { incrementalBuild: true },
  // Content-Security-Policy on every page (a <meta> Astro writes, with hashes of its own scripts):
  // no inline script but the theme boot script (by hash), no plugins, no <base>, forms post only
  // here, frames only from the video players notes may embed. Pagefind needs WebAssembly.
  // Styles may be inline: Shiki colours code with style attributes and Mermaid writes <style> into
  // its diagrams; a note can write neither (the note sanitizer removes every style).
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        `frame-src ${VIDEO_FRAME_SOURCES.join(' ')}`,
        "img-src 'self' https: http: data: blob:",
        "media-src 'self' https: http:",
        "font-src 'self' data:",
        "connect-src 'self'",
        "worker-src 'self' blob:",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: [cspHash(THEME_BOOT)] },
      styleDirective: { resources: ["'self'", "'unsafe-inline'"] },
    },
  },
  vite: {
    // The locale's name, written into every bundle: src/i18n/client.ts then keeps only that locale's strings.
    define: { __GARDEN_LOCALE__: JSON.stringify(localeName()) },
    server: {
      // the vault is watched by src/integrations/vault-reload.ts, not by Vite
      watch: {
        ignored: [
          '**/dist/**',
          '**/dist-*/**',
          '**/bench/.tmp/**',
          '**/tests/.tmp/**',
          '**/node_modules/**',
          (path) => path === vaultDir || path.startsWith(`${vaultDir}/`),
        ],
      },
      fs: { allow: ['.', contentDir()] },
    },
  },
});
