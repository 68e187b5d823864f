// The search index is built inside `astro build` (as Starlight does), so the build alone yields the whole site.
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/** Stop on the errors a Pagefind response carries, naming the step. */
function assertOk<T extends { errors: string[] }>(response: T, step: string): T {
  if (response.errors.length > 0) throw new Error(`Pagefind (${step}) : ${response.errors.join(' ; ')}`);
  return response;
}

/** Integration: index the built pages with Pagefind and write the index into <outDir>/pagefind/. */
export function pagefindIndex(): AstroIntegration {
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
          assertOk(await index.writeFiles({ outputPath: fileURLToPath(new URL('./pagefind/', dir)) }), 'écriture de l’index');
          logger.info(`index de recherche : ${page_count} pages lues en ${Math.round(performance.now() - start)} ms`);
        } catch (cause) {
          throw new Error(`L’index de recherche n’a pas pu être construit : ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
