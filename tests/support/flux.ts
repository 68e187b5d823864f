// The news feed as the tests read it: parsed by the browser's own XML parser, then checked as RSS 2.0 whose every
// address is given in full (site and base path) and leads to a page of the build.
import type { Page } from '@playwright/test';

export interface FeedItem {
  title: string;
  link: string;
  guid: string;
  pubDate: string;
  /** The addresses the item's description links to. */
  links: string[];
}

export interface Feed {
  /** What the XML parser says is wrong, or '' when it read the whole file. */
  parseError: string;
  version: string;
  title: string;
  link: string;
  description: string;
  language: string;
  /** The feed's own address (atom:link rel="self"). */
  self: string;
  items: FeedItem[];
}

/** The feed's XML, read by the browser as a feed reader would. */
export function readFeed(page: Page, xml: string): Promise<Feed> {
  return page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'application/xml');
    const error = doc.querySelector('parsererror')?.textContent ?? '';
    const rss = doc.documentElement;
    const channel = [...rss.children].find((c) => c.tagName === 'channel');
    const child = (el: Element | undefined, name: string) => [...(el?.children ?? [])].find((c) => c.tagName === name);
    const text = (el: Element | undefined, name: string) => child(el, name)?.textContent ?? '';
    const items = [...(channel?.children ?? [])].filter((c) => c.tagName === 'item');
    return {
      parseError: error,
      version: rss.tagName === 'rss' ? (rss.getAttribute('version') ?? '') : '',
      title: text(channel, 'title'),
      link: text(channel, 'link'),
      description: text(channel, 'description'),
      language: text(channel, 'language'),
      self: child(channel, 'atom:link')?.getAttribute('href') ?? '',
      items: items.map((item) => ({
        title: text(item, 'title'),
        link: text(item, 'link'),
        guid: text(item, 'guid'),
        pubDate: text(item, 'pubDate'),
        links: [...new DOMParser().parseFromString(text(item, 'description'), 'text/html').querySelectorAll('a')].map((a) => a.getAttribute('href') ?? ''),
      })),
    };
  }, xml);
}

/**
 * Every way the feed is not the RSS 2.0 this guide publishes under `root` (its public address with the base path):
 * an address that is not in full under the root, or that leads to no page of the build (`pages`, paths without the
 * base), an item link whose entry `anchors` (the ids of /nouveautes/) do not hold, a date a reader cannot read.
 */
export function feedProblems(feed: Feed, root: string, pages: Set<string>, anchors: Set<string>): string[] {
  const problems: string[] = [];
  if (feed.parseError) return [`XML illisible : ${feed.parseError}`];
  if (feed.version !== '2.0') problems.push(`racine <rss version="2.0"> attendue (version « ${feed.version} »)`);
  if (!feed.title || !feed.description) problems.push('canal sans titre ou sans description');
  if (feed.language !== 'fr') problems.push(`langue « ${feed.language} » au lieu de « fr »`);
  if (feed.self !== new URL('nouveautes.xml', root).href) problems.push(`adresse du flux (atom:link) : ${feed.self}`);
  if (feed.items.length === 0) problems.push('aucun élément');
  /** Say where an address fails: not in full under the root, or leading to no page of the build. */
  const check = (where: string, address: string) => {
    if (!address.startsWith(root)) problems.push(`${where} : « ${address} » n’est pas une adresse complète sous ${root}`);
    else {
      const path = `/${new URL(address).pathname.slice(new URL(root).pathname.length)}`;
      if (!pages.has(path)) problems.push(`${where} : « ${address} » ne mène à aucune page construite (${path})`);
    }
  };
  check('canal', feed.link);
  const seen = new Set<string>();
  for (const item of feed.items) {
    for (const address of [item.link, ...item.links]) check(item.title, address);
    const anchor = decodeURIComponent(new URL(item.link, root).hash.slice(1));
    if (!anchors.has(anchor)) problems.push(`${item.title} : « ${item.link} » vise une ancre absente de /nouveautes/`);
    if (item.guid !== item.link || seen.has(item.guid)) problems.push(`${item.title} : identifiant (guid) absent, différent du lien ou en double`);
    seen.add(item.guid);
    if (item.links.length === 0) problems.push(`${item.title} : aucun lien vers une page du guide`);
    if (!/^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/.test(item.pubDate) || Number.isNaN(Date.parse(item.pubDate))) {
      problems.push(`${item.title} : date « ${item.pubDate} » au format RFC 822 attendue`);
    }
  }
  return problems;
}
