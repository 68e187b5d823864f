// Every built page, found in the build output, passes the checks every later change keeps green.
import { mkdirSync, writeFileSync } from 'node:fs';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { listBuiltPages } from '../support/builtSite.ts';
import { BUDGETS, PAGE_TYPES, budgetBreaches, withEcoIndex, type PageType } from '../../src/lib/budgets.ts';

const pages = listBuiltPages('dist');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
import { REPORT_DIR } from '../support/pageReport.ts';

test('the build holds the pages the guide promises', () => {
  const urls = pages.map((p) => p.url);
  for (const url of ['/', '/plan-du-site/', '/a-propos/', '/404.html']) expect(urls).toContain(url);
  expect(urls.filter((u) => u.startsWith('/guide/')).length).toBeGreaterThanOrEqual(2);
});

/** Answers about other pages of the site, fetched once per worker. */
const fetched = new Map<string, Promise<{ status: number; html: string }>>();
function fetchOnce(request: APIRequestContext, path: string) {
  if (!fetched.has(path)) {
    fetched.set(
      path,
      request.get(path, { maxRedirects: 0 }).then(async (r) => ({ status: r.status(), html: r.headers()['content-type']?.includes('html') ? await r.text() : '' })),
    );
  }
  return fetched.get(path)!;
}

async function countDom(page: Page): Promise<number> {
  // EcoIndex counts every element except those inside an <svg>
  return page.evaluate(() => document.querySelectorAll('*').length - document.querySelectorAll('svg *').length);
}

function describeViolations(violations: { id: string; help: string; nodes: { target: unknown }[] }[]): string {
  return violations.map((v) => `${v.id} (${v.help}) : ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`).join('\n');
}

for (const { url } of pages) {
  test(`page ${url}`, async ({ browser, baseURL, request }) => {
    const origin = new URL(baseURL!).origin;
    const context = await browser.newContext({ colorScheme: 'light', viewport: { width: 1280, height: 800 } });
    await context.addInitScript(() => {
      const w = window as unknown as { __csp: string[] };
      w.__csp = [];
      document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    const page = await context.newPage();
    const consoleErrors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(m.text());
    });
    page.on('pageerror', (e) => consoleErrors.push(e.message));
    const requested: string[] = [];
    const sizes: Promise<{ url: string; type: string; body: number }>[] = [];
    page.on('request', (r) => requested.push(r.url()));
    page.on('requestfinished', (r) =>
      sizes.push(r.sizes().then((s) => ({ url: r.url(), type: r.resourceType(), body: s.responseBodySize }))),
    );

    const response = await page.goto(url, { waitUntil: 'networkidle' });
    const expectedStatus = url === '/404.html' ? [200, 404] : [200];
    expect(expectedStatus, `statut HTTP de ${url}`).toContain(response?.status());

    // Identity of the page
    await expect.soft(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect.soft(page.locator('h1')).toHaveCount(1);
    expect.soft((await page.title()).trim().length).toBeGreaterThan(5);
    const description = await page.locator('meta[name="description"]').getAttribute('content');
    expect.soft(description?.trim().length ?? 0).toBeGreaterThan(40);
    const type = (await page.locator('html').getAttribute('data-page-type')) as PageType;
    expect.soft(PAGE_TYPES, `data-page-type de ${url}`).toContain(type);

    // Nothing leaves the browser
    const foreign = requested.filter((u) => !u.startsWith('data:') && new URL(u).origin !== origin);
    expect.soft(foreign, 'requêtes vers un autre hôte').toEqual([]);
    expect.soft(await context.cookies(), 'cookies').toEqual([]);
    expect.soft(await page.evaluate(() => document.cookie)).toBe('');
    expect.soft(consoleErrors, 'erreurs dans la console').toEqual([]);
    expect.soft(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp), 'violations de la CSP').toEqual([]);

    // Budgets: first visit, empty cache, compressed transfer, favicon excluded
    const isFavicon = (u: string) => /\/favicon\.(svg|ico|png)$/.test(new URL(u).pathname);
    const contentImages = new Set(
      type === 'reading' ? await page.$$eval('[data-pagefind-body] img', (imgs) => imgs.map((i) => (i as HTMLImageElement).currentSrc)) : [],
    );
    const finished = (await Promise.all(sizes)).filter((r) => !isFavicon(r.url));
    const figures = withEcoIndex({
      url,
      type,
      bytes: finished.filter((r) => !contentImages.has(r.url)).reduce((sum, r) => sum + r.body, 0),
      requests: requested.filter((u) => !isFavicon(u)).length,
      dom: await countDom(page),
    });
    mkdirSync(REPORT_DIR, { recursive: true });
    writeFileSync(`${REPORT_DIR}/${encodeURIComponent(url)}.json`, JSON.stringify(figures));
    expect.soft(budgetBreaches(figures), `budget « ${type} » (${JSON.stringify(BUDGETS[type])})`).toEqual([]);

    // No two elements share an id
    const duplicateIds = await page.$$eval('[id]', (els) => {
      const seen = new Map<string, number>();
      for (const el of els) seen.set(el.id, (seen.get(el.id) ?? 0) + 1);
      return [...seen].filter(([, n]) => n > 1).map(([id]) => id);
    });
    expect.soft(duplicateIds, 'ids en double').toEqual([]);

    // Every internal link, fragment and image resolves
    const targets = await page.$$eval('a[href], img[src], link[href]', (els) =>
      els.map((el) => (el as HTMLAnchorElement).href || (el as HTMLImageElement).src),
    );
    const broken: string[] = [];
    for (const target of new Set(targets)) {
      const t = new URL(target);
      if (t.origin !== origin) continue;
      const answer = t.pathname === new URL(page.url()).pathname ? { status: 200, html: await page.content() } : await fetchOnce(request, t.pathname);
      if (answer.status !== 200) broken.push(`${t.pathname} (${answer.status})`);
      else if (t.hash.length > 1) {
        const id = decodeURIComponent(t.hash.slice(1));
        if (!answer.html.includes(`id="${id}"`)) broken.push(`${t.pathname}${t.hash} (ancre absente)`);
      }
    }
    expect.soft(broken, 'liens, ancres et images internes cassés').toEqual([]);

    // Accessibility, light scheme, every disclosure opened so its content is checked too
    await page.$$eval('details', (ds) => ds.forEach((d) => ((d as HTMLDetailsElement).open = true)));
    const light = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    expect.soft(light.violations, describeViolations(light.violations)).toEqual([]);

    // Contrast in the dark scheme
    await page.emulateMedia({ colorScheme: 'dark' });
    const dark = await new AxeBuilder({ page }).withRules(['color-contrast']).analyze();
    expect.soft(dark.violations, describeViolations(dark.violations)).toEqual([]);

    // Reflow at 320 px: nothing scrolls sideways
    await page.setViewportSize({ width: 320, height: 640 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect.soft(overflow, 'défilement horizontal à 320 px').toBeLessThanOrEqual(0);

    await context.close();
  });
}
