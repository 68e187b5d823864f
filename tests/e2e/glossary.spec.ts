// Glossary terms in chapters: a definition in place with JavaScript, a plain link without it.
import { expect, test } from '@playwright/test';

test('every term of a chapter is described by a definition listed on the page', async ({ page }) => {
  await page.goto('/guide/pourquoi/');
  const terms = page.locator('a[data-terme]');
  expect(await terms.count()).toBeGreaterThanOrEqual(3);
  for (const term of await terms.all()) {
    const id = await term.getAttribute('aria-describedby');
    await expect(page.locator(`#${id}`)).toHaveCount(1);
    expect(await term.getAttribute('href')).toBe(`/glossaire/#${id!.replace(/^def-/, '')}`);
  }
});

test('a term shows its definition next to it on keyboard focus and on hover, and Escape hides it', async ({ page }) => {
  // the page's timers run on a paused clock that only the test moves, so the bubble's hiding delay is no race
  await page.clock.install();
  await page.goto('/guide/pourquoi/');
  await page.clock.pauseAt(Date.now() + 60_000);
  const term = page.locator('a[data-terme]').first();
  const definition = await page.locator(`#${await term.getAttribute('aria-describedby')}`).textContent();
  const bubble = page.locator('.bulle-terme');
  await term.focus();
  await expect(bubble).toBeVisible();
  await expect(bubble).toHaveText(definition!);
  await page.keyboard.press('Escape');
  await expect(bubble).toBeHidden();
  await page.locator('h1').hover();
  await term.hover();
  await expect(bubble).toBeVisible();
  await bubble.hover();
  await page.clock.runFor(2000);
  await expect(bubble, 'the bubble stays while the pointer is over it').toBeVisible();
  await page.locator('h1').hover();
  await expect(bubble, 'the bubble waits a moment before it hides').toBeVisible();
  await page.clock.runFor(2000);
  await expect(bubble).toBeHidden();
});

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 360, height: 740 } });

  test('a first tap shows the definition, a second tap opens the glossary', async ({ page }) => {
    await page.goto('/guide/pourquoi/');
    const term = page.locator('a[data-terme]').first();
    await term.scrollIntoViewIfNeeded();
    await term.tap();
    await expect(page.locator('.bulle-terme')).toBeVisible();
    await expect(page).toHaveURL('/guide/pourquoi/');
    await term.tap();
    await expect(page).toHaveURL(/\/glossaire\/#/);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a term is a link to its glossary entry', async ({ page }) => {
    await page.goto('/guide/pourquoi/');
    const term = page.locator('a[data-terme]').first();
    const href = await term.getAttribute('href');
    await term.click();
    await expect(page).toHaveURL(href!);
    await expect(page.locator(`dt#${href!.split('#')[1]}`)).toBeVisible();
  });
});

test('the glossary lists its terms in French alphabetical order, each with an anchor', async ({ page }) => {
  await page.goto('/glossaire/');
  const terms = await page.locator('dl.glossaire dt').allTextContents();
  expect(terms.length).toBeGreaterThanOrEqual(35);
  expect(terms).toEqual([...terms].sort((a, b) => a.localeCompare(b, 'fr', { sensitivity: 'base' })));
  const ids = await page.locator('dl.glossaire dt').evaluateAll((dts) => dts.map((dt) => dt.id));
  expect(ids.every((id) => /^[a-z0-9-]+$/.test(id))).toBe(true);
});
