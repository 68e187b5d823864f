// The checks every built page passes, shared by the suite at the root and the one under a base path.
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import {
  expect,
  test as base,
  type APIRequestContext,
  type BrowserContext,
  type CDPSession,
  type ConsoleMessage,
  type Page,
  type Request,
  type Response,
} from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { BUDGETS, PAGE_TYPES, budgetBreaches, withEcoIndex, type PageType } from '../../src/lib/budgets.ts';
import { isPlaceholderUrl } from '../../src/lib/siteUrl.ts';
import { REPORT_DIR } from './pageReport.ts';

const AXE_SOURCE: string = createRequire(import.meta.url)('axe-core').source;
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const VIEWPORT = { width: 1280, height: 800 };

/** What a page did while it loaded: every request, their sizes, console errors; one per visit. */
export interface Watch {
  requested: string[];
  sizes: Promise<{ url: string; type: string; body: number }>[];
  consoleErrors: string[];
  /** Requests sent and not yet finished or failed. */
  pending: number;
  /** Resolves once no request is pending. */
  idle: () => Promise<void>;
}

/**
 * Follow a page's requests and errors from now on, until `stop` is called. Only requests sent from now on count: one
 * sent before (by the page shown earlier in the tab) that ends afterwards is neither pending nor weighed.
 */
export function watchPage(page: Page): Watch & { stop: () => void } {
  let waiting: (() => void)[] = [];
  const sent = new Set<Request>();
  const ended = (r: Request) => {
    if (!sent.delete(r)) return false;
    watch.pending = sent.size;
    if (watch.pending === 0) {
      waiting.forEach((done) => done());
      waiting = [];
    }
    return true;
  };
  const onConsole = (m: ConsoleMessage) => {
    if (m.type() === 'error') watch.consoleErrors.push(m.text());
  };
  const onPageError = (e: Error) => watch.consoleErrors.push(e.message);
  const onRequest = (r: Request) => {
    watch.requested.push(r.url());
    sent.add(r);
    watch.pending = sent.size;
  };
  const onFailed = (r: Request) => ended(r);
  const onFinished = (r: Request) => {
    if (ended(r)) watch.sizes.push(r.sizes().then((s) => ({ url: r.url(), type: r.resourceType(), body: s.responseBodySize })));
  };
  const watch = {
    requested: [] as string[],
    sizes: [] as Watch['sizes'],
    consoleErrors: [] as string[],
    pending: 0,
    idle: () => (watch.pending === 0 ? Promise.resolve() : new Promise<void>((done) => waiting.push(done))),
    stop: () => {
      page.off('console', onConsole).off('pageerror', onPageError).off('request', onRequest);
      page.off('requestfailed', onFailed).off('requestfinished', onFinished);
    },
  };
  page.on('console', onConsole).on('pageerror', onPageError).on('request', onRequest);
  page.on('requestfailed', onFailed).on('requestfinished', onFinished);
  return watch;
}

/**
 * One browser context and one tab per worker, as a first visit sees it: light scheme, HTTP cache off, the origin's
 * data wiped after each page, so reusing them carries nothing from one page to the next. Keeping the tab keeps its
 * renderer process, where axe's code, compiled for the first page, is found again for the next ones: a new tab per
 * page started a process and compiled axe anew each time, which made each page's checks take about twice as long.
 */
export const test = base.extend<
  { watched: { page: Page; watch: Watch; context: BrowserContext } },
  { workerContext: BrowserContext; workerTab: { page: Page; cdp: CDPSession } }
>({
  workerContext: [
    async ({ browser }, use) => {
      const context = await browser.newContext({ colorScheme: 'light', viewport: VIEWPORT, locale: 'fr-FR' });
      await context.addInitScript(() => {
        const w = window as unknown as { __csp: string[] };
        w.__csp = [];
        document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
      });
      await use(context);
      await context.close();
    },
    { scope: 'worker' },
  ],
  workerTab: [
    async ({ workerContext }, use) => {
      const page = await workerContext.newPage();
      const cdp = await workerContext.newCDPSession(page);
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
      await use({ page, cdp });
      await cdp.detach();
      await page.close();
    },
    { scope: 'worker' },
  ],
  watched: async ({ workerContext, workerTab }, use) => {
    const { page, cdp } = workerTab;
    // what the previous page changed on the tab goes back to a first visit's state
    await page.setViewportSize(VIEWPORT);
    await page.emulateMedia({ media: null, colorScheme: 'light' });
    const watch = watchPage(page);
    await use({ page, watch, context: workerContext });
    watch.stop();
    // what one page stored (storage, caches, service workers, this tab's session storage) must not reach the next one
    const origin = new URL(page.url()).origin;
    if (origin.startsWith('http')) {
      await page.evaluate(() => sessionStorage.clear());
      await cdp.send('Storage.clearDataForOrigin', { origin, storageTypes: 'all' });
    }
    await workerContext.clearCookies();
  },
});

