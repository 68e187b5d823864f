// The anatomy of a chapter page and the 404 page (the printed page: print.spec.ts).
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { expect, test } from '@playwright/test';

const site = parse(readFileSync('content/site.yaml', 'utf8'));

test('a chapter page shows its header, its table of contents and its metadata', async ({ page }) => {
  await page.goto('/guide/pourquoi/');
  const header = page.locator('.chapitre-entete');
  await expect(header.locator('.surtitre')).toHaveText(/Partie\s*:\s*Comprendre/);
  await expect(header.locator('h1')).toHaveText('Pourquoi un numérique libre ?');
  await expect(header.locator('dl')).toContainText(/Durée estimée\s*:?\s*30\s*min/);
  await expect(header.getByRole('heading', { name: 'Ce que vous allez apprendre' })).toBeVisible();
  expect(await header.locator('.objectifs li').count()).toBeGreaterThanOrEqual(3);

  const toc = page.getByRole('navigation', { name: 'Sur cette page' });
  const tocLinks = toc.locator('a');
  expect(await tocLinks.count()).toBeGreaterThanOrEqual(4);
  await expect(toc.locator('a[href="#sources"]')).toHaveCount(1);
  await expect(toc.locator('a[href="#a-retenir"]')).toHaveCount(1);

  await expect(page.getByRole('navigation', { name: 'Fil d’Ariane' }).locator('[aria-current="page"]')).toHaveText('Pourquoi un numérique libre ?');
  await expect(page.getByRole('navigation', { name: 'Parcours du guide' }).locator('[aria-current="page"]')).toHaveAttribute('href', '/guide/pourquoi/');

  // while the forge of site.yaml is a placeholder, no link leads there: errors go to the organisation
  const edit = page.getByRole('link', { name: 'Modifier cette page' });
  const report = page.getByRole('link', { name: 'Signaler une erreur' });
  if (new URL(site.forge.depot).hostname.endsWith('.example')) {
    await expect(edit).toHaveCount(0);
    if (site.organisation.courriel) await expect(report).toHaveAttribute('href', new RegExp(`^mailto:${site.organisation.courriel}\\?subject=`));
    else await expect(report).toHaveAttribute('href', site.organisation.contact);
  } else {
    await expect(edit).toHaveAttribute('href', site.forge.modifier.replace('{chemin}', 'content/chapitres/pourquoi.mdx'));
    await expect(report).toHaveAttribute('href', site.forge.signaler);
  }
  await expect(page.locator('.page-meta time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);

  const sources = page.locator('#sources + ol > li');
  expect(await sources.count()).toBeGreaterThanOrEqual(2);
  await expect(sources.first()).toContainText(/\b(19|20)\d{2}\./);

  const notes = page.locator('details[data-notes-formateur]');
  expect(await notes.count()).toBeGreaterThanOrEqual(1);
  await expect(notes.first()).not.toHaveAttribute('open');
  await expect(notes.first().locator('summary')).toContainText('Notes pour la personne qui anime');
  await expect(page.locator('[data-exercice] h3').first()).toContainText('À vous de jouer');
});

test('an unknown address answers 404 with the guide’s French page', async ({ page }) => {
  const response = await page.goto('/guide/ce-chapitre-n-existe-pas/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Page introuvable');
  await page.locator('main').getByRole('link', { name: 'plan du site' }).click();
  await expect(page).toHaveURL('/plan-du-site/');
});

test('the last chapter of the parcours leads on to the catalogue of alternatives', async ({ page }) => {
  await page.goto('/plan-du-site/');
  const last = await page.locator('main .chapitres a').last().getAttribute('href');
  await page.goto(last!);
  await expect(page.locator('.pagination a[rel="next"]')).toHaveCount(0);
  await page.locator('.pagination a', { hasText: 'Et maintenant' }).click();
  await expect(page).toHaveURL('/alternatives/');
});

test('on a phone, the table of contents is folded so the text starts early', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/guide/pourquoi/');
  const toc = page.getByRole('navigation', { name: 'Sur cette page' });
  await expect(toc.locator('a').first()).toBeHidden();
  await toc.getByText('Sur cette page').click();
  await expect(toc.locator('a').first()).toBeVisible();
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto('/guide/pourquoi/');
  await expect(page.getByRole('navigation', { name: 'Sur cette page' }).locator('a').first()).toBeVisible();
});
