// The catalogue: a way in by platform and by usage; on a usage page, filters that combine with JavaScript, show what is
// active and say what to loosen; without JavaScript, pre-built pages that keep their filter; comparisons that never
// scroll sideways, on a screen or on paper.
import { expect, test, type Browser, type Page } from '@playwright/test';

/** Names of the alternatives a list shows. */
async function shownNames(page: Page): Promise<string[]> {
  return (await page.locator('[data-catalogue] li:visible > h2 > a, [data-catalogue] li:visible > a').allTextContents()).sort();
}

/** The names a pre-built filter page lists under one usage, read without JavaScript. */
async function namesInFilterPage(browser: Browser, slug: string, usage: string): Promise<string[]> {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`/alternatives/filtres/${slug}/`);
  const heading = page.locator(`h2#usage-${usage}`);
  const names = (await heading.count()) === 0 ? [] : (await heading.locator('xpath=following-sibling::ul[1]/li/a').allTextContents()).sort();
  await context.close();
  return names;
}

/** A usage page with the most alternatives, and its id. */
async function fullestUsage(page: Page): Promise<{ id: string; path: string }> {
  await page.goto('/alternatives/');
  const items = page.locator('ul.usages > li');
  let best = { id: '', path: '', count: -1 };
  for (const li of await items.all()) {
    const count = Number((await li.textContent())!.match(/(\d+)\s*alternative/)![1]);
    if (count > best.count) best = { id: (await li.getAttribute('id'))!.replace(/^usage-/, ''), path: (await li.locator('a').getAttribute('href'))!, count };
  }
  return best;
}

test('the catalogue’s first screen on a phone offers the platform to replace, and every usage has its page', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/alternatives/');
  const firstPlatform = page.locator('section[aria-labelledby="remplacer"] ul a').first();
  const box = (await firstPlatform.boundingBox())!;
  expect(box.y + box.height, 'premier lien vers une plateforme dans les 600 premiers pixels').toBeLessThanOrEqual(600);
  const platformLinks = await page.locator('section[aria-labelledby="remplacer"] ul a').count();
  const usageLinks = page.locator('ul.usages a');
  expect(platformLinks).toBeGreaterThanOrEqual(20);
  expect(await usageLinks.count()).toBeGreaterThanOrEqual(10);
  await usageLinks.first().click();
  await expect(page.locator('[data-catalogue] li').first()).toBeVisible();
});

test('the home page leads to at least six platform pages and to the whole list', async ({ page }) => {
  await page.goto('/');
  const links = page.locator('section[aria-labelledby="catalogue"] ul a[href^="/remplacer/"]');
  expect(await links.count()).toBeGreaterThanOrEqual(6);
  for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
    expect((await page.request.get(href)).status(), href).toBe(200);
  }
  await page.locator('section[aria-labelledby="catalogue"] ul a[href="/alternatives/#remplacer"]').click();
  await expect(page.locator('#remplacer')).toBeInViewport();
});

test('each card of a usage page says, as text, what the tool is for, its ease in words and how to start', async ({ page }) => {
  const usage = await fullestUsage(page);
  await page.goto(usage.path);
  const cards = page.locator('[data-catalogue] > li');
  expect(await cards.count()).toBeGreaterThan(1);
  for (const card of await cards.all()) {
    await expect(card.locator('p').first()).toHaveText(/\S.{15,}/);
    await expect(card.locator('.faits')).toHaveText(/Prise en main\s: (facile|demande un temps d’adaptation|pour personnes à l’aise avec l’informatique) · pour commencer\s: \S|Pour comprendre/);
  }
});

test('one filter on a usage page shows what its pre-built page lists for that usage, without JavaScript', async ({ browser, page }) => {
  const usage = await fullestUsage(page);
  const particuliers = await namesInFilterPage(browser, 'pour-les-particuliers', usage.id);
  await page.goto(usage.path);
  const all = await shownNames(page);
  await page.getByLabel('Pour', { exact: true }).selectOption({ label: 'les particuliers' });
  expect(await shownNames(page)).toEqual(particuliers);
  expect(particuliers.length).toBeLessThanOrEqual(all.length);
  await expect(page.getByRole('status')).toHaveText(particuliers.length > 0 ? new RegExp(`^${particuliers.length}\\s+alternatives? affichées?\\.$`) : /Aucune alternative/);
});

