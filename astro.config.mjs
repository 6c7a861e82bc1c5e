// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { siteBase, siteUrl, contentDir } from './src/garden.config.ts';
import { pagefindIntegration } from './src/integrations/pagefind.ts';
import { aliasRedirectsIntegration } from './src/integrations/alias-redirects.ts';
import { mermaidRuntimeIntegration } from './src/integrations/mermaid-runtime.ts';
import { garden } from './src/garden.config.ts';
import { attachmentsIntegration } from './src/integrations/attachments.ts';

// Settings live in src/garden.config.ts (name, URL, base path, vault); GARDEN_* variables override them.
export default defineConfig({
  site: siteUrl(),
  base: siteBase(),
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'auto' },
  integrations: [mdx(), sitemap(), attachmentsIntegration({ dir: contentDir }), mermaidRuntimeIntegration(), pagefindIntegration(), aliasRedirectsIntegration({ siteName: garden.name })],
  server: { host: '127.0.0.1', port: 4321 },
  devToolbar: { enabled: false },
  vite: {
    server: { watch: { ignored: ['**/dist/**', '**/dist-*/**', '**/bench/.tmp/**', '**/tests/.tmp/**', '**/node_modules/**'] }, fs: { allow: ['.', contentDir()] } },
  },
});
