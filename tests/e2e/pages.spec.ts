// Every built page, found in the build output, passes the checks every later change keeps green.
import { existsSync } from 'node:fs';
import { expect } from '@playwright/test';
import { listBuiltPages } from '../support/builtSite.ts';
import { checkPage, test } from '../support/pageChecks.ts';

const DIST = 'dist';

if (!existsSync(DIST)) {
  test('le site est construit', () => {
    throw new Error(`Le dossier ${DIST}/ est absent : construisez d’abord le site (npm run build), ou lancez tous les tests avec npm test.`);
  });
} else {
  const pages = listBuiltPages(DIST);

  test('the build holds the pages the guide promises', () => {
    const urls = pages.map((p) => p.url);
    for (const url of ['/', '/plan-du-site/', '/glossaire/', '/ressources/', '/nouveautes/', '/alternatives/', '/404.html']) expect(urls).toContain(url);
    expect(urls.filter((u) => u.startsWith('/guide/')).length).toBeGreaterThanOrEqual(2);
  });

  for (const { url } of pages) {
    test(`page ${url}`, async ({ watched, request }) => {
      await checkPage(watched, request, { url, basePath: '/', report: true });
    });
  }
}
