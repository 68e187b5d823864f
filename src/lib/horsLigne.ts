// The offline copy of the guide, taken only when the reader asks for it: its addresses and the names of its caches,
// read by the browser module of the copy (src/scripts/copieModule.ts) and by the build. What only the build needs is
// in src/lib/horsLigneBuild.ts.

/** Addresses of the offline copy's files, from the base path (so "sw.js" is "/notre-guide/sw.js" under /notre-guide/). */
export const OFFLINE = {
  /** The service worker, at the base so that its scope is the base and nothing above it. */
  worker: 'sw.js',
  /** The browser module that registers, follows and removes the copy: loaded by address, never on a first visit. */
  module: 'hors-ligne/module.js',
  /** The web app manifest, linked only on the pages of a reader who took the copy. */
  manifest: 'manifeste.webmanifest',
  /** The page shown, with the network off, for an address the copy does not hold. */
  page: 'hors-ligne/',
} as const;

/** What a page holds where the build writes the size of the copy, until it is written (and in « npm run dev »). */
export const SIZE_PLACEHOLDER = '…\u00a0Mo';

/**
 * Names of this guide's caches. Two versions of the guide published on one host under different paths share an
 * origin: each name carries the base, so that removing one copy never touches the other. Workbox ends its precache
 * name with the worker's scope (origin and base); the cache of pages opened beyond the copy is named here.
 */
export function cacheNames(base: string): { id: string; pages: string } {
  return { id: 'numerique-libre', pages: `numerique-libre-pages-${base}` };
}

/** True when a cache name belongs to the copy of the guide whose worker has this scope (an absolute URL) and base. */
export function ownsCache(name: string, scope: string, base: string): boolean {
  const { id, pages } = cacheNames(base);
  return name === pages || (name.startsWith(`${id}-`) && (name.endsWith(`-${scope}`) || name.endsWith(`-${scope}-temp`)));
}
