// The built site as the tests see it: its pages (src/lib/builtPages.ts) and one page of each template.
export { listBuiltPages, listRedirectPages, urlOf } from '../../src/lib/builtPages.ts';

/** The page templates of the guide, each found by the shape of its URL. */
export const TEMPLATES: Record<string, (url: string) => boolean> = {
  accueil: (u) => u === '/',
  chapitre: (u) => /^\/guide\/[^/]+\/$/.test(u),
  alternative: (u) => /^\/alternatives\/(?!filtres\/|usages\/)[^/]+\/$/.test(u),
  remplacer: (u) => /^\/remplacer\/[^/]+\/$/.test(u),
  catalogue: (u) => u === '/alternatives/',
  filtre: (u) => /^\/alternatives\/filtres\/[^/]+\/$/.test(u),
  usage: (u) => /^\/alternatives\/usages\/[^/]+\/$/.test(u),
  glossaire: (u) => u === '/glossaire/',
  ressources: (u) => u === '/ressources/',
  nouveautés: (u) => u === '/nouveautes/',
  'plan du site': (u) => u === '/plan-du-site/',
  recherche: (u) => u === '/recherche/',
  formation: (u) => u === '/formation/',
  fiche: (u) => /^\/fiche\/[^/]+\/$/.test(u),
  déroulé: (u) => /^\/formation\/deroule\/[^/]+\/$/.test(u),
  'plan de séance': (u) => /^\/formation\/seances\/[^/]+\/$/.test(u),
  'page 404': (u) => u === '/404.html',
  'hors ligne': (u) => u === '/hors-ligne/',
  projection: (u) => /^\/projection\/[^/]+\/$/.test(u),
};

/** Templates of pages that fill the screen alone: no header (so no search button, no menu), nothing to print. */
export const BARE_TEMPLATES = new Set(['projection']);

/** The pages of `oneOfEachTemplate` that carry the site's header and footer. */
export function withSiteFrame(pages: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(pages).filter(([template]) => !BARE_TEMPLATES.has(template)));
}

/**
 * One page of each template among the built URLs (the first in order), text pages being the ones made from
 * `textPages` (the file names of the content's pages/ folder); a template with no page is named in `missing`.
 */
export function oneOfEachTemplate(urls: string[], textPages: string[]): { pages: Record<string, string>; missing: string[] } {
  const textUrls = new Set(textPages.map((f) => `/${f.replace(/\.mdx?$/, '')}/`));
  const tests = { ...TEMPLATES, 'page de texte': (u: string) => textUrls.has(u) };
  const pages: Record<string, string> = {};
  const missing: string[] = [];
  for (const [name, matches] of Object.entries(tests)) {
    const url = [...urls].sort().find(matches);
    if (url) pages[name] = url;
    else missing.push(name);
  }
  return { pages, missing };
}
