// After the build, every page is measured from the files written (src/lib/sobriete.ts), and the measures table of the
// chapter that shows them is filled in: the figures a reader sees come from the build itself, never from a hand.
// It runs after the step that rewrites each page's security policy, so the bytes measured are the bytes served, and
// before the search index, which then holds the filled table.
import type { AstroIntegration } from 'astro';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listBuiltPages } from '../lib/builtPages.ts';
import { fileIncludes, gzipLength, pieceBuffer } from '../lib/pieces.ts';
import { builtFiles, fileTableHolder, filledPieces, measureFile, reweigh, settleMeasures, writeFilledPage, type KnownFiles, type PageWeight, type TableHolder } from '../lib/sobriete.ts';

/** Integration: measure the built pages of a site published under `base` and fill in the measures tables. */
export function sobrieteMesures(base: string): AstroIntegration {
  return {
    name: 'numerique-libre:sobriete',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const start = performance.now();
        const dist = fileURLToPath(dir);
        const files = builtFiles(dist, base);
        const built = listBuiltPages(dist);
        // every page is read through one buffer, a piece at a time when it is longer: a guide of thousands of pages,
        // and a booklet of tens of megabytes, are never held in memory; of the pages that show a table, only where
        // the tables lie is kept
        const buffer = pieceBuffer();
        const holders: (TableHolder & { file: string })[] = [];
        for (const p of built) {
          const holder = fileIncludes(p.file, 'data-mesures=', buffer) ? fileTableHolder(p.url, p.file, buffer) : undefined;
          if (holder) holders.push({ ...holder, file: p.file });
        }
        // measuring costs a few milliseconds a page: a build whose pages show no table (a test content) skips it
        if (holders.length === 0) {
          logger.info('mesures de sobriété : aucune page ne montre le tableau des mesures, rien à mesurer');
          return;
        }
        const pages: PageWeight[] = [];
        const known: KnownFiles = new Map();
        for (const p of built) pages.push(await measureFile(p.url, p.file, files, known, buffer));
        const urls = new Set(pages.map((p) => p.url));
        for (const holder of holders) {
          for (const chapter of holder.chapters) {
            if (!urls.has(`/guide/${chapter}/`)) {
              throw new Error(`${relative(process.cwd(), holder.file)} : le tableau des mesures nomme le chapitre « ${chapter} », qui n’a pas de page /guide/${chapter}/`);
            }
          }
        }
        // filling a table changes no element of its page (a unit test holds measuresTable to it): only bytes move
        const first = new Map(pages.map((p) => [p.url, p]));
        const measure = async (holder: TableHolder, tables: string[]) => reweigh(first.get(holder.url)!, await gzipLength(filledPieces(holder, tables)));
        const settled = await settleMeasures(pages, holders, measure, new Date());
        for (const holder of holders) writeFilledPage(holder, settled.tables.get(holder.url)!, holder.file);
        const where = holders.map((h) => relative(dist, h.file)).join(', ');
        const said = `mesures de sobriété : ${pages.length} pages mesurées en ${Math.round(performance.now() - start)} ms ; tableau : ${where}`;
        if (settled.stable) logger.info(`${said} (${settled.passes} écriture${settled.passes > 1 ? 's' : ''})`);
        else logger.warn(`${said} : après ${settled.passes} écritures, les chiffres de la page qui porte le tableau bougent encore d’un arrondi`);
      },
    },
  };
}
