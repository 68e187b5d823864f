// What only the build needs of the offline copy: the service worker's configuration, the files it copies and what they
// weigh (as the sobriety measures weigh a page, src/lib/sobriete.ts), and the size written into the pages that offer it.
import { join } from 'node:path';
import type { GenerateSWOptions } from 'workbox-build';
import { cacheNames, OFFLINE } from './horsLigne.ts';
import type { Site } from './schemas.ts';
import { pieceBuffer } from './pieces.ts';
import { frenchNumber, transferredFileBytes } from './sobriete.ts';

/** Icons of the installed guide, drawn from the logo at build. */
export const ICONS = [192, 512].map((size) => ({ size, path: `icones/guide-${size}.png` }));

/**
 * What is left out of the copy, as globs from the build folder: Pagefind's ready-made interfaces and its engine for
 * pages of unknown language (the guide has its own interface and is French), the host's files, the worker itself,
 * the 404 page (the offline page answers instead) and the booklet, the whole guide on one page for printing: about
 * 120 KB compressed of text the chapters already hold, kept once the reader opens it (see the pages cache).
 */
export const LEFT_OUT = [
  'pagefind/pagefind-component-ui.*',
  'pagefind/pagefind-ui.*',
  'pagefind/pagefind-modular-ui.*',
  'pagefind/pagefind-highlight.js',
  'pagefind/wasm.unknown.pagefind',
  '_headers',
  'robots.txt',
  '404.html',
  OFFLINE.worker,
  'guide-complet/**',
] as const;

/** Every type of file a page of the built site uses; Pagefind's index files have extensions of their own. */
const COPIED = '**/*.{html,css,js,svg,png,webp,avif,jpg,json,webmanifest,xml,pagefind,pf_meta,pf_index,pf_fragment,pf_filter}';

/**
 * The configuration of the service worker for a build folder published under `base`. The list of files is read from
 * the folder: getManifest gives its size, generateSW writes the worker with it.
 */
export function workerOptions(dist: string, base: string): GenerateSWOptions {
  const names = cacheNames(base);
  return {
    globDirectory: dist,
    globPatterns: [COPIED],
    globIgnores: [...LEFT_OUT],
    // the list gives each file's path from the folder: the base goes in front, as on the published site
    modifyURLPrefix: { '': base },
    swDest: join(dist, OFFLINE.worker),
    cacheId: names.id,
    directoryIndex: 'index.html',
    // a static host serves the same file whatever the query string (?q= of the search, Pagefind's ?ts=): so does the copy
    ignoreURLParametersMatching: [/./],
    // the files of _astro/ carry a hash of their content in their name: no revision to add
    dontCacheBustURLsMatching: /\/_astro\//,
    maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
    // a new version waits until the reader accepts it (« Nouvelle version disponible — recharger »)
    skipWaiting: false,
    clientsClaim: true,
    // Workbox's clean-up of old precaches deletes every precache whose name contains the worker's scope: a guide at
    // the root would delete the copy of a guide under /notre-guide/, whose name contains the root's scope. Each worker
    // removes its own stale entries on activation anyway
    cleanupOutdatedCaches: false,
    inlineWorkboxRuntime: true,
    mode: 'production',
    sourcemap: false,
    runtimeCaching: [
      {
        // a page the copy does not hold (the booklet, a page added since): from the network, kept for the next time;
        // with no network and never opened, the offline page
        urlPattern: ({ request }) => request.mode === 'navigate',
        handler: 'NetworkFirst',
        options: {
          cacheName: names.pages,
          expiration: { maxEntries: 50 },
          precacheFallback: { fallbackURL: offlinePage(base) },
        },
      },
    ],
  };
}

/** The offline page's address in the copy: the fallback is looked up by its exact address, without the directory index. */
export function offlinePage(base: string): string {
  return `${base}${OFFLINE.page}index.html`;
}

/** A size in megabytes as a reader reads it: « 1,9 Mo » (1 Mo = 1,000,000 bytes), with a no-break space. */
export function formatMegabytes(bytes: number): string {
  return `${frenchNumber(Math.max(0.1, Math.round(bytes / 100_000) / 10), 1)}\u00a0Mo`;
}

/** The web app manifest of the guide, in French, from site.yaml: its name, description and colours. */
export function webManifest(site: Site, base: string): Record<string, unknown> {
  return {
    id: base,
    name: `${site.nom} — ${site.sous_titre}`,
    short_name: site.nom,
    description: site.description,
    lang: 'fr',
    dir: 'ltr',
    start_url: base,
    scope: base,
    display: 'standalone',
    background_color: site.couleurs.clair.fond,
    theme_color: site.couleurs.clair.accent,
    icons: ICONS.map((icon) => ({ src: `${base}${icon.path}`, sizes: `${icon.size}x${icon.size}`, type: 'image/png', purpose: 'any' })),
  };
}

/** A built page with the size and the file count of the copy written where it shows them; unchanged when it has none. */
export function writeSize(html: string, bytes: number, files: number): string {
  return html
    .replace(/(<[^>]*\bdata-taille-hors-ligne\b[^>]*>)[^<]*(<)/g, `$1${formatMegabytes(bytes)}$2`)
    .replace(/\bdata-fichiers-hors-ligne="[^"]*"/g, `data-fichiers-hors-ligne="${files}"`);
}

/** The files of the copy: their addresses, the bytes a host sends for them in all, and those bytes by kind of file. */
export interface CopiedFiles {
  urls: string[];
  bytes: number;
  parts: [string, number][];
}

/** The kind of a file of the copy, for the build's summary: the first folder, Pagefind's by piece. */
function kind(path: string): string {
  const [first, second] = path.split('/');
  if (first === 'pagefind') return second && /^(fragment|index|filter)$/.test(second) ? `recherche (${second})` : 'recherche (moteur)';
  return path.includes('/') ? first : 'racine';
}

/**
 * Workbox, loaded when the copy is prepared, the last step of the build: with the bundler, Babel and Terser it brings
 * for the service worker, it takes some 90 MB that the rendering of the pages need not carry.
 */
export async function workbox(): Promise<typeof import('workbox-build')> {
  return import('workbox-build');
}

/** The list Workbox makes of the copy, with the bytes a host sends for it: gzip for text, the rest as it is. */
export async function copiedFiles(dist: string, base: string): Promise<CopiedFiles> {
  const o = workerOptions(dist, base);
  const { getManifest } = await workbox();
  const { manifestEntries, warnings } = await getManifest({
    globDirectory: dist,
    globPatterns: o.globPatterns,
    globIgnores: o.globIgnores,
    modifyURLPrefix: o.modifyURLPrefix,
    dontCacheBustURLsMatching: o.dontCacheBustURLsMatching,
    maximumFileSizeToCacheInBytes: o.maximumFileSizeToCacheInBytes,
  });
  // a file over the size limit is left out with a warning: the copy would then be incomplete without anyone knowing
  if (warnings.length > 0) throw new Error(warnings.join(' ; '));
  const parts = new Map<string, number>();
  let bytes = 0;
  const urls = (manifestEntries ?? []).map((entry) => entry.url);
  // read through one buffer, a piece at a time when a file is longer: the booklet of a large guide is not held whole
  const buffer = pieceBuffer();
  for (const url of urls) {
    const path = url.slice(base.length);
    const sent = await transferredFileBytes(path, join(dist, path), buffer);
    bytes += sent;
    parts.set(kind(path), (parts.get(kind(path)) ?? 0) + sent);
  }
  return { urls, bytes, parts: [...parts].sort((a, b) => b[1] - a[1]) };
}
