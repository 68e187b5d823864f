// The search, in the browser on the built guide: accents, titles before text, the keyboard, the /recherche/ page, and
// the page checks with the search open. The quality of its answers to readers' questions and the bytes of a first
// query are in recherche-mesures.spec.ts.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { ask } from '../support/recherche.ts';
import { listBuiltPages, oneOfEachTemplate, withSiteFrame } from '../support/builtSite.ts';
import { expectAccessible, test as oneTab } from '../support/pageChecks.ts';

// the pages that carry the header, and so its search button
const templates = withSiteFrame(
  oneOfEachTemplate(
    listBuiltPages('dist').map((p) => p.url),
    [],
  ).pages,
);


test('accents typed or not give the same results', async ({ page }) => {
  await page.goto('/recherche/');
  for (const [with_, without] of [
    ['hébergeur associatif', 'hebergeur associatif'],
    ['événements facebook', 'evenements facebook'],
    ['réunion à distance', 'reunion a distance'],
  ]) {
    const a = await ask(page, with_);
    const b = await ask(page, without);
    expect(a.urls.length).toBeGreaterThan(0);
    expect(b.urls).toEqual(a.urls);
  }
});

test('a match in a title ranks above the same match in the text only', async ({ page }) => {
  await page.goto('/');
  // every alternative, platform and glossary term, searched by its name: the pages that bear it in their title come first
  const faults = await page.evaluate(async () => {
    const base = document.documentElement.dataset.base ?? '/';
    const pf = await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`);
    await pf.options({ baseUrl: base, noWorker: true });
    const fold = (s: string) => s.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
    const all = await pf.search(null, { filters: { type: { any: ['Alternative', 'Glossaire'] } } });
    const names = (await Promise.all(all.results.map((r: { data: () => Promise<{ meta: { title: string } }> }) => r.data()))).map((d) => d.meta.title);
    const found: string[] = [];
    for (const name of names) {
      const word = fold(name).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 3).sort((a, b) => b.length - a.length)[0];
      if (!word) continue;
      const search = await pf.search(word);
      const titles = await Promise.all(search.results.slice(0, 10).map(async (r: { data: () => Promise<{ meta: { title: string } }> }) => (await r.data()).meta.title));
      // a title matches as the engine matches: one of its words shares the searched word's stem (its first letters)
      const stem = word.slice(0, Math.max(5, Math.ceil(word.length * 0.6)));
      const inTitle = titles.map((t) => fold(t).split(/[^\p{L}\p{N}]+/u).some((w) => w.startsWith(stem)));
      const firstOutside = inTitle.indexOf(false);
      if (firstOutside >= 0 && inTitle.slice(firstOutside).includes(true)) found.push(`« ${word} » : ${titles.join(' | ')}`);
    }
    return { count: names.length, found };
  });
  expect(faults.count).toBeGreaterThan(50);
  expect(faults.found, 'recherches où une page sans le mot dans son titre passe devant une page qui l’a').toEqual([]);
});

test.describe('with the keyboard', () => {
  test('« / » opens the search, a filter narrows it, the arrows and Enter lead to a result, Escape closes and gives focus back', async ({ page }) => {
    await page.goto('/guide/quand/');
    const start = page.getByRole('link', { name: 'Plan du site' }).first();
    await start.focus();
    await page.keyboard.press('/');
    const dialog = page.getByRole('dialog', { name: 'Rechercher dans le guide' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByLabel('Votre question, ou quelques mots')).toBeFocused();
    await page.keyboard.type('whatsapp');
    const status = dialog.locator('.recherche-statut');
    await expect(status).toHaveText(/\d+\s*résultats? pour/);
    const total = Number((await status.textContent())!.match(/\d+/)![0]);
    // the filters are labelled, and one narrows the results
    const alternatives = dialog.getByRole('group', { name: 'Type de page' }).getByLabel('Alternative');
    await alternatives.check();
    // while the new search runs, the status says « Recherche… » and the list is empty: only a count counts
    const counted = async () => Number((await status.textContent())!.match(/(\d+)\s*résultats? pour/)?.[1] ?? Infinity);
    await expect.poll(counted).toBeLessThan(total);
    const types = await dialog.locator('.recherche-type').allTextContents();
    expect(types.length).toBeGreaterThan(0);
    for (const type of types) expect(type).toMatch(/^Alternative/);
    // Escape closes, and focus goes back to where it was
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(start).toBeFocused();
    // Ctrl+K opens it again; the arrow goes down to the first result, Enter follows it
    await page.keyboard.press('Control+k');
    await expect(dialog).toBeVisible();
    const field = dialog.getByLabel('Votre question, ou quelques mots');
    await field.fill('remplacer trello');
    await expect(status).toContainText('remplacer trello');
    const first = dialog.locator('.recherche-resultats li > a').first();
    const target = new URL((await first.getAttribute('href'))!, page.url()).pathname;
    await field.press('ArrowDown');
    await expect(first).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(target);
  });

  test('« / » is a character, not a shortcut, while the reader types in a field', async ({ page }) => {
    await page.goto('/recherche/');
    const field = page.getByLabel('Votre question, ou quelques mots');
    await field.focus();
    await page.keyboard.type('a/b');
    await expect(field).toHaveValue('a/b');
    await expect(page.getByRole('dialog')).toHaveCount(0);
  });

  test('the /recherche/ page runs the search of its address, and its address follows the query', async ({ page }) => {
    await page.goto('/recherche/?q=whatsapp');
    await expect(page.locator('.recherche-statut')).toContainText('whatsapp');
    await expect(page.locator('.recherche-resultats li > a').first()).toBeVisible();
    const field = page.getByLabel('Votre question, ou quelques mots');
    await field.fill('trello');
    await field.press('Enter');
    await expect(page).toHaveURL(/\?q=trello$/);
  });
});

// one tab per test process, as for the page checks: axe, compiled once in its renderer, is not compiled again for each page
oneTab.describe('with the search open', () => {
  for (const [template, url] of Object.entries(templates)) {
    oneTab(`axe finds nothing, light and dark, on ${template} ${url} with results shown`, async ({ watched: { page } }) => {
      await page.goto(url);
      await page.getByRole('link', { name: 'Rechercher', exact: true }).click();
      // on its own page the search is in the page, elsewhere in a dialog
      const where = url === '/recherche/' ? page.locator('main') : page.getByRole('dialog', { name: 'Rechercher dans le guide' });
      await where.getByLabel('Votre question, ou quelques mots').fill('sondage');
      await expect(where.locator('.recherche-resultats li').first()).toBeVisible();
      await expectAccessible(page);
    });
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the search button leads to the site plan, which links every page of the guide', async ({ page }) => {
    await page.goto('/guide/quand/');
    await page.getByRole('link', { name: 'Rechercher', exact: true }).click();
    await expect(page).toHaveURL('/plan-du-site/');
    const linked = new Set(await page.locator('main a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname)));
    // every page a reader may look for: chapters, alternatives, replacement pages, text pages, glossary, catalogue, search
    // (not the pages shown in place of one: the 404, and the offline copy's page for an address it does not hold)
    const pages = listBuiltPages('dist')
      .map((p) => p.url)
      .filter((u) => u !== '/404.html' && u !== '/hors-ligne/' && u !== '/plan-du-site/' && !u.startsWith('/alternatives/filtres/'));
    expect(pages.length).toBeGreaterThan(50);
    expect(pages.filter((u) => !linked.has(u))).toEqual([]);
  });

  test('the /recherche/ page says that search needs JavaScript and leads to the site plan', async ({ page }) => {
    await page.goto('/recherche/?q=whatsapp');
    await expect(page.locator('main')).toContainText('La recherche a besoin de JavaScript');
    await page.locator('main').getByRole('link', { name: 'le plan du site' }).click();
    await expect(page).toHaveURL('/plan-du-site/');
  });
});

test('a chapter found by its text leads also to the section that holds the words', async ({ page }) => {
  await page.goto('/recherche/?q=calendrier six mois');
  const chapter = page.locator('.recherche-resultats li', { has: page.locator('.recherche-type', { hasText: /^Chapitre/ }) }).first();
  await expect(chapter).toBeVisible();
  const section = chapter.locator('.recherche-section a');
  await expect(section).toHaveCount(1);
  const href = (await section.getAttribute('href'))!;
  expect(href).toMatch(/^\/guide\/[^/]+\/#.+/);
  await section.click();
  await expect(page.locator(`[id="${decodeURIComponent(href.split('#')[1])}"]`)).toBeInViewport();
});

test.describe('from a copy of the build', () => {
  const TYPES: Record<string, string> = { html: 'text/html', js: 'text/javascript', css: 'text/css', json: 'application/json', svg: 'image/svg+xml' };

  test('the search asks only for files of the build, so that a copy of them (the offline mode) answers it', async ({ page, context, baseURL }) => {
    // every request is answered from dist/, as a cache of the build's files would answer it, and none reaches the server
    const origin = new URL(baseURL!).origin;
    const missing: string[] = [];
    await context.route('**/*', async (route) => {
      const url = new URL(route.request().url());
      let path = decodeURIComponent(url.pathname);
      if (path.endsWith('/')) path += 'index.html';
      const file = `dist${path}`;
      if (url.origin !== origin || !existsSync(file) || !statSync(file).isFile()) {
        missing.push(url.href);
        return route.abort();
      }
      const ext = file.split('.').pop() ?? '';
      return route.fulfill({ status: 200, body: readFileSync(file), contentType: TYPES[ext] ?? 'application/octet-stream' });
    });
    await page.goto('/guide/quand/');
    await page.keyboard.press('/');
    const dialog = page.getByRole('dialog', { name: 'Rechercher dans le guide' });
    const status = dialog.locator('.recherche-statut');
    for (const query of ['remplacer trello', 'nos adhérents ne lisent pas nos mails', 'c’est quoi le fediverse']) {
      await dialog.getByLabel('Votre question, ou quelques mots').fill(query);
      await expect(status).toContainText(query);
      await expect(status).not.toContainText('Recherche en cours');
      await expect(dialog.locator('.recherche-resultats li').first()).toBeVisible();
    }
    // a filter chosen by the reader holds even for a definition question, which otherwise puts the glossary first
    await dialog.getByRole('group', { name: 'Type de page' }).getByLabel('Chapitre').check();
    await expect(dialog.locator('.recherche-type').first()).toHaveText(/^Chapitre/);
    for (const type of await dialog.locator('.recherche-type').allTextContents()) expect(type).toMatch(/^Chapitre/);
    expect(missing).toEqual([]);
  });
});