/**
 * Wait until the page has settled: no request pending across two animation frames and a task, so that a request a
 * script starts meanwhile is waited for too. An explicit condition, where Playwright's « networkidle » waits for half
 * a second of quiet, and resolves at once on a page that was quiet once before.
 */
export async function settle(page: Page, watch: Watch): Promise<void> {
  for (;;) {
    await watch.idle();
    const before = watch.requested.length;
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 0)))));
    if (watch.pending === 0 && watch.requested.length === before) return;
  }
}

/** Open a page and wait until it has settled: the load event, then `settle`. */
export async function openPage(page: Page, watch: Watch, url: string): Promise<Response | null> {
  const response = await page.goto(url, { waitUntil: 'load' });
  await settle(page, watch);
  return response;
}

/** `openPage` for a test that needs nothing of the watch but the wait: loaded, and every request its scripts started ended. */
export async function openSettled(page: Page, url: string): Promise<Response | null> {
  const watch = watchPage(page);
  try {
    return await openPage(page, watch, url);
  } finally {
    watch.stop();
  }
}

/** A page of another built site answered once per worker: status, and the ids it holds when it is HTML. */
type Answer = { status: number; ids: Set<string> | null };
const answers = new Map<string, Promise<Answer>>();

function answerOf(request: APIRequestContext, page: Page, address: string): Promise<Answer> {
  if (!answers.has(address)) {
    answers.set(
      address,
      request.get(address, { maxRedirects: 0 }).then(async (r) => {
        if (!r.headers()['content-type']?.includes('html')) return { status: r.status(), ids: null };
        const html = await r.text();
        // parsed by the browser, so an id is an element's id, never a piece of text that looks like one
        const ids = await page.evaluate((h) => [...new DOMParser().parseFromString(h, 'text/html').querySelectorAll('[id]')].map((e) => e.id), html);
        return { status: r.status(), ids: new Set(ids) };
      }),
    );
  }
  return answers.get(address)!;
}

/** Every URL the page's HTML points to: links, stylesheets, scripts, images and their srcset, forms. */
async function pointedTo(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const urls: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('a[href], link[href], area[href]')) urls.push((el as HTMLAnchorElement).href);
    for (const el of document.querySelectorAll<HTMLElement>('script[src], img[src], source[src], iframe[src], video[src], audio[src], track[src], embed[src]'))
      urls.push((el as HTMLImageElement).src);
    for (const el of document.querySelectorAll('img[srcset], source[srcset]'))
      for (const part of el.getAttribute('srcset')!.split(',')) {
        const candidate = part.trim().split(/\s+/)[0];
        if (candidate) urls.push(new URL(candidate, document.baseURI).href);
      }
    for (const el of document.querySelectorAll<HTMLFormElement>('form[action]')) urls.push(new URL(el.getAttribute('action')!, document.baseURI).href);
    for (const el of document.querySelectorAll('object[data]')) urls.push(new URL(el.getAttribute('data')!, document.baseURI).href);
    return urls;
  });
}

/**
 * Every same-origin link, asset and script of the page (and every request it made) stays under the base path
 * and resolves: answer 200, and a fragment names an element id of the target page.
 */
export async function checkLinks(page: Page, watch: Watch, request: APIRequestContext, basePath: string): Promise<void> {
  const here = new URL(page.url());
  const outside = new Set<string>();
  const broken: string[] = [];
  const ownIds = new Set(await page.$$eval('[id]', (els) => els.map((e) => e.id)));
  const targets = [...new Set(await pointedTo(page))].map((u) => new URL(u)).filter((t) => t.origin === here.origin);
  for (const u of watch.requested) {
    const r = new URL(u);
    if (r.origin === here.origin && !r.pathname.startsWith(basePath)) outside.add(`${r.pathname} (requête)`);
  }
  for (const t of targets) {
    if (!t.pathname.startsWith(basePath)) outside.add(t.pathname);
    const answer: Answer = t.pathname === here.pathname ? { status: 200, ids: ownIds } : await answerOf(request, page, t.origin + t.pathname);
    if (answer.status !== 200) broken.push(`${t.pathname} (${answer.status})`);
    else if (t.hash.length > 1) {
      const id = decodeURIComponent(t.hash.slice(1));
      if (!answer.ids?.has(id)) broken.push(`${t.pathname}${t.hash} (ancre absente)`);
    }
  }
  expect.soft([...outside], `adresses du site hors de ${basePath}`).toEqual([]);
  expect.soft(broken, 'liens, ancres, scripts et images internes cassés').toEqual([]);
}