test('two filters combine into the intersection of their pre-built pages, each shown as active and removable', async ({ browser, page }) => {
  const usage = await fullestUsage(page);
  const structures = await namesInFilterPage(browser, 'pour-les-structures', usage.id);
  const facile = await namesInFilterPage(browser, 'facile', usage.id);
  await page.goto(usage.path);
  await page.getByLabel('Pour', { exact: true }).selectOption({ label: 'les structures' });
  await page.getByLabel('Prise en main', { exact: true }).selectOption({ label: 'facile' });
  expect(await shownNames(page)).toEqual(structures.filter((name) => facile.includes(name)));
  const chips = page.locator('.filtres-actifs button');
  await expect(chips).toHaveCount(2);
  await page.getByRole('button', { name: 'Retirer le filtre « facile »' }).click();
  await expect(chips).toHaveCount(1);
  expect(await shownNames(page)).toEqual(structures);
  await expect(page.getByLabel('Prise en main', { exact: true })).toHaveValue('');
});

test('the scripted filters are a complete form with a submit button, and the address keeps them for sharing', async ({ browser, page }) => {
  const usage = await fullestUsage(page);
  await page.goto(usage.path);
  const all = await shownNames(page);
  const form = page.locator('form.filtres-form');
  await expect(form.getByRole('button', { name: 'Filtrer' })).toHaveAttribute('type', 'submit');
  await page.getByLabel('Pour', { exact: true }).selectOption({ label: 'les structures' });
  await page.getByLabel(/installer sur son serveur/).check();
  await form.getByRole('button', { name: 'Filtrer' }).click();
  await expect(page).toHaveURL(new RegExp(`${usage.path}\\?public=structures&auto=oui$`));
  const filtered = await shownNames(page);
  const shared = await browser.newPage();
  await shared.goto(page.url());
  expect(await shownNames(shared)).toEqual(filtered);
  await expect(shared.getByLabel('Pour', { exact: true })).toHaveValue('structures');
  await shared.close();
  await page.getByRole('button', { name: 'Tout afficher' }).click();
  await expect(page).toHaveURL(usage.path);
  expect(await shownNames(page)).toEqual(all);
});

test('an empty result names a filter whose removal brings alternatives back', async ({ page }) => {
  // a usage page and a combination none of its cards meets, found from the cards' own facts
  await page.goto('/alternatives/');
  const paths = await page.locator('ul.usages a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  let found: { path: string; p: string; f: string } | undefined;
  for (const path of paths) {
    await page.goto(path);
    const facts = await page.locator('[data-catalogue] > li').evaluateAll((lis) => lis.map((li) => ({ public: li.getAttribute('data-public')!, facilite: li.getAttribute('data-facilite')! })));
    const combos = ['structures', 'particuliers'].flatMap((p) => ['3', '2', '1'].map((f) => ({ p, f })));
    const empty = combos.find(({ p, f }) => !facts.some((x) => x.public.split(' ').includes(p) && x.facilite === f) && facts.some((x) => x.facilite === f));
    if (empty) {
      found = { path, ...empty };
      break;
    }
  }
  expect(found, 'une page d’usage où deux filtres ensemble ne laissent aucune alternative').toBeDefined();
  await page.goto(found!.path);
  await page.getByLabel('Pour', { exact: true }).selectOption(found!.p);
  await page.getByLabel('Prise en main', { exact: true }).selectOption(found!.f);
  await expect(page.getByRole('status')).toHaveText(/^Aucune alternative ne répond à tous ces critères\. Retirez «\s.+\s»\s: \d+\salternatives?\./);
  expect(await shownNames(page)).toEqual([]);
});

test('without JavaScript, a filter of a usage page leads to its pre-built page at that usage, whose usage links stay on it', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const usage = await fullestUsage(page);
  await page.goto(usage.path);
  await expect(page.locator('form.filtres-form')).toHaveCount(0);
  await page.locator('[data-groupe-filtre="facilite"] a', { hasText: /^facile$/ }).click();
  await expect(page).toHaveURL(`/alternatives/filtres/facile/#usage-${usage.id}`);
  const usageLinks = page.locator('[data-groupe-filtre="usage"] a');
  expect(await usageLinks.count()).toBeGreaterThan(1);
  for (const href of await usageLinks.evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) expect(href).toMatch(/^#usage-/);
  const last = usageLinks.last();
  const target = (await last.getAttribute('href'))!;
  await last.click();
  await expect(page).toHaveURL(`/alternatives/filtres/facile/${target}`);
  await expect(page.locator(target)).toBeInViewport();
  await context.close();
});

test('a replacement page compares its alternatives in cards, each linked to its page', async ({ page }) => {
  await page.goto('/remplacer/whatsapp/');
  const section = page.getByRole('region', { name: /côte à côte/ });
  const cards = section.locator('li');
  expect(await cards.count()).toBeGreaterThanOrEqual(2);
  await expect(cards.first().locator('dt').first()).toHaveText('Prise en main');
  const first = cards.first().locator('h3 a');
  const href = await first.getAttribute('href');
  await first.click();
  await expect(page).toHaveURL(href!);
  await expect(page.getByRole('link', { name: 'WhatsApp' }).first()).toBeVisible();
});

test('an alternative’s page says its licence in words, keeps the exact expression and the installation folded', async ({ page }) => {
  await page.goto('/alternatives/signal/');
  const licence = page.locator('dt', { hasText: /^Licence$/ }).locator('xpath=following-sibling::dd[1]');
  await expect(licence).toContainText('libre, licence AGPL');
  await expect(licence.locator('details a')).toBeHidden();
  await licence.locator('summary').click();
  await expect(licence.locator('details a')).toHaveText('AGPL-3.0-only');
  const install = page.locator('details.installer');
  await expect(install).not.toHaveAttribute('open');
  await expect(install.locator('dd').first()).toBeHidden();
  await install.locator('summary').click();
  await expect(install.locator('dd').first()).toContainText('non');
  // no contradiction: the reader's first view does not speak of servers for a service nobody can install
  const firstView = await page.locator('dl.fiche').first().textContent();
  expect(firstView).not.toMatch(/rien à installer/);
});

/** What sticks out sideways on the page: the page itself, or a comparison (cards or table) wider than its box or the window. */
function sidewaysOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const problems: string[] = [];
    if (document.documentElement.scrollWidth > width + 1) problems.push(`page : ${document.documentElement.scrollWidth} px pour ${width} px`);
    // the guide's own measures (.mesures) are a table of figures, not a comparison: on a phone it scrolls in its own box
    for (const el of document.querySelectorAll<HTMLElement>('.comparatif, .comparatif li, .tableau, table:not(.mesures table)')) {
      const box = el.getBoundingClientRect();
      if (el.scrollWidth > el.clientWidth + 1) problems.push(`${el.className || el.tagName} : contenu de ${el.scrollWidth} px dans ${el.clientWidth} px`);
      if (box.right > width + 1) problems.push(`${el.className || el.tagName} : déborde à ${Math.round(box.right)} px pour ${width} px`);
    }
    return problems;
  });
}

