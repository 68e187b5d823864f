// The whole guide on one page, to print as a booklet: every chapter in order, no id twice, nothing of the search,
// at most the weight of the chapters' own pages, and on paper each chapter on a new sheet, navigation hidden.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { listBuiltPages } from '../support/builtSite.ts';
import { inkedSheets } from '../support/pdf.ts';

const BOOKLET = '/guide-complet/';
const chapters = listBuiltPages('dist')
  .map((p) => p.url)
  .filter((u) => /^\/guide\/[^/]+\/$/.test(u));

/** Compressed bytes of a built page and of the style sheets and scripts it loads. */
function pageBytes(url: string): number {
  const html = readFileSync(`dist${url}index.html`);
  const assets = [...html.toString('utf8').matchAll(/(?:href|src)="(\/_astro\/[^"]+\.(?:css|js))"/g)].map((m) => m[1]);
  return [html, ...assets.map((a) => readFileSync(`dist${a}`))].reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0);
}

test('the booklet holds every chapter in the order of the parcours, and no id twice', async ({ page }) => {
  await page.goto(BOOKLET);
  const titles = await page.locator('article.chapitre-corps .chapitre-entete h2').allTextContents();
  const expected: string[] = [];
  for (const url of chapters) {
    const html = readFileSync(`dist${url}index.html`, 'utf8');
    expected.push(/<h1[^>]*>([^<]+)<\/h1>/.exec(html)![1]);
  }
  // the order of the parcours is the order of the booklet's contents list, chapter by chapter
  const contents = await page.locator('.livret-sommaire li a').allTextContents();
  expect(contents).toEqual(titles);
  expect([...titles].sort()).toEqual([...expected].sort());
  const ids = await page.locator('[id]').evaluateAll((els) => els.map((e) => e.id));
  const twice = ids.filter((id, i) => ids.indexOf(id) !== i);
  expect(twice).toEqual([]);
  // every link of its contents list leads to a chapter of the page
  for (const href of await page.locator('.livret-sommaire a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!)))
    await expect(page.locator(href)).toHaveCount(1);
});

test('the booklet weighs no more than the chapters’ own pages together, and nothing of it goes to the search', () => {
  const booklet = pageBytes(BOOKLET);
  const sum = chapters.reduce((n, url) => n + pageBytes(url), 0);
  console.log(`Guide complet : ${booklet} octets compressés ; les ${chapters.length} chapitres, chacun sur sa page : ${sum} octets`);
  expect(booklet).toBeLessThanOrEqual(sum);
  const html = readFileSync(`dist${BOOKLET}index.html`, 'utf8');
  expect(html).not.toContain('data-pagefind-body');
});

test('printed, the booklet hides the navigation and starts each chapter on a new sheet', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto(BOOKLET);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('nav:visible')).toHaveCount(0);
  const breaks = await page.locator('.livret-sommaire, article.chapitre-corps .chapitre-entete').evaluateAll((els) =>
    els.map((el) => ({ breakBefore: getComputedStyle(el).breakBefore, display: getComputedStyle(el).display })),
  );
  expect(breaks).toHaveLength(chapters.length + 1);
  for (const b of breaks) expect(b).toEqual({ breakBefore: 'page', display: 'block' });
  const sheets = inkedSheets(await page.pdf({ format: 'A4', printBackground: false }));
  console.log(`Guide complet imprimé : ${sheets.length} feuilles A4`);
  // a cover, a contents list, then at least one sheet per chapter, none blank
  expect(sheets.length).toBeGreaterThanOrEqual(chapters.length + 2);
  expect(sheets.filter((inked) => !inked)).toEqual([]);
});
