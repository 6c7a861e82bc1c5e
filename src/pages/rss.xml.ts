import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { garden as config } from '../garden.config.ts';
import { getGarden, noteHref } from '../data/garden.ts';
import { t } from '../i18n/index.ts';

export async function GET(context: APIContext) {
  const garden = await getGarden();
  return rss({
    title: config.name,
    description: config.description,
    site: context.site ?? 'https://example.com',
    customData: `<language>${t.intl.toLowerCase()}</language>`,
    items: garden.recent.slice(0, 50).map((n) => ({
      title: n.data.title,
      link: noteHref(n.id),
      pubDate: n.data.modified,
      description: n.data.summary || n.data.title,
      categories: n.data.tags,
    })),
  });
}
