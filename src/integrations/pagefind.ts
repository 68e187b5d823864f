// The search index is built inside `astro build` (as Starlight does), so the build alone yields the whole site.
import type { AstroIntegration } from 'astro';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { listBuiltPages } from '../lib/builtPages.ts';
import { fileIncludes, pieceBuffer } from '../lib/pieces.ts';
import type { GlossaryEntry } from '../lib/schemas.ts';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * A glossary term as a search record of its own, landing on its entry of the glossary page: the term as the title
 * (weighted as a heading) and the definition the page shows, nothing the reader cannot read there.
 */
export function glossaryRecord(term: GlossaryEntry): { url: string; content: string } {
  return {
    // like the pages Pagefind reads from the build, an address from the site's root: the search puts the base in front
    url: `/glossaire/#${term.id}`,
    content:
      `<html lang="fr"><body><main data-pagefind-body data-pagefind-filter="type:Glossaire">` +
      `<h1 data-pagefind-weight="10">${escape(term.terme)}</h1><p>${escape(term.definition)}</p></main></body></html>`,
  };
}

/**
 * Word occurrences per piece of the index. A query downloads the piece that holds each of its words: Pagefind's
 * default (20,000) cuts this guide's index into six pieces of about 28 KB compressed, so that a question of three
 * words cost about 85 KB of index alone. Pieces of 2,000 occurrences weigh at most 7 KB each (85 alternatives, 45 platforms, 14 chapters; 3,000 gave one of 8.6 KB), the list of pieces
 * loaded with the engine grows by about 350 bytes, and the whole index by about 10 %. Pagefind reads the setting from
 * its environment (`PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE`, since 1.5): the piece sizes are a budget test, so a version
 * that drops it is seen.
 */
export const INDEX_CHUNK_OCCURRENCES = 2000;

/**
 * The folders of the build whose pages are search results (chapters, alternatives, « Remplacer » pages): Pagefind
 * reads only these. The pages drawn from a chapter (slides, handout, trainer's script, booklet) outnumber them three
 * to one and carry nothing to index; reading them cost a third of the indexing time.
 */
export const INDEXED_FOLDERS = ['guide', 'alternatives', 'remplacer'] as const;

/** The glob Pagefind reads the build with: the pages of INDEXED_FOLDERS. */
export const INDEXED_GLOB = `{${INDEXED_FOLDERS.join(',')}}/**/*.html`;

/**
 * Built pages that ask to be indexed (`data-pagefind-body`) from a folder Pagefind does not read: a page type that
 * became a search result without its folder being added to INDEXED_FOLDERS.
 */
export function unreadIndexedPages(dist: string): string[] {
  // searched in the bytes, a piece at a time: the booklet of a large guide is neither decoded nor held whole for it
  const buffer = pieceBuffer();
  return listBuiltPages(dist)
    .filter((p) => !INDEXED_FOLDERS.some((folder) => p.url.startsWith(`/${folder}/`)))
    .filter((p) => fileIncludes(p.file, 'data-pagefind-body', buffer))
    .map((p) => relative(dist, p.file));
}

/** Stop on the errors a Pagefind response carries, naming the step. */
function assertOk<T extends { errors: string[] }>(response: T, step: string): T {
  if (response.errors.length > 0) throw new Error(`Pagefind (${step}) : ${response.errors.join(' ; ')}`);
  return response;
}

/** Integration: index the built pages with Pagefind and write the index into <outDir>/pagefind/. */
/** `glossary`: the terms read once by the configuration, each indexed as a record of its own. */
export function pagefindIndex(glossary: GlossaryEntry[]): AstroIntegration {
  return {
    name: 'numerique-libre:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const start = performance.now();
        try {
          const unread = unreadIndexedPages(fileURLToPath(dir));
          if (unread.length > 0) {
            throw new Error(`${unread.join(', ')} : page marquée data-pagefind-body hors des dossiers indexés (${INDEXED_FOLDERS.join(', ')}) ; ajoutez son dossier à INDEXED_FOLDERS (src/integrations/pagefind.ts)`);
          }
          // read by the Pagefind process that createIndex starts, which inherits this environment
          process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = String(INDEX_CHUNK_OCCURRENCES);
          const { index } = assertOk(await pagefind.createIndex(), 'création de l’index');
          if (!index) throw new Error('Pagefind (création de l’index) : aucun index rendu');
          const { page_count } = assertOk(await index.addDirectory({ path: fileURLToPath(dir), glob: INDEXED_GLOB }), `lecture de ${fileURLToPath(dir)}`);
          if (page_count === 0) throw new Error(`Pagefind : aucune page HTML dans ${fileURLToPath(dir)}`);
          for (const term of glossary) assertOk(await index.addHTMLFile(glossaryRecord(term)), `terme du glossaire « ${term.id} »`);
          assertOk(await index.writeFiles({ outputPath: fileURLToPath(new URL('./pagefind/', dir)) }), 'écriture de l’index');
          logger.info(`index de recherche : ${page_count} pages et ${glossary.length} termes du glossaire lus en ${Math.round(performance.now() - start)} ms`);
        } catch (cause) {
          throw new Error(`L’index de recherche n’a pas pu être construit : ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
