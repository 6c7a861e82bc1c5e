// The garden's settings, in one place. Environment variables override them for one build:
//   GARDEN_CONTENT=/path/to/vault   build another vault without editing files
//   GARDEN_BASE=/garden/            publish under a base path
//   GARDEN_SITE=https://example.com the public URL (sitemap, RSS, canonical links)
//   GARDEN_NAME=…, GARDEN_DESCRIPTION=… the garden's name and one-line description
//   GARDEN_LOCALE=en                the language of the site's own text (src/i18n/<name>.ts)
//   GARDEN_SEARCH_PART_NOTES=1000   notes per part of the search index (see searchPartNotes below)
import { fileURLToPath } from 'node:url';
import { isAbsolute, resolve } from 'node:path';
import { LOCALES } from './i18n/locales.ts';

const root = fileURLToPath(new URL('../', import.meta.url));

/** The vault shipped with the project (the five seed notes); its description fits no other vault. */
const shippedVault = 'content';
const SHIPPED_DESCRIPTION = 'AWS 자격증을 공부하며 남긴 한국어 노트';

export const garden = {
  /** Shown in the header, the home page, <title> and the RSS feed. */
  get name(): string {
    return process.env.GARDEN_NAME || LOCALES[localeName()].siteName;
  },
  /** The home page's line and the site's meta description; a vault given by GARDEN_CONTENT gets the locale's neutral one. */
  get description(): string {
    if (process.env.GARDEN_DESCRIPTION) return process.env.GARDEN_DESCRIPTION;
    return isShippedVault() && localeName() === 'ko' ? SHIPPED_DESCRIPTION : LOCALES[localeName()].siteDescription;
  },
  /** Public URL of the site, without the base path. */
  site: 'https://example.com',
  /** Base path the site is served under: '/' or '/garden/'. */
  base: '/',
  /** The vault, relative to the project root. */
  content: shippedVault,
  /** Language of the site's own text (menus, labels, notices, dates, search): a module in src/i18n/. */
  locale: 'ko',
  /**
   * Notes per part of the search index. Pagefind keeps a whole index in memory until it is written
   * (about 290 KB a note here), so a larger garden is indexed in parts, one after another, and the
   * browser merges them as it searches. Lower it on a machine with little memory.
   */
  searchPartNotes: 2500,
};

/** Notes per search index part: GARDEN_SEARCH_PART_NOTES, else `garden.searchPartNotes`. */
export function searchPartNotes(): number {
  const n = Number(process.env.GARDEN_SEARCH_PART_NOTES || garden.searchPartNotes);
  if (!Number.isInteger(n) || n < 1)
    throw new Error(
      `GARDEN_SEARCH_PART_NOTES=${process.env.GARDEN_SEARCH_PART_NOTES}: a whole number of notes, 1 or more`,
    );
  return n;
}

/** The configured locale's name: GARDEN_LOCALE, else `garden.locale`. */
export function localeName(): string {
  const name = process.env.GARDEN_LOCALE || garden.locale;
  if (!(name in LOCALES))
    throw new Error(
      `GARDEN_LOCALE=${name}: no such locale (have ${Object.keys(LOCALES).join(', ')}; see src/i18n/locales.ts)`,
    );
  return name;
}

function isShippedVault(): boolean {
  const dir = process.env.GARDEN_CONTENT;
  return !dir || resolve(root, dir) === resolve(root, shippedVault);
}

export function contentDir(): string {
  const dir = process.env.GARDEN_CONTENT || garden.content;
  return isAbsolute(dir) ? dir : resolve(process.cwd() === root ? root : process.cwd(), dir);
}

export function siteBase(): string {
  const b = process.env.GARDEN_BASE || garden.base;
  return `/${b.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
}

export function siteUrl(): string {
  return process.env.GARDEN_SITE || garden.site;
}
