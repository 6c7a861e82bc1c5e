import { watch } from 'node:fs';
import { resolve } from 'node:path';
import type { AstroIntegration } from 'astro';

/** The key of the content refresh's context that names the changed vault file (read by the vault loader). */
export const VAULT_CHANGE = 'gardenVaultChange';

/** The context a refresh passes to the vault loader. */
export type VaultChange = { [VAULT_CHANGE]: string };

/** Events of a burst (an editor's save is often several) closer than this make one refresh. */
const SETTLE_MS = 30;

/**
 * In `astro dev`, watches the vault (also one outside the project, GARDEN_CONTENT) and, on any
 * change in it, asks Astro's content layer to run the vault loader again with the changed file;
 * refreshes run one after another, and each saves the store at once. The vault is watched here,
 * not by Vite (astro.config.mjs keeps it out of Vite's watcher): Vite's would also make Astro
 * reload its content config on every Markdown change.
 */
export function vaultReloadIntegration(opts: { dir: () => string }): AstroIntegration {
  return {
    name: 'garden-vault-reload',
    hooks: {
      'astro:server:setup': ({ server, refreshContent, logger }) => {
        if (!refreshContent) return;
        const root = resolve(opts.dir());
        let timer: ReturnType<typeof setTimeout> | undefined;
        const watcher = watch(root, { recursive: true }, (_event, name) => {
          if (name === null) return;
          // the file's path in the vault, as fs.watch names it
          const changed = String(name);
          clearTimeout(timer);
          timer = setTimeout(() => {
            const context: VaultChange = { [VAULT_CHANGE]: changed };
            refreshContent({ loaders: ['garden-vault'], context }).catch((e: Error) => logger.error(e.message));
          }, SETTLE_MS);
        });
        server.httpServer?.once('close', () => watcher.close());
      },
    },
  };
}
