// The trainer's pages on the built guide: each chapter's handout prints on one or two A4 sheets with a QR code that
// leads to the chapter, whose address is printed under it; a handout and a trainer script carry the very pieces of
// their chapter; the training page and the session plans link the trainer's pages of every chapter they name.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { TEMPLATES, listBuiltPages } from '../support/builtSite.ts';
import { inkedSheets } from '../support/pdf.ts';
import { readQr } from '../support/print.ts';

const DIST = 'dist';
const PLANS = 'content/formations';

/** The canonical address of a built page, as its HTML declares it. */
async function canonicalOf(request: APIRequestContext, path: string): Promise<string> {
  const html = await (await request.get(path)).text();
  const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
  if (!canonical) throw new Error(`${path} : pas d’adresse canonique`);
  return canonical;
}

/** The texts of the elements a selector finds, spaces collapsed. */
const textsOf = (page: Page, selector: string) => page.locator(selector).evaluateAll((els) => els.map((e) => e.textContent!.replace(/\s+/g, ' ').trim()));

/**
 * The same texts, for each selector, in a chapter as it was built: its HTML, parsed by the browser without opening the
 * page (no script of the reading page changes these pieces, so they read the same as in the opened page).
 */
async function chapterTexts<K extends string>(page: Page, request: APIRequestContext, id: string, selectors: Record<K, string>): Promise<Record<K, string[]>> {
  const html = await (await request.get(`/guide/${id}/`)).text();
  const wanted: Record<string, string> = selectors;
  return page.evaluate(
    ({ html, wanted }) => {
      const doc = new DOMParser().parseFromString(html, 'text/html');
      const texts = (selector: string) => [...doc.querySelectorAll(selector)].map((e) => e.textContent!.replace(/\s+/g, ' ').trim());
      return Object.fromEntries(Object.entries(wanted).map(([key, selector]) => [key, texts(selector)]));
    },
    { html, wanted },
  ) as Promise<Record<K, string[]>>;
}

