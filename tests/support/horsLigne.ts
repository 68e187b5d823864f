// What the offline tests share: the build a project serves, a server of its own that a test can stop, a copy of a
// build to change, and taking the copy from the box of a page.
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type BrowserContext, type Page } from '@playwright/test';
import { SOUS_CHEMIN } from './sousChemin.mjs';
import { ui } from '../../src/ui.ts';

/** The build a project serves, and its base path. */
export function builtSite(project: string): { dist: string; base: string } {
  return project === 'sous-chemin' ? { dist: SOUS_CHEMIN.dist, base: SOUS_CHEMIN.base } : { dist: 'dist', base: '/' };
}

/** Addresses the service worker of a build precaches, read from the worker itself. */
export function precached(dist: string): string[] {
  return [...readFileSync(join(dist, 'sw.js'), 'utf8').matchAll(/\{url:"([^"]+)",revision:(?:"[^"]*"|null)\}/g)].map((m) => m[1]);
}

export interface Server {
  origin: string;
  stop: () => Promise<void>;
}

/** Servers started and copies made by the running test, for cleanUp. */
const servers = new Set<Server>();
const copies = new Set<string>();

/** Stop the servers and remove the copies a test left: a test that timed out never reached its own end. */
export async function cleanUp(): Promise<void> {
  for (const server of servers) await server.stop();
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
  servers.clear();
  copies.clear();
}

/** Serve a folder with the test server, on a free port, under `base`. */
export async function serve(dir: string, base: string): Promise<Server> {
  const child = spawn(process.execPath, ['tests/support/serve.mjs', dir, '0', base], { stdio: ['ignore', 'pipe', 'inherit'] });
  // and never outlive the test process
  process.once('exit', () => child.kill());
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout.on('data', (chunk) => {
      const match = /127\.0\.0\.1:(\d+)\//.exec(String(chunk));
      if (match) resolve(Number(match[1]));
    });
    child.on('exit', (code) => reject(new Error(`le serveur de test s’est arrêté (code ${code})`)));
  });
  const server: Server = {
    origin: `http://127.0.0.1:${port}`,
    // a server stopped by a signal has no exit code but a signal code: stopping it twice must not wait for a second exit
    stop: () => new Promise((done) => (child.exitCode !== null || child.signalCode !== null ? done() : (child.once('exit', () => done()), child.kill()))),
  };
  servers.add(server);
  return server;
}

/** A copy of a build in a folder of its own, which a test may change. */
export function copyOf(dist: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'guide-hors-ligne-'));
  copies.add(dir);
  cpSync(dist, dir, { recursive: true });
  return dir;
}

/** Take the copy from the box of the page at `url`, and wait until the guide is saved. */
export async function takeCopy(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.getByRole('button', { name: new RegExp(`^${ui.offline.take}`) }).click();
  await expect(page.locator('[data-etat]')).toHaveText(new RegExp(`^${ui.offline.ready}`), { timeout: 60_000 });
  // the page is controlled by this guide's worker, at its base
  const worker = await page.evaluate(() => new URL(`${document.documentElement.dataset.base}sw.js`, location.href).href);
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toBe(worker);
}

/** Scopes of the service workers registered in the context, and the names of its caches. */
export async function workersAndCaches(page: Page): Promise<{ scopes: string[]; caches: string[] }> {
  return page.evaluate(async () => ({
    scopes: (await navigator.serviceWorker.getRegistrations()).map((r) => r.scope).sort(),
    caches: (await caches.keys()).sort(),
  }));
}

/** Every request of the context, to check that none leaves the host. */
export function requestsOf(context: BrowserContext): string[] {
  const urls: string[] = [];
  context.on('request', (r) => urls.push(r.url()));
  return urls;
}

/** Its stylesheets and images all loaded: a page whose files came from the copy. */
export async function expectWhole(page: Page): Promise<void> {
  const broken = await page.evaluate(() => [
    ...[...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].filter((l) => !l.sheet).map((l) => l.href),
    ...[...document.images].filter((i) => !i.complete || i.naturalWidth === 0).map((i) => i.src),
  ]);
  expect(broken).toEqual([]);
}

