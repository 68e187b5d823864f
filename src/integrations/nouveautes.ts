// The pages the news entries name are checked against the pages the build wrote: the routes of the site, whatever
// makes them, with no second list of routes to keep in step.
import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listBuiltPages } from '../lib/builtPages.ts';
import { NEWS_FILE, newsPageProblems, publishedNews, type LeftOut, type NewsEntry } from '../lib/nouveautes.ts';
import { loadRedirections } from '../lib/redirections.ts';
import { problemsError } from '../lib/validate.ts';

/** Stop the build on an entry of nouveautes.yaml naming a page the build does not hold; list what is left out as a warning. */
export function newsPages(contentDir: string, entries: NewsEntry[], leftOut: LeftOut): AstroIntegration {
  const file = join(contentDir, NEWS_FILE);
  return {
    name: 'numerique-libre:nouveautes',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const built = new Set(listBuiltPages(fileURLToPath(dir)).map((p) => p.url));
        const moved = new Map(loadRedirections(contentDir).map((r) => [r.de, r.vers]));
        const problems = newsPageProblems(entries, built, leftOut, file, moved);
        if (problems.length > 0) throw problemsError('Nouveautés du guide : page inconnue', problems);
        const { removed } = publishedNews(entries, leftOut);
        if (removed.length > 0) logger.warn(`Nouveautés qui parlent de pages masquées (${removed.length}) :\n${removed.map((r) => `  - ${r}`).join('\n')}`);
        logger.info(`${entries.length} nouveautés, leurs pages vérifiées`);
      },
    },
  };
}