type Violation = { id: string; help: string; nodes: { target: unknown }[] };

/**
 * Run axe on the page. A page without frames gets axe injected once and run in place, which finds the same
 * violations as AxeBuilder at a third of its cost (AxeBuilder opens a blank page to merge frame results);
 * a page with frames goes through AxeBuilder, which checks every frame.
 */
async function axeViolations(page: Page, only: { type: 'tag' | 'rule'; values: string[] }): Promise<Violation[]> {
  if (page.frames().length > 1) {
    const builder = new AxeBuilder({ page });
    return (await (only.type === 'tag' ? builder.withTags(only.values) : builder.withRules(only.values)).analyze()).violations;
  }
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(
    (runOnly) =>
      (window as unknown as { axe: { run: (c: Document, o: object) => Promise<{ violations: Violation[] }> } }).axe
        .run(document, { runOnly, resultTypes: ['violations'] })
        .then((r) => r.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }))),
    only,
  );
}

function describeViolations(violations: Violation[]): string {
  return violations.map((v) => `${v.id} (${v.help}) : ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`).join('\n');
}

/** What axe finds on the page as it stands: every WCAG 2.2 A and AA rule in the light scheme, then contrast in the dark one. */
export async function accessibilityViolations(page: Page): Promise<{ light: Violation[]; dark: Violation[] }> {
  const light = await axeViolations(page, { type: 'tag', values: WCAG_TAGS });
  await page.emulateMedia({ colorScheme: 'dark' });
  const dark = await axeViolations(page, { type: 'rule', values: ['color-contrast'] });
  return { light, dark };
}

/** axe finds nothing on the page as it stands, in the light scheme nor in the dark one. */
export async function expectAccessible(page: Page) {
  const { light, dark } = await accessibilityViolations(page);
  expect.soft(light, describeViolations(light)).toEqual([]);
  expect.soft(dark, describeViolations(dark)).toEqual([]);
}

/** What a first visit of an opened page transferred and holds, favicon left out. */
export interface VisitFigures {
  /** Body bytes of every finished response, as transferred (compressed). */
  bytes: number;
  /** The part of `bytes` that the images of the page's content take. */
  contentImageBytes: number;
  requests: number;
  /** Elements in the DOM, those inside an <svg> excluded, as EcoIndex counts them. */
  dom: number;
}

/** The figures of a page opened with `openPage`: bytes, requests and elements, as the budgets and EcoIndex count them. */
export async function visitFigures(page: Page, watch: Watch): Promise<VisitFigures> {
  const isFavicon = (u: string) => /\/favicon\.(svg|ico|png)$/.test(new URL(u).pathname);
  const contentImages = new Set(await page.$$eval('[data-pagefind-body] img', (imgs) => imgs.map((i) => (i as HTMLImageElement).currentSrc)));
  const finished = (await Promise.all(watch.sizes)).filter((r) => !isFavicon(r.url));
  return {
    bytes: finished.reduce((sum, r) => sum + r.body, 0),
    contentImageBytes: finished.filter((r) => contentImages.has(r.url)).reduce((sum, r) => sum + r.body, 0),
    requests: watch.requested.filter((u) => !isFavicon(u)).length,
    // EcoIndex counts every element except those inside an <svg>
    dom: await page.evaluate(() => document.querySelectorAll('*').length - document.querySelectorAll('svg *').length),
  };
}

export interface PageCheck {
  /** The page as a path of the build, "/guide/x/", "/404.html". */
  url: string;
  /** The path the site is served under, "/" or "/notre-guide/". */
  basePath: string;
  /** Write the page's figures into the report (once per page: only the suite at the root does). */
  report: boolean;
}

