// What only the build needs of the offline copy: the service worker's configuration, the files it copies and what they
// weigh (as the sobriety measures weigh a page, src/lib/sobriete.ts), and the size written into the pages that offer it.
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GetManifestOptions, ManifestEntry } from 'workbox-build';
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
 * How Workbox lists the copy of a build folder published under `base` (getManifest): the files, their addresses and a
 * revision of each, written into the service worker.
 */
export function manifestOptions(dist: string, base: string): GetManifestOptions {
  return {
    globDirectory: dist,
    globPatterns: [COPIED],
    globIgnores: [...LEFT_OUT],
    // the list gives each file's path from the folder: the base goes in front, as on the published site
    modifyURLPrefix: { '': base },
    // the files of _astro/ carry a hash of their content in their name: no revision to add
    dontCacheBustURLsMatching: /\/_astro\//,
    maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
  };
}

/** What the service worker of a guide published under `base` is built with (src/scripts/serviceWorker.ts). */
export function workerConfig(base: string): { cacheId: string; pages: string; fallback: string } {
  const names = cacheNames(base);
  return { cacheId: names.id, pages: names.pages, fallback: offlinePage(base) };
}

/** The browsers the worker is written for: generateSW's default, « chrome >= 56 ». */
export const WORKER_TARGET = 'chrome56';

/** Where the list of files goes in the bundled worker, as Workbox names it. */
const INJECTION_POINT = 'self.__WB_MANIFEST';

/**
 * The list of files as the worker holds it, written as a minified literal: `{url:"…",revision:"…"}` for each, the
 * revision null for a file whose name changes with its content.
 */
export function manifestLiteral(entries: ManifestEntry[]): string {
  return `[${entries.map((e) => `{url:${JSON.stringify(e.url)},revision:${e.revision === null ? 'null' : JSON.stringify(e.revision)}}`).join(',')}]`;
}

/**
 * The service worker of a guide published under `base`, listing `entries`: src/scripts/serviceWorker.ts bundled with
 * Workbox's modules by Rolldown, as one classic script (a worker registered without `type: 'module'`), minified,
 * Workbox's messages for developers left out, and the list written at its injection point.
 */
export async function serviceWorker(base: string, entries: ManifestEntry[]): Promise<string> {
  const { build } = await import('rolldown');
  const output = await build({
    input: fileURLToPath(new URL('../scripts/serviceWorker.ts', import.meta.url)),
    platform: 'browser',
    logLevel: 'silent',
    write: false,
    transform: {
      define: { WORKER_CONFIG: JSON.stringify(workerConfig(base)), 'process.env.NODE_ENV': '"production"' },
      // the browsers generateSW writes for by default (its Babel targets): no syntax that an older phone would refuse
      target: WORKER_TARGET,
    },
    output: { format: 'iife', minify: true, codeSplitting: false },
  });
  const [chunk, ...more] = output.output;
  if (more.length > 0 || chunk.type !== 'chunk') throw new Error(`service worker : ${output.output.length} fichiers produits au lieu d’un seul script`);
  const parts = chunk.code.split(INJECTION_POINT);
  if (parts.length !== 2) throw new Error(`service worker : ${parts.length - 1} emplacements ${INJECTION_POINT} au lieu d’un seul dans le script produit`);
  return parts.join(manifestLiteral(entries));
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
  /** Workbox's list: each file's address and revision. */
  entries: ManifestEntry[];
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
 * Workbox's listing of the files, loaded when the copy is prepared, the last step of the build, and alone: the package
 * as a whole brings the bundler, Babel and Terser of its generateSW, some 90 MB that this build has no use for.
 */
export async function workbox(): Promise<typeof import('workbox-build/build/get-manifest.js')> {
  return import('workbox-build/build/get-manifest.js');
}

/** The list Workbox makes of the copy, with the bytes a host sends for it: gzip for text, the rest as it is. */
export async function copiedFiles(dist: string, base: string): Promise<CopiedFiles> {
  const { getManifest } = await workbox();
  const { manifestEntries, warnings } = await getManifest(manifestOptions(dist, base));
  // a file over the size limit is left out with a warning: the copy would then be incomplete without anyone knowing
  if (warnings.length > 0) throw new Error(warnings.join(' ; '));
  const parts = new Map<string, number>();
  let bytes = 0;
  const entries = manifestEntries ?? [];
  const urls = entries.map((entry) => entry.url);
  // read through one buffer, a piece at a time when a file is longer: the booklet of a large guide is not held whole
  const buffer = pieceBuffer();
  for (const url of urls) {
    const path = url.slice(base.length);
    const sent = await transferredFileBytes(path, join(dist, path), buffer);
    bytes += sent;
    parts.set(kind(path), (parts.get(kind(path)) ?? 0) + sent);
  }
  return { entries, urls, bytes, parts: [...parts].sort((a, b) => b[1] - a[1]) };
}

/**
 * The list with the revision of a file changed since it was made (a page the size of the copy was written into),
 * given as Workbox gives it: the MD5 of the file's bytes in hexadecimal.
 */
export function revised(entries: ManifestEntry[], url: string, content: string | Buffer): ManifestEntry[] {
  if (!entries.some((e) => e.url === url)) throw new Error(`copie hors ligne : ${url} n’est pas dans la liste des fichiers`);
  return entries.map((e) => (e.url === url && e.revision !== null ? { ...e, revision: createHash('md5').update(content).digest('hex') } : e));
}
