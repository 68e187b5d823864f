// The guide published under a base path (SITE_URL=https://exemple.org/notre-guide/): every page's links,
// assets and scripts resolve and stay under the base, and one page of each template passes every page check.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from '@playwright/test';
import { listBuiltPages, oneOfEachTemplate } from '../support/builtSite.ts';
import { checkLinks, checkPage, openPage, test } from '../support/pageChecks.ts';
import { SOUS_CHEMIN } from '../support/sousChemin.mjs';

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

  for (const { url } of pages) {
    test(`sous ${base} : liens de ${url}`, async ({ watched, request }) => {
      const response = await openPage(watched.page, watched.watch, base + url.slice(1));
      expect(response?.status(), `statut HTTP de ${base}${url.slice(1)}`).toBe(200);
      await checkLinks(watched.page, watched.watch, request, base);
    });
  }

  for (const [template, url] of Object.entries(templates.pages)) {
    test(`sous ${base} : ${template} ${url}`, async ({ watched, request }) => {
      await checkPage(watched, request, { url, basePath: base, report: false });
    });
  }
}
