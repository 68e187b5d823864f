// The offline copy of the guide, on request only. Each test serves its own copy of the build on a server it can stop
// (a browser set offline alone may still reach a local server), so that « without network » means no server at all.
// It runs at the root and under a base path (project sous-chemin); the test of two guides on one host runs at the root,
// with the version under /notre-guide/ served beside it.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { PNG } from 'pngjs';
import { listBuiltPages } from '../support/builtSite.ts';
import { openSettled } from '../support/pageChecks.ts';
import { builtSite, cleanUp, copyOf, expectWhole, precached, requestsOf, serve, takeCopy, workersAndCaches } from '../support/horsLigne.ts';
import { ui } from '../../src/ui.ts';
import { formatMegabytes } from '../../src/lib/horsLigneBuild.ts';
import { SIZE_PLACEHOLDER } from '../../src/lib/horsLigne.ts';
import { transferredBytes } from '../../src/lib/sobriete.ts';

// every server a test started is stopped, and every copy removed, even when the test failed or timed out
test.afterEach(cleanUp);

test.describe('the offline copy', () => {
  test('the build wrote the service worker', ({}, info) => {
    const { dist } = builtSite(info.project.name);
    if (!existsSync(join(dist, 'sw.js'))) throw new Error(`Pas de ${dist}/sw.js : construisez d’abord le site (npm run build), ou lancez tous les tests avec npm test.`);
  });

  test('the worker lists each file with the revision of the bytes it serves, the pages the size is written into included', ({}, info) => {
    const { dist, base } = builtSite(info.project.name);
    const worker = readFileSync(join(dist, 'sw.js'), 'utf8');
    const entries = [...worker.matchAll(/\{url:"([^"]+)",revision:(?:"([^"]*)"|null)\}/g)].map((m) => ({ path: m[1].slice(base.length), revision: m[2] }));
    const revised = entries.filter((e) => e.revision !== undefined);
    const stale = revised.filter((e) => createHash('md5').update(readFileSync(join(dist, e.path))).digest('hex') !== e.revision).map((e) => e.path);
    expect(stale).toEqual([]);
    // the home page and the trainer page show the size of the copy: written after the list was made
    expect(revised.map((e) => e.path)).toEqual(expect.arrayContaining(['index.html', 'formation/index.html']));
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).not.toContain(SIZE_PLACEHOLDER);
  });

  test('a first visit registers no worker, links no manifest and asks for nothing of the copy', async ({ page, context }, info) => {
    const { base } = builtSite(info.project.name);
    const requests = requestsOf(context);
    for (const path of ['', 'formation/']) {
      // loaded, and every request its scripts started ended: a worker they registered would be there
      await openSettled(page, path);
      await expect(page.getByRole('button', { name: new RegExp(`^${ui.offline.take}`) })).toBeVisible();
      expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
      await expect(page.locator('link[rel="manifest"]')).toHaveCount(0);
    }
    const asked = requests.map((u) => new URL(u).pathname);
    for (const file of ['sw.js', 'hors-ligne/module.js', 'manifeste.webmanifest']) expect(asked).not.toContain(`${base}${file}`);
  });

  test('without JavaScript the home page offers no copy, and the trainer page says what the copy needs', async ({ browser }, info) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL: info.project.use.baseURL });
    const page = await context.newPage();
    await page.goto('');
    await expect(page.locator('[data-copie]')).toBeHidden();
    await page.goto('formation/');
    const box = page.locator('[data-copie]');
    await expect(box.getByRole('heading', { name: ui.offline.take })).toBeVisible();
    await expect(box).toContainText('il faut que JavaScript soit actif');
    await expect(box.getByRole('button')).toHaveCount(0);
    await context.close();
  });

  test('the copy holds every page but the booklet and the 404, the search and its index, and weighs what the page says, under 2 MB', async ({ page }, info) => {
    const { dist, base } = builtSite(info.project.name);
    const urls = precached(dist);
    const pages = listBuiltPages(dist).map((p) => `${base}${p.url.slice(1)}index.html`.replace(/\/404\.htmlindex\.html$/, '/404.html'));
    const missing = pages.filter((u) => !urls.includes(u) && !u.endsWith('/404.html') && !u.startsWith(`${base}guide-complet/`));
    expect(missing).toEqual([]);
    expect(urls).not.toContain(`${base}guide-complet/index.html`);
    for (const file of ['pagefind/pagefind.js', 'pagefind/pagefind-worker.js', 'pagefind/wasm.fr.pagefind', 'pagefind/pagefind-entry.json', 'hors-ligne/module.js', 'manifeste.webmanifest'])
      expect(urls).toContain(`${base}${file}`);
    // the manifest, in French, and its icons drawn at the sizes it gives
    const manifest = JSON.parse(readFileSync(join(dist, 'manifeste.webmanifest'), 'utf8'));
    expect(manifest).toMatchObject({ lang: 'fr', start_url: base, scope: base, display: 'standalone' });
    for (const icon of manifest.icons) {
      expect(urls).toContain(icon.src);
      const png = PNG.sync.read(readFileSync(join(dist, icon.src.slice(base.length))));
      expect(`${png.width}x${png.height}`).toBe(icon.sizes);
    }
    const pieces = ['fragment', 'index'].flatMap((kind) => urls.filter((u) => u.startsWith(`${base}pagefind/${kind}/`)));
    expect(pieces.length).toBeGreaterThan(pages.length / 2);
    // what a host sends for the files the worker lists (gzip for text, Pagefind's pieces as they are), as the page
    // measures weigh them
    const bytes = urls.reduce((sum, url) => {
      const path = decodeURIComponent(url.slice(base.length));
      return sum + transferredBytes(path, readFileSync(join(dist, path)));
    }, 0);
    expect(bytes).toBeLessThan(2_000_000);
    await page.goto('');
    await expect(page.getByRole('button', { name: `${ui.offline.take} (${formatMegabytes(bytes)})` })).toBeVisible();
    await expect(page.locator('[data-copie]')).toHaveAttribute('data-fichiers-hors-ligne', String(urls.length));
    await page.goto('formation/');
    await expect(page.locator('[data-copie] strong[data-taille-hors-ligne]')).toHaveText(formatMegabytes(bytes));
    await expect(page.getByRole('button', { name: `${ui.offline.take} (${formatMegabytes(bytes)})` })).toBeVisible();
  });

  test('once taken, the whole guide works with the server stopped and the network off', async ({ page, context }, info) => {
    test.setTimeout(120_000);
    const { dist, base } = builtSite(info.project.name);
    const dir = copyOf(dist);
    const server = await serve(dir, base);
    const requests = requestsOf(context);
    const at = (path: string) => `${server.origin}${base}${path}`;
    await takeCopy(page, at(''));
    // the home page's short box gives, once the copy is taken, the advice the trainer page gives beforehand
    await expect(page.locator('[data-etat]')).toHaveText(`${ui.offline.ready} ${ui.offline.shared}`);
    await expect(page.getByRole('button', { name: ui.offline.remove })).toBeVisible();
    await expect(page.locator('link[rel="manifest"]')).toHaveAttribute('href', `${base}manifeste.webmanifest`);
    await server.stop();
    await context.setOffline(true);

    // a chapter never opened, with its glossary bubble
    const chapter = listBuiltPages(dist).find((p) => p.url === '/guide/pourquoi/')!;
    const title = /<h1[^>]*>([^<]+)</.exec(readFileSync(chapter.file, 'utf8'))![1];
    await page.goto(at('guide/pourquoi/'));
    await expect(page.locator('h1')).toHaveText(title);
    await expectWhole(page);
    const term = page.locator('a[data-terme]').first();
    await term.focus();
    await expect(page.locator('.bulle-terme')).toBeVisible();
    // and its table of contents, which marks the section being read
    await page.locator('main h2').last().scrollIntoViewIfNeeded();
    await expect(page.locator('.toc a[aria-current]')).toHaveCount(1);

    // the search, from the dialog of a page and from its own page with a query in the address
    await page.keyboard.press('Escape');
    await page.locator('h1').click();
    await page.keyboard.press('/');
    const dialog = page.getByRole('dialog', { name: ui.search.title });
    await dialog.getByLabel(ui.search.fieldLabel).fill('remplacer trello');
    const first = dialog.locator('.recherche-resultats li a').first();
    await expect(first).toBeVisible();
    await first.click();
    await expect(page.locator('h1')).not.toHaveText(title);
    await expectWhole(page);
    await page.goto(at('recherche/?q=nextcloud'));
    await expect(page.locator('.recherche-resultats li').first()).toBeVisible();

    // the catalogue and its scripted filters
    await page.goto(at('alternatives/'));
    await expectWhole(page);
    await page.locator(`a[href^="${base}alternatives/usages/"]`).first().click();
    await page.getByLabel('Prise en main', { exact: true }).selectOption({ label: 'facile' });
    await expect(page.locator('.filtres-actifs button')).toHaveCount(1);

    // the slides, and the presenter view in its own window
    await page.goto(at('projection/pourquoi/'));
    await expect(page.locator('html')).toHaveAttribute('data-mode', 'diapo');
    const [presenter] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('p')]);
    await presenter.waitForLoadState();
    await expect(presenter.locator('[data-pres="numero"]')).toBeVisible();
    await presenter.close();

    // a handout, printed, a trainer's script and a session plan
    await page.goto(at('fiche/pourquoi/'));
    await expectWhole(page);
    expect((await page.pdf({ format: 'A4' })).length).toBeGreaterThan(10_000);
    await page.goto(at('formation/deroule/pourquoi/'));
    await expect(page.locator('h1')).toBeVisible();
    const plan = listBuiltPages(dist).find((p) => p.url.startsWith('/formation/seances/'))!;
    await page.goto(at(plan.url.slice(1)));
    await expect(page.locator('h1')).toBeVisible();
    await page.goto(at('glossaire/'));
    await expect(page.locator('h1')).toBeVisible();

    // the booklet, never opened, is not in the copy: the offline page says so
    await page.goto(at('guide-complet/'));
    await expect(page.locator('h1')).toHaveText(/pas dans la copie hors ligne/);
    await expectWhole(page);

    expect(requests.filter((u) => !u.startsWith(`${server.origin}/`) && !u.startsWith('data:'))).toEqual([]);
  });

  test('a new version of the site is offered, and « recharger » shows it', async ({ page }, info) => {
    test.setTimeout(90_000);
    const { dist, base } = builtSite(info.project.name);
    const dir = copyOf(dist);
    const server = await serve(dir, base);
    await takeCopy(page, `${server.origin}${base}`);
    // a new version of the home page, and the worker that lists it: what a new build publishes
    const home = join(dir, 'index.html');
    const changed = readFileSync(home, 'utf8').replace(/(<h1[^>]*>)[^<]+/, '$1Nouvelle accroche du guide');
    writeFileSync(home, changed);
    const worker = join(dir, 'sw.js');
    const revision = createHash('md5').update(changed).digest('hex');
    const entry = new RegExp(`(\\{url:"${base}index\\.html",revision:")[^"]*`);
    expect(readFileSync(worker, 'utf8')).toMatch(entry);
    writeFileSync(worker, readFileSync(worker, 'utf8').replace(entry, `$1${revision}`));

    // the next visit finds the new worker; the trainer page offers it, the old version still shown meanwhile
    await page.goto(`${server.origin}${base}formation/`);
    const offer = page.locator('[data-nouvelle-version]');
    await expect(offer).toContainText(`${ui.offline.update} — ${ui.offline.reload}`, { timeout: 30_000 });
    await page.goto(`${server.origin}${base}`);
    await expect(page.locator('h1')).not.toHaveText('Nouvelle accroche du guide');
    await offer.getByRole('button', { name: ui.offline.reload }).click();
    await expect(page.locator('h1')).toHaveText('Nouvelle accroche du guide');
    await expect(page.locator('[data-nouvelle-version]')).toHaveCount(0);
  });

  test('a file count still being read when the copy ends does not write over the message that follows', async ({ page }, info) => {
    const { dist, base } = builtSite(info.project.name);
    const server = await serve(copyOf(dist), base);
    // the page's own reads of the cache (its progress count) answer late, and are counted until they all have
    await page.addInitScript(() => {
      const keys = Cache.prototype.keys;
      const w = window as unknown as { lectures: number };
      w.lectures = 0;
      Cache.prototype.keys = function (this: Cache, ...args: Parameters<typeof keys>) {
        w.lectures++;
        return keys.apply(this, args).then((r) => new Promise((resolve) => setTimeout(() => (w.lectures--, resolve(r)), 1500)));
      } as typeof keys;
    });
    await takeCopy(page, `${server.origin}${base}`);
    await expect.poll(() => page.evaluate(() => (window as unknown as { lectures: number }).lectures)).toBe(0);
    await expect(page.locator('[data-etat]')).toHaveText(`${ui.offline.ready} ${ui.offline.shared}`);
  });

  test('a copy that cannot be completed leaves no worker and no cache, and says so', async ({ page }, info) => {
    const { dist, base } = builtSite(info.project.name);
    const dir = copyOf(dist);
    // one file of the list gone from the server: the copy would be incomplete
    rmSync(join(dir, 'glossaire', 'index.html'));
    const server = await serve(dir, base);
    await page.goto(`${server.origin}${base}`);
    await page.getByRole('button', { name: new RegExp(`^${ui.offline.take}`) }).click();
    await expect(page.locator('[data-etat]')).toHaveText(ui.offline.failed, { timeout: 60_000 });
    expect(await workersAndCaches(page)).toEqual({ scopes: [], caches: [] });
    await expect(page.getByRole('button', { name: new RegExp(`^${ui.offline.take}`) })).toBeEnabled();
  });
});
