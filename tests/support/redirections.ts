// The page left at an address that changed: checked as a page (identity, privacy, budget, axe), with its refresh held
// back so that it stays on screen, then followed as a reader's browser follows it.
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { BUDGETS } from '../../src/lib/budgets.ts';
import { expectAccessible } from './pageChecks.ts';

const REFRESH = /<meta http-equiv="refresh" content="0; url=([^"]+)">/;

/** The redirect page at `url` (built file `file`), served under `basePath`, leads at once to `target` (a site path). */
export async function checkRedirectPage(page: Page, request: APIRequestContext, { url, file, basePath, target }: { url: string; file: string; basePath: string; target: string }) {
  const address = basePath + url.slice(1);
  const expected = basePath + target.slice(1);
  const html = readFileSync(file, 'utf8');
  expect(REFRESH.exec(html)?.[1], 'adresse du rafraîchissement').toBe(expected);
  expect(html, 'le lien pour un navigateur qui ne suit pas le rafraîchissement').toContain(`<a href="${expected}">`);
  expect((await request.get(address, { maxRedirects: 0 })).status()).toBe(200);
  // nothing but the page itself: no stylesheet, no script, no image, nothing from another host
  expect(html).not.toMatch(/<(script|link rel="stylesheet"|img)\b/);
  // (the canonical link names the new page's public address: it is never requested)
  expect(html.replace(/<link rel="canonical" href="[^"]*">/, '').match(/(?:src|href)="(?:https?:)?\/\/[^"]*"/g) ?? []).toEqual([]);
  const budget = BUDGETS.redirection;
  expect(gzipSync(html).length, 'octets compressés').toBeLessThanOrEqual(budget.bytes);

  // as a page: served without its refresh, so that the checks read it rather than the page it leads to
  await page.route(`**${address}`, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html.replace(REFRESH, '') }));
  await page.goto(address);
  const seen = await page.evaluate(() => ({
    lang: document.documentElement.lang,
    h1: document.querySelectorAll('h1').length,
    title: document.title,
    description: document.querySelector('meta[name="description"]')?.getAttribute('content') ?? '',
    dom: document.querySelectorAll('*').length,
    cookie: document.cookie,
  }));
  expect(seen).toMatchObject({ lang: 'fr', h1: 1, cookie: '' });
  expect(seen.title.length).toBeGreaterThan(5);
  expect(seen.description.length).toBeGreaterThan(40);
  expect(seen.dom, 'éléments DOM').toBeLessThanOrEqual(budget.dom);
  await expectAccessible(page);
  await page.unroute(`**${address}`);

  // as a reader's browser: at once on the new page
  await page.goto(address);
  await page.waitForURL((u) => u.pathname + u.hash === expected);
  expect(await page.locator('h1').count()).toBe(1);
}