/** Every check a built page passes: identity, privacy, CSP, budget, ids, links, axe light and dark, reflow at 320 px. */
export async function checkPage({ page, watch, context }: { page: Page; watch: Watch; context: BrowserContext }, request: APIRequestContext, check: PageCheck) {
  const { url, basePath } = check;
  const address = basePath + url.slice(1);
  const response = await openPage(page, watch, address);
  const origin = new URL(page.url()).origin;
  const expectedStatus = url === '/404.html' ? [200, 404] : [200];
  expect(expectedStatus, `statut HTTP de ${address}`).toContain(response?.status());

  // Identity of the page, read in one call: the page is loaded and nothing in it changes these
  const seen = await page.evaluate(() => ({
    lang: document.documentElement.getAttribute('lang'),
    h1: document.querySelectorAll('h1').length,
    title: document.title,
    description: document.querySelector('meta[name="description"]')?.getAttribute('content') ?? '',
    type: document.documentElement.getAttribute('data-page-type'),
    cookie: document.cookie,
    csp: (window as unknown as { __csp: string[] }).__csp,
  }));
  expect.soft(seen.lang, `lang de ${address}`).toBe('fr');
  expect.soft(seen.h1, `nombre de h1 de ${address}`).toBe(1);
  expect.soft(seen.title.trim().length, `titre de ${address}`).toBeGreaterThan(5);
  expect.soft(seen.description.trim().length, `description de ${address}`).toBeGreaterThan(40);
  const type = seen.type as PageType;
  expect.soft(PAGE_TYPES, `data-page-type de ${address}`).toContain(type);

  // Nothing leaves the browser
  const foreign = watch.requested.filter((u) => !u.startsWith('data:') && new URL(u).origin !== origin);
  expect.soft(foreign, 'requêtes vers un autre hôte').toEqual([]);
  expect.soft(await context.cookies(), 'cookies').toEqual([]);
  expect.soft(seen.cookie, 'document.cookie').toBe('');
  expect.soft(watch.consoleErrors, 'erreurs dans la console').toEqual([]);
  expect.soft(seen.csp, 'violations de la CSP').toEqual([]);

  // Nothing of the search until the reader asks for it: no engine, no index, and its interface only on its own page
  const searchFiles = watch.requested.filter((u) => new URL(u).pathname.startsWith(`${basePath}pagefind/`) || (u.endsWith('/recherche/interface.js') && !/\/recherche\/$/.test(url)));
  expect.soft(searchFiles, 'fichiers de la recherche chargés avant qu’on l’ouvre').toEqual([]);

  // Budgets: first visit, empty cache, compressed transfer, favicon excluded; content images excluded on reading pages
  const visit = await visitFigures(page, watch);
  const figures = withEcoIndex({
    url,
    type,
    bytes: visit.bytes - (type === 'reading' ? visit.contentImageBytes : 0),
    requests: visit.requests,
    dom: visit.dom,
  });
  if (check.report) {
    mkdirSync(REPORT_DIR, { recursive: true });
    writeFileSync(`${REPORT_DIR}/${encodeURIComponent(url)}.json`, JSON.stringify(figures));
  }
  expect.soft(budgetBreaches(figures), `budget « ${type} » (${JSON.stringify(BUDGETS[type])})`).toEqual([]);

  // No two elements share an id
  const duplicateIds = await page.$$eval('[id]', (els) => {
    const seen = new Map<string, number>();
    for (const el of els) seen.set(el.id, (seen.get(el.id) ?? 0) + 1);
    return [...seen].filter(([, n]) => n > 1).map(([id]) => id);
  });
  expect.soft(duplicateIds, 'ids en double').toEqual([]);

  // Every internal link, fragment, script and image resolves, under the base path
  await checkLinks(page, watch, request, basePath);
  // and none leads to a placeholder host (a forge or an address still to fill in site.yaml)
  const hrefs = await page.$$eval('a[href]', (as) => as.map((a) => (a as HTMLAnchorElement).href));
  expect.soft(hrefs.filter(isPlaceholderUrl), 'liens vers une adresse provisoire (.example…)').toEqual([]);

  // Accessibility, light and dark, every disclosure opened so its content is checked too
  await page.$$eval('details', (ds) => ds.forEach((d) => ((d as HTMLDetailsElement).open = true)));
  await expectAccessible(page);

  // Reflow at 320 px: nothing scrolls sideways
  await page.setViewportSize({ width: 320, height: 640 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect.soft(overflow, 'défilement horizontal à 320 px').toBeLessThanOrEqual(0);
}
