// Reading without JavaScript: one page of each layout, followed by a click that leads on.
import { expect, test } from '@playwright/test';

test.use({ javaScriptEnabled: false });

test('without JavaScript, a chapter on a phone opens the parcours menu and leads to the next chapter', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/guide/mode-d-emploi/');
  const menu = page.getByRole('navigation', { name: 'Parcours du guide' });
  const current = menu.locator('a[aria-current="page"]');
  await expect(current).toBeHidden();
  await menu.getByText('Le parcours, partie par partie').click();
  await expect(current).toBeVisible();
  await expect(current).toHaveAttribute('href', '/guide/mode-d-emploi/');

  const next = page.locator('.pagination a[rel="next"]');
  const nextHref = await next.getAttribute('href');
  expect(nextHref).toMatch(/^\/guide\/[^/]+\/$/);
  await next.click();
  await expect(page).toHaveURL(nextHref!);
  await expect(page.locator('h1')).toBeVisible();
  await expect(page.locator('.pagination a[rel="prev"]')).toHaveAttribute('href', '/guide/mode-d-emploi/');
});

test('without JavaScript, the parcours is an open sidebar on a wide screen', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/guide/pourquoi/');
  const menu = page.getByRole('navigation', { name: 'Parcours du guide' });
  await expect(menu.locator('a[aria-current="page"]')).toBeVisible();
  await menu.getByRole('link', { name: /Mode d’emploi/ }).click();
  await expect(page).toHaveURL('/guide/mode-d-emploi/');
});

test('without JavaScript, the home page starts the parcours', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Commencer le parcours' }).click();
  await expect(page).toHaveURL(/\/guide\/[^/]+\/$/);
  await expect(page.locator('h1')).toBeVisible();
});

test('without JavaScript, the site map lists and opens every chapter', async ({ page }) => {
  await page.goto('/plan-du-site/');
  const chapters = page.locator('main .chapitres > li > a');
  expect(await chapters.count()).toBeGreaterThanOrEqual(2);
  await chapters.last().click();
  await expect(page).toHaveURL(/\/guide\/[^/]+\/$/);
});

test('without JavaScript, a text page shows its content and the trainer notes open on demand', async ({ page }) => {
  await page.goto('/a-propos/');
  await expect(page.locator('h1')).toBeVisible();
  await page.goto('/guide/pourquoi/');
  const notes = page.locator('[data-notes-formateur]').first();
  await expect(notes.locator('summary + *')).toBeHidden();
  await notes.locator('summary').click();
  await expect(notes.locator('summary + *')).toBeVisible();
});
