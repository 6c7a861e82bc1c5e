import { createHash } from 'node:crypto';

/**
 * The theme before first paint (inlined in <head> by src/layouts/Base.astro so the page never
 * flashes the wrong colours): the saved choice, else the system's. Its hash is allowed by the
 * Content-Security-Policy (astro.config.mjs), so it runs while no other inline script can.
 */
export const THEME_BOOT = `(() => {
  let saved = null;
  try { saved = localStorage.getItem('garden:theme'); } catch {}
  const dark = saved ? saved === 'dark' : matchMedia('(prefers-color-scheme: dark)').matches;
  document.documentElement.dataset.theme = dark ? 'dark' : 'light';
})();`;

/** `sha256-…` of a script or style text, as CSP writes it. */
export function cspHash(text: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}
