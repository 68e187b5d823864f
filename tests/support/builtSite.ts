import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Folders of the build that hold no page of the guide (assets, search index). */
const NOT_PAGES = new Set(['_astro', 'pagefind']);

/** Every HTML page of a build, as the URL path a reader would visit. */
export function listBuiltPages(dist: string): { url: string; file: string }[] {
  const pages: { url: string; file: string }[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!NOT_PAGES.has(entry.name)) walk(full);
      } else if (entry.name.endsWith('.html')) {
        pages.push({ url: urlOf(relative(dist, full)), file: full });
      }
    }
  };
  walk(dist);
  return pages.sort((a, b) => a.url.localeCompare(b.url));
}

/** URL path of a built file: "guide/x/index.html" is "/guide/x/", "404.html" stays "/404.html". */
export function urlOf(relativeFile: string): string {
  const path = relativeFile.split(sep).join('/');
  return path === 'index.html' ? '/' : path.endsWith('/index.html') ? `/${path.slice(0, -'index.html'.length)}` : `/${path}`;
}

/** The page templates of the guide, each found by the shape of its URL. */
export const TEMPLATES: Record<string, (url: string) => boolean> = {
  accueil: (u) => u === '/',
  chapitre: (u) => /^\/guide\/[^/]+\/$/.test(u),
  alternative: (u) => /^\/alternatives\/(?!filtres\/)[^/]+\/$/.test(u),
  remplacer: (u) => /^\/remplacer\/[^/]+\/$/.test(u),
  catalogue: (u) => u === '/alternatives/',
  filtre: (u) => /^\/alternatives\/filtres\/[^/]+\/$/.test(u),
  glossaire: (u) => u === '/glossaire/',
  'plan du site': (u) => u === '/plan-du-site/',
  recherche: (u) => u === '/recherche/',
  'page 404': (u) => u === '/404.html',
};

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
