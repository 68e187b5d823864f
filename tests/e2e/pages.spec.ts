// Every built page, found in the build output, passes the checks every later change keeps green.
import { existsSync } from 'node:fs';
import { expect } from '@playwright/test';
import { listBuiltPages } from '../support/builtSite.ts';
import { accessibilityViolations, checkPage, openSettled, test } from '../support/pageChecks.ts';

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

  test('the accessibility check sees a fault: an image without a text in the light scheme, a pale text in the dark one only', async ({ watched: { page } }) => {
    await openSettled(page, '/guide/quand/');
    await page.evaluate(() => {
      const main = document.querySelector('main')!;
      main.insertAdjacentHTML('afterbegin', '<img src="/favicon.svg" width="20" height="20"><p class="pale-la-nuit">Un texte pâle la nuit.</p>');
      // a sheet built by the script: the page's security policy refuses a <style> element, not this
      const sheet = new CSSStyleSheet();
      sheet.replaceSync('@media (prefers-color-scheme: dark) { .pale-la-nuit { color: #444 !important; background: #222 !important } }');
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    });
    const { light, dark } = await accessibilityViolations(page);
    expect(light.map((v) => v.id)).toEqual(['image-alt']);
    expect(dark.map((v) => v.id)).toEqual(['color-contrast']);
    expect(JSON.stringify(dark[0].nodes)).toContain('pale-la-nuit');
  });

  for (const { url } of pages) {
    test(`page ${url}`, async ({ watched, request }) => {
      await checkPage(watched, request, { url, basePath: '/', report: true });
    });
  }
}
