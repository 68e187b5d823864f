// Two versions of the guide on one host, one at the root and one under /notre-guide/ (the build of the sous-chemin
// project), as two organisations sharing a host would publish them: each copy is taken and removed on its own.
// Run by the project at the root only, since it serves both builds itself.
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { SOUS_CHEMIN } from '../support/sousChemin.mjs';
import { ui } from '../../src/ui.ts';
import { cleanUp, copyOf, serve, takeCopy, workersAndCaches } from '../support/horsLigne.ts';

// every server a test started is stopped, and every copy removed, even when the test failed or timed out
test.afterEach(cleanUp);

test.describe('two guides on one host', () => {
  test('both builds are there', () => {
    for (const dist of ['dist', SOUS_CHEMIN.dist])
      if (!existsSync(join(dist, 'sw.js'))) throw new Error(`Pas de ${dist}/sw.js : lancez npm test, qui construit les deux versions du guide.`);
  });

  test('a new version and « Retirer » touch only this guide’s worker and caches, never those of the guide under another path', async ({ page }) => {
    test.setTimeout(120_000);
    const dir = copyOf('dist');
    cpSync(SOUS_CHEMIN.dist, join(dir, SOUS_CHEMIN.base), { recursive: true });
    const server = await serve(dir, '/');
    const root = `${server.origin}/`;
    const other = `${server.origin}${SOUS_CHEMIN.base}`;
    await takeCopy(page, root);
    // the guide at the root controls the other's pages too, but its copy is not the other's
    await page.goto(other);
    await expect(page.getByRole('button', { name: new RegExp(`^${ui.offline.take}`) })).toBeVisible();
    await expect(page.getByRole('button', { name: ui.offline.remove })).toBeHidden();
    await takeCopy(page, other);
    const both = await workersAndCaches(page);
    expect(both.scopes).toEqual([root, other].sort());
    const own = (cache: string, scope: string, base: string) => cache.endsWith(`-${scope}`) || cache === `numerique-libre-pages-${base}`;
    expect(both.caches.filter((c) => own(c, other, SOUS_CHEMIN.base)).length).toBeGreaterThan(0);
    const rootCaches = both.caches.filter((c) => own(c, root, '/'));
    expect(rootCaches.length).toBeGreaterThan(0);
    const count = (names: string[]) => page.evaluate(async (list) => Promise.all(list.map(async (n) => (await (await caches.open(n)).keys()).length)), names);
    const otherCaches = both.caches.filter((c) => own(c, other, SOUS_CHEMIN.base));
    const otherFiles = await count(otherCaches);

    // a new version of the guide at the root, accepted: its new worker cleans its own copy, never the other's
    const worker = join(dir, 'sw.js');
    writeFileSync(worker, `${readFileSync(worker, 'utf8')}\n// nouvelle version`);
    await page.goto(root);
    await page.locator('[data-nouvelle-version]').getByRole('button', { name: ui.offline.reload }).click({ timeout: 30_000 });
    await expect(page.locator('[data-nouvelle-version]')).toHaveCount(0);
    await expect(page.locator('[data-etat]')).toHaveText(new RegExp(`^${ui.offline.ready}`));
    expect(await count(otherCaches)).toEqual(otherFiles);
    const rootFiles = await count(rootCaches);

    await page.goto(other);
    await page.getByRole('button', { name: ui.offline.remove }).click();
    await expect(page.locator('[data-etat]')).toHaveText(ui.offline.removed);
    const left = await workersAndCaches(page);
    expect(left.scopes).toEqual([root]);
    expect(left.caches).toEqual(rootCaches);
    expect(await count(rootCaches)).toEqual(rootFiles);

    await page.goto(root);
    await page.getByRole('button', { name: ui.offline.remove }).click();
    await expect(page.locator('[data-etat]')).toHaveText(ui.offline.removed);
    expect(await workersAndCaches(page)).toEqual({ scopes: [], caches: [] });
    await page.reload();
    expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull();
    await expect(page.getByRole('button', { name: new RegExp(`^${ui.offline.take}`) })).toBeVisible();
  });
});