test('no comparison scrolls sideways, from 320 to 1280 px, on any platform page or chapter that holds one', async ({ page, request }) => {
  await page.goto('/alternatives/');
  const platforms = await page.locator('section[aria-labelledby="remplacer"] ul a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  await page.goto('/plan-du-site/');
  const chapters = [...new Set(await page.locator('a[href^="/guide/"]').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname)))];
  const withComparison: string[] = [];
  for (const path of chapters) {
    // the chapter's HTML, parsed by the browser without opening the page: comparisons are in the HTML, never added by a script
    const html = await (await request.get(path)).text();
    const holds = await page.evaluate((h) => new DOMParser().parseFromString(h, 'text/html').querySelector('.comparatif, table:not(.mesures table)') !== null, html);
    if (holds) withComparison.push(path);
  }
  expect(platforms.length).toBeGreaterThanOrEqual(25);
  expect(withComparison.length, 'chapitres portant un tableau ou un comparatif').toBeGreaterThan(0);
  for (const path of [...platforms, ...withComparison]) {
    await page.goto(path);
    // the layout follows the window: one load, three widths
    for (const width of [320, 768, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      expect(await sidewaysOverflow(page), `${path} à ${width} px`).toEqual([]);
    }
  }
});

test('on an A4 sheet every comparison fits the width of the printable area', async ({ page }) => {
  // 21 cm less the two 1.5 cm margins of print.css, at 96 px per inch
  await page.setViewportSize({ width: Math.floor(((21 - 3) / 2.54) * 96), height: 1000 });
  await page.emulateMedia({ media: 'print' });
  await page.goto('/alternatives/');
  const platforms = await page.locator('section[aria-labelledby="remplacer"] ul a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  for (const path of platforms) {
    await page.goto(path);
    expect(await page.locator('.comparatif li').count(), path).toBeGreaterThan(0);
    expect(await sidewaysOverflow(page), path).toEqual([]);
    // three cards abreast on paper, none cut across two sheets
    const style = await page.locator('.comparatif li').first().evaluate((li) => getComputedStyle(li).breakInside);
    expect(style).toBe('avoid');
  }
});
