// The garden's settings, in one place. Environment variables override them for one build:
//   GARDEN_CONTENT=/path/to/vault   build another vault without editing files
//   GARDEN_BASE=/garden/            publish under a base path
//   GARDEN_SITE=https://example.com the public URL (sitemap, RSS, canonical links)
import { fileURLToPath } from 'node:url';
import { isAbsolute, resolve } from 'node:path';

export const garden = {
  /** Shown in the header, the home page, <title> and the RSS feed. */
  name: '공부 노트 정원',
  description: 'AWS 자격증을 공부하며 남긴 한국어 노트',
  /** Public URL of the site, without the base path. */
  site: 'https://example.com',
  /** Base path the site is served under: '/' or '/garden/'. */
  base: '/',
  /** The vault, relative to the project root. */
  content: 'content',
  locale: 'ko',
};

const root = fileURLToPath(new URL('../', import.meta.url));

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
