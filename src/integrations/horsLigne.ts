// The offline copy, built after the search index (its files are part of the copy): Workbox lists the files of the
// build, their size is written into the pages that offer the copy, then the service worker is bundled with the list
// (src/lib/horsLigneBuild.ts). No page registers it: only a reader's click does (src/scripts/copieHorsLigne.ts).
import type { AstroIntegration } from 'astro';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listBuiltPages } from '../lib/builtPages.ts';
import { fileIncludes, pieceBuffer } from '../lib/pieces.ts';
import { OFFLINE } from '../lib/horsLigne.ts';
import { copiedFiles, formatMegabytes, offlinePage, revised, serviceWorker, writeSize } from '../lib/horsLigneBuild.ts';

/** Integration: the service worker of the offline copy of a site published under `base`. */
export function copieHorsLigne(base: string): AstroIntegration {
  return {
    name: 'numerique-libre:hors-ligne',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const start = performance.now();
        const dist = fileURLToPath(dir);
        try {
          const copy = await copiedFiles(dist, base);
          const fallback = offlinePage(base);
          if (!copy.urls.includes(fallback)) throw new Error(`la page hors ligne ${fallback} manque à la copie : src/pages/hors-ligne.astro a-t-elle été retirée ?`);
          // the pages are searched a piece at a time; only the few that offer the copy are read as text, and their
          // revision in the list follows what is written into them
          let entries = copy.entries;
          const buffer = pieceBuffer();
          for (const page of listBuiltPages(dist)) {
            if (!fileIncludes(page.file, 'data-taille-hors-ligne', buffer)) continue;
            const html = writeSize(readFileSync(page.file, 'utf8'), copy.bytes, copy.urls.length);
            writeFileSync(page.file, html);
            const url = `${base}${relative(dist, page.file).split(sep).join('/')}`;
            if (copy.urls.includes(url)) entries = revised(entries, url, html);
          }
          const worker = join(dist, OFFLINE.worker);
          writeFileSync(worker, await serviceWorker(base, entries));
          const parts = copy.parts.map(([part, bytes]) => `${part} ${Math.round(bytes / 1000)} Ko`).join(', ');
          logger.info(
            `copie hors ligne : ${copy.urls.length} fichiers, ${formatMegabytes(copy.bytes)} compressés (${parts}), service worker ${worker} écrit en ${Math.round(performance.now() - start)} ms`,
          );
        } catch (cause) {
          throw new Error(`La copie hors ligne n’a pas pu être préparée : ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
        }
      },
    },
  };
}
