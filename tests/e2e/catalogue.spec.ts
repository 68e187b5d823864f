// The catalogue's filters: one value without JavaScript equals the same value with it; two values combine.
import { expect, test, type Page } from '@playwright/test';

/** Names of the alternatives a catalogue page shows. */
async function shownNames(page: Page): Promise<string[]> {
  return (await page.locator('[data-catalogue] li:visible > a').allTextContents()).sort();
}

async function namesWithoutJs(browser: import('@playwright/test').Browser, path: string): Promise<string[]> {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(path);
  const names = await shownNames(page);
  await context.close();
  return names;
}

test('a filter value without JavaScript shows the same entries as the same value with JavaScript', async ({ browser, page }) => {
  const particuliers = await namesWithoutJs(browser, '/alternatives/filtres/pour-les-particuliers/');
  const all = await namesWithoutJs(browser, '/alternatives/');
  expect(particuliers.length).toBeGreaterThan(0);
  expect(particuliers.length).toBeLessThan(all.length);

  await page.goto('/alternatives/');
  expect(await shownNames(page)).toEqual(all);
  await page.getByLabel('Pour', { exact: true }).selectOption({ label: 'les particuliers' });
  expect(await shownNames(page)).toEqual(particuliers);
  await expect(page.getByRole('status')).toHaveText(new RegExp(`^${particuliers.length}\\s+alternatives? affichées?\\.$`));
});

test('two filters combined with JavaScript show the intersection of each value’s entries', async ({ browser, page }) => {
  const structures = await namesWithoutJs(browser, '/alternatives/filtres/pour-les-structures/');
  const facile = await namesWithoutJs(browser, '/alternatives/filtres/facile/');
  const both = structures.filter((name) => facile.includes(name));

  await page.goto('/alternatives/');
  await page.getByLabel('Pour', { exact: true }).selectOption({ label: 'les structures' });
  await page.getByLabel('Facilité d’utilisation', { exact: true }).selectOption({ label: 'facile' });
  expect(await shownNames(page)).toEqual(both);
  for (const section of await page.locator('[data-catalogue] section').all()) {
    const visibleItems = await section.locator('li:visible').count();
    expect(await section.isVisible()).toBe(visibleItems > 0);
  }
});

test('the self-hosting filter and the usage filter agree with their no-JavaScript pages and anchors', async ({ browser, page }) => {
  const auto = await namesWithoutJs(browser, '/alternatives/filtres/auto-hebergeables/');
  await page.goto('/alternatives/');
  await page.getByLabel(/installer sur son serveur/).check();
  expect(await shownNames(page)).toEqual(auto);
  await page.getByLabel(/installer sur son serveur/).uncheck();

  const usage = page.locator('[data-catalogue] section').first();
  const usageId = (await usage.locator('h2').getAttribute('id'))!.replace(/^usage-/, '');
  const inSection = (await usage.locator('li > a').allTextContents()).sort();
  await page.getByLabel('Usage', { exact: true }).selectOption(usageId);
  expect(await shownNames(page)).toEqual(inSection);
});

test('without JavaScript, a usage link leads to its section of the catalogue', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/alternatives/');
  const link = page.locator('[data-groupe-filtre="usage"] a').first();
  const target = (await link.getAttribute('href'))!;
  await link.click();
  await expect(page).toHaveURL(new RegExp(`${target}$`));
  await expect(page.locator(target)).toBeInViewport();
  await context.close();
});

test('a replacement page compares the alternatives in an accessible table and links each one', async ({ page }) => {
  await page.goto('/remplacer/whatsapp/');
  const table = page.locator('table');
  await expect(table.locator('caption')).toContainText('WhatsApp');
  const columns = table.locator('thead th[scope="col"]');
  expect(await columns.count()).toBeGreaterThanOrEqual(2);
  expect(await table.locator('tbody th[scope="row"]').count()).toBeGreaterThanOrEqual(6);
  const first = columns.first().locator('a');
  const href = await first.getAttribute('href');
  await first.click();
  await expect(page).toHaveURL(href!);
  await expect(page.getByRole('link', { name: 'WhatsApp' })).toBeVisible();
});

test('the address keeps the combined filters, so a filtered catalogue can be shared, and « Tout afficher » resets them', async ({ browser, page }) => {
  const all = await namesWithoutJs(browser, '/alternatives/');
  await page.goto('/alternatives/');
  await page.getByLabel('Pour', { exact: true }).selectOption({ label: 'les structures' });
  await page.getByLabel('Facilité d’utilisation', { exact: true }).selectOption({ label: 'facile' });
  await expect(page).toHaveURL(/\?public=structures&facilite=3$/);
  const filtered = await shownNames(page);

  const shared = await browser.newPage();
  await shared.goto(page.url());
  expect(await shownNames(shared)).toEqual(filtered);
  await expect(shared.getByLabel('Pour', { exact: true })).toHaveValue('structures');
  await shared.close();

  await page.getByRole('button', { name: 'Tout afficher' }).click();
  await expect(page).toHaveURL('/alternatives/');
  expect(await shownNames(page)).toEqual(all);
});
