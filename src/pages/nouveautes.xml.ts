// The news as an RSS feed, for a feed reader: the same entries as /nouveautes/, with addresses in full (site and base path).
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { loadGuide, newsPageNames, publicAddress } from '../data.ts';
import { NEWS_FEED, feedItem, shownNews } from '../lib/nouveautes.ts';
import { plain } from '../lib/textes.ts';
import { ui } from '../ui.ts';

export const GET: APIRoute = async () => {
  const guide = await loadGuide();
  const names = newsPageNames(guide);
  const feed = publicAddress(NEWS_FEED);
  return rss({
    title: ui.news.feedTitle(guide.site.nom),
    description: plain(guide.texts.nouveautes.description),
    site: publicAddress('/nouveautes/'),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>fr</language><atom:link href="${feed}" rel="self" type="application/rss+xml"/>`,
    items: shownNews(guide.news).entries.map((entry) => feedItem(entry, { address: publicAddress, names, see: ui.news.see })),
  });
};
