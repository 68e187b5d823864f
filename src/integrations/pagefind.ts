// The search index is built inside `astro build` (as Starlight does), so the build alone yields the whole site.
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
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
          const { index } = assertOk(await pagefind.createIndex(), 'création de l’index');
          if (!index) throw new Error('Pagefind (création de l’index) : aucun index rendu');
          const { page_count } = assertOk(await index.addDirectory({ path: fileURLToPath(dir) }), `lecture de ${fileURLToPath(dir)}`);
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