if (!existsSync(DIST)) {
  test('le site est construit', () => {
    throw new Error(`Le dossier ${DIST}/ est absent : construisez d’abord le site (npm run build), ou lancez tous les tests avec npm test.`);
  });
} else {
  const urls = listBuiltPages(DIST).map((p) => p.url);
  const chapters = urls.filter(TEMPLATES.chapitre).map((u) => u.split('/')[2]);

  test('every chapter has its handout and its trainer script', () => {
    expect(chapters.length).toBeGreaterThanOrEqual(2);
    expect(chapters.filter((id) => !urls.includes(`/fiche/${id}/`))).toEqual([]);
    expect(chapters.filter((id) => !urls.includes(`/formation/deroule/${id}/`))).toEqual([]);
  });

  for (const id of chapters) {
    test(`the handout of ${id} prints on one or two A4 sheets, with a QR code to the chapter and the chapter’s address printed under it`, async ({
      page,
      request,
    }) => {
      const address = await canonicalOf(request, `/guide/${id}/`);
      await page.goto(`/fiche/${id}/`);
      const sheets = inkedSheets(await page.pdf({ format: 'A4' }));
      expect(sheets.length, 'feuilles A4').toBeLessThanOrEqual(2);
      expect(sheets.every(Boolean), 'aucune feuille blanche').toBe(true);

      await page.emulateMedia({ media: 'print' });
      expect(await readQr(page, '.qr-bloc svg'), 'ce que lit un téléphone sur le papier').toBe(address);
      const caption = page.locator('.qr-bloc figcaption');
      await expect(caption).toBeVisible();
      await expect(caption).toContainText(address);
      const qr = (await page.locator('.qr-bloc svg').boundingBox())!;
      const under = (await caption.boundingBox())!;
      expect(under.y, 'l’adresse sous le code').toBeGreaterThanOrEqual(qr.y + qr.height - 1);
    });
  }

  test('a handout carries its chapter’s objectives, « À retenir » and exercises, with room to write on paper only', async ({ page, request }) => {
    for (const id of chapters) {
      await page.goto(`/fiche/${id}/`);
      const reading = await chapterTexts(page, request, id, {
        objectives: '.objectifs li',
        keyPoints: '[data-a-retenir] li',
        exercises: '[data-exercice] > :not(h2, h3, .a-ecrire)',
      });
      expect(await textsOf(page, '.objectifs li'), id).toEqual(reading.objectives);
      expect(await textsOf(page, '[data-a-retenir] li'), id).toEqual(reading.keyPoints);
      expect(await textsOf(page, '[data-exercice] > :not(h2, h3, .a-ecrire)'), id).toEqual(reading.exercises);
      expect(reading.exercises.length, `exercices de ${id}`).toBeGreaterThan(0);

      const rooms = page.locator('[data-exercice] > .a-ecrire');
      await expect(rooms).toHaveCount(await page.locator('[data-exercice]').count());
      await expect(page.locator('.ecran-seulement')).toBeVisible();
      for (const room of await rooms.all()) await expect(room).toBeHidden();
      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('.ecran-seulement')).toBeHidden();
      for (const room of await rooms.all()) expect((await room.boundingBox())?.height ?? 0, `place pour écrire dans ${id}`).toBeGreaterThan(100);
      await page.emulateMedia({ media: 'screen' });
    }
  });

  test('a trainer script holds each section of its chapter in order, every trainer note printed open, and every exercise', async ({ page, request }) => {
    for (const id of chapters) {
      await page.goto(`/formation/deroule/${id}/`);
      const texts = await chapterTexts(page, request, id, {
        sections: '.prose > section:not(.bloc) > h2',
        notes: 'details[data-notes-formateur] > :not(summary)',
        exercises: '[data-exercice]',
      });
      const reading = { ...texts, exercises: texts.exercises.length };
      expect(await textsOf(page, '.deroule-sections > li > h3'), id).toEqual(reading.sections.map((s) => expect.stringContaining(s)));
      expect(await textsOf(page, '.note-animation > :not(.muted)'), id).toEqual(expect.arrayContaining(reading.notes));
      expect((await textsOf(page, '.note-animation > :not(.muted)')).length, id).toBe(reading.notes.length);
      await expect(page.locator('.deroule-exercice')).toHaveCount(reading.exercises);
      await expect(page.locator('details')).toHaveCount(1); // the header's menu only: no note is folded away
      await page.emulateMedia({ media: 'print' });
      for (const note of await page.locator('.note-animation').all()) await expect(note).toBeVisible();
      await page.emulateMedia({ media: 'screen' });
    }
  });

  test('the training page is reached from the home page and links every chapter’s trainer pages and every session plan', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: 'tout pour animer une formation' }).click();
    await expect(page).toHaveURL('/formation/');
    const linked = new Set(await page.locator('main a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname)));
    const trainerPages = urls.filter((u) => /^\/(fiche|formation\/deroule|formation\/seances|projection)\/[^/]+\/$/.test(u));
    expect(trainerPages.length).toBeGreaterThanOrEqual(chapters.length * 2 + 1);
    expect(trainerPages.filter((u) => !linked.has(u))).toEqual([]);
  });

  const plans = existsSync(PLANS) ? readdirSync(PLANS).filter((f) => f.endsWith('.yaml')) : [];
  test('the guide has a session plan', () => expect(plans.length).toBeGreaterThan(0));
  for (const file of plans) {
    const id = file.replace(/\.yaml$/, '');
    const plan = parse(readFileSync(join(PLANS, file), 'utf8')) as { duree: number; etapes: { titre: string; chapitre?: string }[] };
    test(`the session plan ${id} shows each step from the start to the end of the session, with its chapter’s handout`, async ({ page }) => {
      await page.goto(`/formation/seances/${id}/`);
      const steps = page.locator('.etapes-seance > li');
      await expect(steps).toHaveCount(plan.etapes.length);
      const total = `${Math.floor(plan.duree / 60)}\u00a0h\u00a0${String(plan.duree % 60).padStart(2, '0')}`;
      await expect(steps.first().locator('h3')).toContainText('de 0\u00a0h\u00a000 à');
      await expect(steps.last().locator('h3')).toContainText(`à ${total}`);
      for (const [i, step] of plan.etapes.entries()) {
        const item = steps.nth(i);
        await expect(item.locator('h3')).toContainText(step.titre.replace(/ ([?!;])/g, '\u202f$1'));
        if (step.chapitre) {
          await expect(item.locator(`a[href="/fiche/${step.chapitre}/"]`)).toHaveCount(1);
          await expect(item.locator(`a[href="/guide/${step.chapitre}/"]`)).toHaveCount(1);
        } else {
          await expect(item.locator('a')).toHaveCount(0);
        }
      }
    });
  }
}
