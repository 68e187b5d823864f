// Once the site is built: each redirection of content/redirections.yaml leads to a page that exists (and its anchor),
// and its old address is not also a page of the guide, which would hide it.
import type { AstroIntegration } from 'astro';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readBuiltSite } from './internalLinks.ts';
import type { Redirection } from '../lib/redirections.ts';
import { isRedirectPage } from '../lib/builtPages.ts';

/** Every redirection that cannot work in the built folder `dist`, as a sentence naming the entry. */
export function redirectionProblems(redirections: Redirection[], dist: string): string[] {
  const site = readBuiltSite(dist);
  return redirections.flatMap((r, i) => {
    const where = `redirections.yaml, entrée ${i + 1}`;
    const problems: string[] = [];
    const html = site.pages.has(r.de) ? readFileSync(join(dist, r.de, 'index.html'), 'utf8') : '';
    if (!isRedirectPage(html)) problems.push(`${where} : « de: ${r.de} » est une page du guide, qui masquerait la redirection`);
    const [path, anchor] = r.vers.split('#');
    const ids = site.pages.get(path);
    if (!ids) problems.push(`${where} : « vers: ${r.vers} » ne mène à aucune page du guide`);
    else if (anchor && !ids.has(decodeURIComponent(anchor))) problems.push(`${where} : « vers: ${r.vers} » vise une ancre absente de ${path}`);
    return problems;
  });
}

export function redirectionsCheck(redirections: Redirection[]): AstroIntegration {
  return {
    name: 'numerique-libre:redirections',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        if (redirections.length === 0) return;
        const problems = redirectionProblems(redirections, fileURLToPath(dir));
        if (problems.length > 0) throw new Error(`Redirection impossible :\n${problems.map((p) => `  - ${p}`).join('\n')}`);
        logger.info(`${redirections.length} anciennes adresses redirigées`);
      },
    },
  };
}
