// The guide published under a base path (SITE_URL=https://exemple.org/notre-guide/): every page's links,
// assets and scripts resolve and stay under the base, and one page of each template passes every page check.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { expect } from '@playwright/test';
import { listBuiltPages, oneOfEachTemplate } from '../support/builtSite.ts';
import { checkPage, test } from '../support/pageChecks.ts';
import { readBuiltSite } from '../../src/integrations/internalLinks.ts';
import { builtLinkProblems, htmlIds } from '../../src/lib/links.ts';
import { MEASURES_TEXT, tableBlocks, tablesIn } from '../../src/lib/sobriete.ts';
import { SOUS_CHEMIN, VERSION_DERIVEE } from '../support/sousChemin.mjs';
import { feedProblems, readFeed } from '../support/flux.ts';
import { linkProblems, printedLinks, readQr, titleAddress } from '../support/print.ts';

const { base, dist, siteUrl } = SOUS_CHEMIN;
const contentPages = join(process.env.CONTENU_DIR ?? 'content', 'pages');

if (!existsSync(dist)) {
  test('le site sous un chemin est construit', () => {
    throw new Error(
      `Le dossier ${dist}/ est absent : construisez le site sous un chemin (SITE_URL=${siteUrl} npx astro build --outDir ${dist}), ou lancez tous les tests avec npm test.`,
    );
  });
} else {
  const pages = listBuiltPages(dist);
  const templates = oneOfEachTemplate(
    pages.map((p) => p.url),
    existsSync(contentPages) ? readdirSync(contentPages) : [],
  );

  test('the build under a base path holds a page of each template', () => {
    expect(templates.missing, 'gabarits sans page').toEqual([]);
  });

  test('outside its base path the host answers 404, inside it the guide’s 404 page', async ({ request }) => {
    expect((await request.get('/', { maxRedirects: 0 })).status()).toBe(404);
    expect((await request.get('/guide/', { maxRedirects: 0 })).status()).toBe(404);
    const unknown = await request.get(`${base}ce-chemin-n-existe-pas/`);
    expect(unknown.status()).toBe(404);
    expect(await unknown.text()).toContain('<h1');
  });

  // Read from the built HTML, for every page: deterministic, and a second's work instead of a browser visit a page;
  // what a page's scripts request at run time is watched in the browser on one page of each template below.
  test(`every page under ${base}: each internal link, asset and script resolves and stays under the base`, () => {
    const site = readBuiltSite(dist);
    const origin = new URL(siteUrl).origin;
    const problems = pages.flatMap(({ url, file }) =>
      builtLinkProblems(readFileSync(file, 'utf8'), new URL(base + url.slice(1), origin).href, base, site).map((p) => `${url} : ${p}`),
    );
    expect(pages.length).toBeGreaterThan(10);
    expect(problems).toEqual([]);
  });

  test(`sous ${base} : the news feed gives every address in full under ${siteUrl}, each leading to a page of this build, none to a hidden one`, async ({ page, request }) => {
    const response = await request.get('nouveautes.xml');
    expect(response.status()).toBe(200);
    const feed = await readFeed(page, await response.text());
    const anchors = htmlIds(readFileSync(join(dist, 'nouveautes', 'index.html'), 'utf8'));
    expect(feedProblems(feed, siteUrl, new Set(pages.map((p) => p.url)), anchors)).toEqual([]);
    const hidden = [...VERSION_DERIVEE.masquer.chapitres.map((id) => `guide/${id}/`), ...VERSION_DERIVEE.masquer.alternatives.map((id) => `alternatives/${id}/`)];
    const addresses = feed.items.flatMap((i) => [i.link, ...i.links]);
    expect(addresses.filter((a) => hidden.some((h) => a.includes(h)))).toEqual([]);
    // every page announces the feed at its address under the base
    const home = readFileSync(join(dist, 'index.html'), 'utf8');
    expect(home).toContain(`type="application/rss+xml" title="${feed.title}" href="${base}nouveautes.xml"`);
  });

  test(`sous ${base} : a printed chapter shows no path after its links, and its address with the base under its title`, async ({ page }) => {
    const chapter = templates.pages.chapitre!;
    await page.goto(chapter.slice(1));
    await page.emulateMedia({ media: 'print' });
    const links = await printedLinks(page);
    expect(links.filter((l) => l.href.startsWith(base)).length, 'liens écrits avec le chemin de publication').toBeGreaterThan(0);
    expect(linkProblems(links)).toEqual([]);
    expect((await titleAddress(page)).content).toContain(new URL(chapter.slice(1), siteUrl).href);
  });

  test(`sous ${base} : a handout’s QR code and the address printed under it lead to its chapter under the base`, async ({ page }) => {
    const handout = templates.pages.fiche!;
    const chapter = new URL(`guide/${handout.split('/')[2]}/`, siteUrl).href;
    await page.goto(handout.slice(1));
    await page.emulateMedia({ media: 'print' });
    expect(await readQr(page, '.qr-bloc svg')).toBe(chapter);
    await expect(page.locator('.qr-bloc figcaption')).toContainText(chapter);
  });

  for (const [template, url] of Object.entries(templates.pages)) {
    test(`sous ${base} : ${template} ${url}`, async ({ watched, request }) => {
      await checkPage(watched, request, { url, basePath: base, report: false });
    });
  }

  test(`sous ${base} : la recherche mène à des pages et à des termes du glossaire qui restent sous le chemin`, async ({ page }) => {
    await page.goto('guide/quand/');
    await page.keyboard.press('/');
    const dialog = page.getByRole('dialog', { name: 'Rechercher dans le guide' });
    await dialog.getByLabel('Votre question, ou quelques mots').fill('instance');
    await expect(dialog.locator('.recherche-resultats li').first()).toBeVisible();
    const hrefs = await dialog.locator('.recherche-resultats a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const h of hrefs) expect(h.startsWith(base), h).toBe(true);
    await dialog.locator('.recherche-resultats a[href*="/glossaire/#instance"]').click();
    await expect(page).toHaveURL(new RegExp(`${base}glossaire/#instance$`));
    await expect(page.locator('#instance')).toBeInViewport();
  });

  test(`sous ${base} : the build measured its own pages and filled the measures table, every cell a figure`, () => {
    const holders = pages.filter((p) => tablesIn(readFileSync(p.file, 'utf8')).length > 0);
    expect(holders.filter((p) => /^\/guide\/[^/]+\/$/.test(p.url)).length, 'chapitres portant le tableau').toBeGreaterThan(0);
    for (const { file } of holders) {
      for (const table of tableBlocks(readFileSync(file, 'utf8'))) {
        const cells = [...table.html.matchAll(/<td>([^<]*)<\/td>/g)].map((m) => m[1]);
        expect(cells.length, file).toBe(24);
        expect(cells.filter((c) => c === MEASURES_TEXT.empty), file).toEqual([]);
        expect(table.html, file).not.toContain('Mesures absentes');
      }
    }
  });

  test(`sous ${base} : the QR code of the slides carries the public address with its path, and the presenter view opens under it`, async ({ page, context }) => {
    const slides = templates.pages.projection!;
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(slides.slice(1));
    const png = PNG.sync.read(await page.locator('.diapo-qr svg').screenshot());
    const chapter = slides.replace('/projection/', '/guide/');
    const expected = new URL(chapter.slice(1), siteUrl).href;
    expect(jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data).toBe(expected);
    await expect(page.locator('.diapo-qr figcaption')).toHaveText(expected);
    const [presenter] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('p')]);
    await presenter.waitForLoadState();
    expect(new URL(presenter.url()).pathname).toBe(`${base}${slides.slice(1)}`);
    await page.keyboard.press('ArrowRight');
    await expect(presenter.locator('[data-pres="numero"]')).toHaveText(/^2 \/ \d+$/);
  });
}
