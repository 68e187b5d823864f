// The news of the guide: the page lists its entries newest first, each with its date, its text and links to pages of
// the guide; the feed is RSS 2.0 whose every address is in full and leads to the page's entries and to built pages.
import { existsSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { listBuiltPages } from '../support/builtSite.ts';
import { feedProblems, readFeed } from '../support/flux.ts';
import { htmlIds } from '../../src/lib/links.ts';

const DIST = 'dist';
const NEWS = `${DIST}/nouveautes/index.html`;

if (!existsSync(NEWS)) {
  test('le site est construit', () => {
    throw new Error(`La page ${NEWS} est absente : construisez d’abord le site (npm run build), ou lancez tous les tests avec npm test.`);
  });
} else {
  const pages = listBuiltPages(DIST).map((p) => ({ ...p, html: readFileSync(p.file, 'utf8') }));
  const html = readFileSync(NEWS, 'utf8');
  // the public address of the guide, as the build wrote it under the page's title
  const root = new URL('..', /<link rel="canonical" href="([^"]+)"/.exec(html)![1]).href;

  test('the news page lists its entries newest first, by month, each with its date, its text and links named after their pages', async ({ page }) => {
    await page.goto('/nouveautes/');
    await expect(page.locator('h1')).toHaveText('Nouveautés du guide');
    const entries = await page.locator('article h3').evaluateAll((headings) =>
      headings.map((h) => {
        const [when, text, links] = [h.nextElementSibling, h.nextElementSibling?.nextElementSibling, h.nextElementSibling?.nextElementSibling?.nextElementSibling];
        let month = h.previousElementSibling;
        while (month && month.tagName !== 'H2') month = month.previousElementSibling;
        return {
          title: h.textContent ?? '',
          month: month?.id ?? '',
          datetime: when?.querySelector('time')?.getAttribute('datetime') ?? '',
          date: when?.querySelector('time')?.textContent ?? '',
          text: text?.tagName === 'P' ? (text.textContent ?? '') : '',
          links: [...(links?.querySelectorAll('a') ?? [])].map((a) => a.textContent ?? ''),
        };
      }),
    );
    expect(entries.length).toBeGreaterThanOrEqual(8);
    for (const e of entries) {
      expect(e.datetime, e.title).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(e.month, e.title).toBe(`mois-${e.datetime.slice(0, 7)}`);
      expect(e.date, e.title).toMatch(/^\d{1,2}(er)?\u00a0\p{L}+ \d{4}$/u);
      expect(e.text.length, e.title).toBeGreaterThan(20);
      expect(e.links.length, e.title).toBeGreaterThan(0);
      // every page an entry names has a name of its own, not its path
      for (const name of e.links) expect(name, e.title).not.toMatch(/^\//);
    }
    const days = entries.map((e) => e.datetime);
    expect(days).toEqual([...days].sort().reverse());
    // how to follow the feed, with its address
    const feedLink = page.locator('article p', { hasText: 'lecteur de flux RSS' }).locator('a[href="/nouveautes.xml"]');
    await expect(feedLink).toHaveText(new URL('nouveautes.xml', root).href);
  });

  test('/nouveautes.xml is RSS 2.0: each item in full under the guide’s address, leading to its entry on the page and to built pages', async ({ page, request }) => {
    const response = await request.get('/nouveautes.xml');
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('xml');
    const feed = await readFeed(page, await response.text());
    expect(feedProblems(feed, root, new Set(pages.map((p) => p.url)), htmlIds(html))).toEqual([]);
    // the same entries as the page, in the same order, under the name every page announces
    const titles = [...html.matchAll(/<h3 id="[^"]+">([^<]*)<\/h3>/g)].map((m) => m[1].replace(/&#39;/g, "'").replace(/&amp;/g, '&'));
    expect(feed.items.map((i) => i.title)).toEqual(titles);
    expect(html).toContain(`<link rel="alternate" type="application/rss+xml" title="${feed.title}" href="/nouveautes.xml">`);
  });

  test('every page announces the feed in its head, and its footer links to the news', () => {
    const framed = pages.filter((p) => !p.html.includes('data-page-type="redirection"'));
    const missing = framed.filter((p) => !/<head>.*<link rel="alternate" type="application\/rss\+xml" title="[^"]+" href="\/nouveautes\.xml">.*<\/head>/s.test(p.html)).map((p) => p.url);
    expect(missing).toEqual([]);
    const footers = framed.filter((p) => p.html.includes('<footer class="site-footer">'));
    expect(footers.length).toBeGreaterThan(10);
    expect(footers.filter((p) => !/<footer class="site-footer">.*<a href="\/nouveautes\/">.*<\/footer>/s.test(p.html)).map((p) => p.url)).toEqual([]);
  });
}
