// The printed page: the text without the site's navigation, black ink on white paper; after a link, only another site's
// address (a path of this site means nothing on paper); the page's own address under its title; the trainer notes when
// the reader opened them; and an end of page (date, licence) that never takes a sheet of its own.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { TEMPLATES, listBuiltPages, oneOfEachTemplate, withSiteFrame } from '../support/builtSite.ts';
import { inkedSheets } from '../support/pdf.ts';
import { test as oneTab } from '../support/pageChecks.ts';
import { fixedOnPaper, inkProblems, linkProblems, printedLinks, titleAddress } from '../support/print.ts';

const DIST = 'dist';
const contentPages = join(process.env.CONTENU_DIR ?? 'content', 'pages');
/** The end of a page: the date of its last change, then the site's footer with the licence. */
const END_OF_PAGE = '.page-meta, .site-footer';
const SHEET = { format: 'A4' } as const;

/**
 * The sheets of the printed page (A4), each marked with whether anything is drawn on it, once the end of the page is made
 * invisible (nothing printed in a fixed position, repeated on every sheet, may hide a blank one: see fixedOnPaper).
 */
async function sheetsWithoutEndOfPage(page: Page): Promise<boolean[]> {
  // visibility, not removal: the end of the page keeps its place, so the sheets are cut exactly as they are when printed
  await page.evaluate((selector) => {
    for (const el of document.querySelectorAll<HTMLElement>(selector)) el.style.setProperty('visibility', 'hidden', 'important');
  }, END_OF_PAGE);
  return inkedSheets(await page.pdf(SHEET));
}

const blank = (sheets: boolean[]) => sheets.flatMap((inked, i) => (inked ? [] : [`feuille ${i + 1} sur ${sheets.length}`]));

if (!existsSync(DIST)) {
  test('le site est construit', () => {
    throw new Error(`Le dossier ${DIST}/ est absent : construisez d’abord le site (npm run build), ou lancez tous les tests avec npm test.`);
  });
} else {
  const urls = listBuiltPages(DIST).map((p) => p.url);
  const chapters = urls.filter(TEMPLATES.chapitre);
  // the slides are not printed: the chapter page is
  const templates = withSiteFrame(oneOfEachTemplate(urls, existsSync(contentPages) ? readdirSync(contentPages) : []).pages);
  // every chapter, and one page of every other template
  const printed = [...new Set([...chapters, ...Object.values(templates)])];

  test('the build holds chapters and a page of each template to print', () => {
    expect(chapters.length).toBeGreaterThanOrEqual(2);
    expect(Object.keys(templates)).toEqual(expect.arrayContaining(['accueil', 'alternative', 'glossaire', 'page 404']));
  });

  test('a printed chapter hides the navigation and keeps its title', async ({ page }) => {
    await page.goto(chapters[0]);
    await page.emulateMedia({ media: 'print' });
    for (const name of ['Parcours du guide', 'Sur cette page', 'Fil d’Ariane', 'Chapitre précédent et chapitre suivant']) {
      await expect(page.getByRole('navigation', { name })).toBeHidden();
    }
    await expect(page.locator('nav:visible')).toHaveCount(0);
    await expect(page.locator('h1')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Modifier cette page' })).toBeHidden();
  });

  // one tab per test process, as for the page checks: opening a tab for each page cost more than printing it
  for (const url of printed) {
    oneTab(`printed ${url}: no path after a link of the site, other sites’ addresses, the page’s address under its title, black on white`, async ({
      watched: { page },
    }) => {
      await page.goto(url);
      await page.emulateMedia({ media: 'print', colorScheme: 'dark' });

      const links = await printedLinks(page);
      expect(links.some((l) => !l.external && l.printed), 'un lien du site imprimé').toBe(true);
      expect(links.some((l) => l.external && l.printed), 'un lien vers un autre site imprimé').toBe(true);
      expect(linkProblems(links)).toEqual([]);

      const title = await titleAddress(page);
      if (title.canonical) {
        expect(title.content).toContain(title.canonical);
        expect(title.display, 'sur sa propre ligne, sous le titre').toBe('block');
      } else {
        expect(title.content, 'une page sans adresse propre (404) n’en imprime pas').toBe('none');
      }

      expect(await inkProblems(page)).toEqual([]);
      expect(await fixedOnPaper(page), 'répétés sur chaque feuille').toEqual([]);

      // on screen nothing is added: nothing to see, nothing read aloud
      await page.emulateMedia({ media: 'screen', colorScheme: 'light' });
      expect((await titleAddress(page)).content).toBe('none');
      await expect(page.locator('h1')).not.toHaveAccessibleName(/https?:/);
    });

    oneTab(`printed ${url}: the date and the licence at the end never take a sheet of their own`, async ({ watched: { page } }) => {
      await page.goto(url);
      const sheets = inkedSheets(await page.pdf(SHEET));
      const withoutEnd = await sheetsWithoutEndOfPage(page);
      expect(withoutEnd.length, 'les mêmes feuilles, coupées aux mêmes endroits').toBe(sheets.length);
      expect(blank(withoutEnd), 'feuilles qui ne tiennent que la fin de page').toEqual([]);
    });
  }

  test('the sheet check sees an end of page pushed alone onto the last sheet', async ({ page }) => {
    await page.goto(chapters[0]);
    await page.locator('.page-meta').evaluate((el) => el.style.setProperty('break-before', 'page', 'important'));
    expect(blank(await sheetsWithoutEndOfPage(page))).toEqual([expect.stringMatching(/^feuille (\d+) sur \1$/)]);
  });

  test('trainer notes print when the reader opened them, and only then', async ({ page }) => {
    await page.goto(chapters[0]);
    const notes = page.locator('details.notes-formateur');
    expect(await notes.count()).toBeGreaterThanOrEqual(1);
    const first = notes.first();
    await page.emulateMedia({ media: 'print' });
    await expect(first).toBeHidden();

    await page.emulateMedia({ media: 'screen' });
    await first.locator('summary').click();
    await expect(first).toHaveAttribute('open', '');
    await page.emulateMedia({ media: 'print' });
    await expect(first).toBeVisible();
    await expect(first.locator('summary ~ *').first()).toBeVisible();
    await expect(notes.and(page.locator(':not([open])'))).toHaveCount((await notes.count()) - 1);
    for (const closed of await notes.and(page.locator(':not([open])')).all()) await expect(closed).toBeHidden();
  });
}
