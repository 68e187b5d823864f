// The service worker of the offline copy, bundled with Workbox's modules once the site is built
// (src/lib/horsLigneBuild.ts): it holds the files the build lists, answers from them with the network off, and keeps
// the pages opened beyond the copy. It is what Workbox's generateSW writes from the same options, without its
// bundling of the list of files through Babel and Terser, which cost a guide of 2,000 chapters 220 MB and seconds.
import { clientsClaim, setCacheNameDetails } from 'workbox-core';
import { ExpirationPlugin } from 'workbox-expiration';
import { PrecacheFallbackPlugin, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { NetworkFirst } from 'workbox-strategies';

/** What the build writes into the worker for one guide: the names of its caches and its offline page (WORKER_CONFIG). */
interface WorkerConfig {
  /** The prefix of Workbox's cache names. */
  cacheId: string;
  /** The cache of the pages opened beyond the copy. */
  pages: string;
  /** The page shown, with the network off, for a page the copy does not hold. */
  fallback: string;
}

declare const WORKER_CONFIG: WorkerConfig;
// read once: the build writes the configuration where it is named
const config: WorkerConfig = WORKER_CONFIG;

/** The worker's global scope, as far as this file uses it. */
const worker = self as unknown as {
  skipWaiting(): Promise<void>;
  addEventListener(type: 'message', listener: (event: MessageEvent<unknown>) => void): void;
};

setCacheNameDetails({ prefix: config.cacheId });

// a new version waits until the reader accepts it (« Nouvelle version disponible — recharger »)
worker.addEventListener('message', (event) => {
  if ((event.data as { type?: unknown } | null)?.type === 'SKIP_WAITING') void worker.skipWaiting();
});
clientsClaim();

// a static host serves the same file whatever the query string (?q= of the search, Pagefind's ?ts=): so does the copy.
// Workbox's clean-up of old precaches is left out: it deletes every precache whose name contains the worker's scope,
// so that a guide at the root would delete the copy of a guide under /notre-guide/ on the same host
// the list of files is written by the build in place of self.__WB_MANIFEST, as Workbox names its injection point
precacheAndRoute((self as unknown as { __WB_MANIFEST: PrecacheEntry[] }).__WB_MANIFEST, { directoryIndex: 'index.html', ignoreURLParametersMatching: [/./] });

// a page the copy does not hold (the booklet, a page added since): from the network, kept for the next time; with no
// network and never opened, the offline page
registerRoute(
  ({ request }) => request.mode === 'navigate',
  new NetworkFirst({
    cacheName: config.pages,
    plugins: [new ExpirationPlugin({ maxEntries: 50 }), new PrecacheFallbackPlugin({ fallbackURL: config.fallback })],
  }),
  'GET',
);
