// A guide of 500 chapters (generated from the fixture content by tests/support/grandGuide.mjs): a chapter page keeps
// within its reading budget and passes every page check, at the start, the middle and the end of a part that holds
// 125 of them. The sidebar lists eleven chapters around the current one and counts the others.
import { existsSync } from 'node:fs';
import { expect } from '@playwright/test';
import { checkPage, test } from '../support/pageChecks.ts';
import { GRAND_GUIDE, generatedId } from '../support/grandGuide.mjs';

if (!existsSync(GRAND_GUIDE.dist)) {
  test('le guide de 500 chapitres est construit', () => {
    throw new Error(`Le dossier ${GRAND_GUIDE.dist}/ est absent : lancez « node tests/support/grandGuide.mjs », ou tous les tests avec npm test.`);
  });
} else {
  // the chapters generated into the first part, in reading order, after the fixture's own first chapter
  const first = GRAND_GUIDE.parts[0];
  const inFirstPart = ['premier'];
  for (let n = 1; n <= GRAND_GUIDE.chapters - 2; n++) if (GRAND_GUIDE.parts[n % GRAND_GUIDE.parts.length] === first) inFirstPart.push(generatedId(n));
  const where = { début: inFirstPart[0], milieu: inFirstPart[Math.floor(inFirstPart.length / 2)], fin: inFirstPart.at(-1)! };

  test('the generated guide holds 500 chapters, a quarter of them in its first part', async ({ request }) => {
    expect(inFirstPart.length).toBeGreaterThanOrEqual(GRAND_GUIDE.chapters / GRAND_GUIDE.parts.length);
    for (const id of Object.values(where)) expect((await request.get(`/guide/${id}/`)).status()).toBe(200);
  });

  for (const [label, id] of Object.entries(where)) {
    test(`500 chapitres : chapitre du ${label} d’une partie, /guide/${id}/`, async ({ watched, request }) => {
      await checkPage(watched, request, { url: `/guide/${id}/`, basePath: '/', report: false });
      const { page } = watched;
      await page.setViewportSize({ width: 1280, height: 800 });
      const nav = page.getByRole('navigation', { name: 'Parcours du guide' });
      const lines = nav.locator('ol > li');
      // eleven chapters, plus one line for each side that has more
      expect(await lines.count()).toBeLessThanOrEqual(13);
      await expect(nav.locator('[aria-current="page"]')).toHaveAttribute('href', `/guide/${id}/`);
      const others = nav.locator('.parcours-autres a');
      expect(await others.count()).toBeGreaterThanOrEqual(1);
      await expect(others.first()).toHaveText(/\d+\s*autres chapitres de cette partie/);
      await expect(others.first()).toHaveAttribute('href', `/#partie-${first}`);
    });
  }

  // the catalogue at the size it is heading for: every list page keeps within the list budget (checkPage measures it)
  const listPages = [
    '/alternatives/',
    `/alternatives/usages/${GRAND_GUIDE.biggestUsage}/`,
    ...['pour-les-structures', 'pour-les-particuliers', 'facile', 'temps-d-adaptation', 'a-l-aise', 'auto-hebergeables'].map((slug) => `/alternatives/filtres/${slug}/`),
  ];
  test(`the generated catalogue holds ${GRAND_GUIDE.alternatives} alternatives and ${GRAND_GUIDE.platforms} platforms`, async ({ page }) => {
    await page.goto('/alternatives/');
    await expect(page.locator('section[aria-labelledby="remplacer"] ul a')).toHaveCount(GRAND_GUIDE.platforms);
    const counts = await page.locator('ul.usages li').allTextContents();
    expect(counts.reduce((n, text) => n + Number(text.match(/(\d+)\s*alternative/)![1]), 0)).toBe(GRAND_GUIDE.alternatives);
  });
  // the news tell of each generated chapter's review: the page shows the most recent only, within the list budget
  test(`${GRAND_GUIDE.chapters} chapitres relus : /nouveautes/ dans le budget des listes`, async ({ watched, request }) => {
    await checkPage(watched, request, { url: '/nouveautes/', basePath: '/', report: false });
  });
  for (const url of listPages) {
    test(`${GRAND_GUIDE.alternatives} alternatives : ${url} dans le budget des listes`, async ({ watched, request }) => {
      await checkPage(watched, request, { url, basePath: '/', report: false });
    });
  }
}
