// The pages of a build folder, as the URL paths a reader visits: read by the build's own steps and by the tests.
import { closeSync, openSync, readSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Folders of the build that hold no page of the guide (assets, search index). */
const NOT_PAGES = new Set(['_astro', 'pagefind']);

const REDIRECT_ROOT = '<html lang="fr" data-page-type="redirection">';

/** Whether a built HTML text is the page left at an address that changed (content/redirections.yaml). */
export function isRedirectPage(html: string): boolean {
  return html.includes(REDIRECT_ROOT);
}

/**
 * The first bytes of a built file, where its root element opens (after the doctype): enough to tell a redirect page,
 * without reading a page as long as the booklet whole, once per step that lists the pages.
 */
function headOf(file: string): string {
  const head = Buffer.alloc(1024);
  const fd = openSync(file, 'r');
  try {
    return head.toString('utf8', 0, readSync(fd, head, 0, head.length, 0));
  } finally {
    closeSync(fd);
  }
}

/** Every HTML page of a build, as the URL path a reader would visit; the pages left at old addresses are not counted. */
export function listBuiltPages(dist: string): { url: string; file: string }[] {
  return listHtml(dist).filter((p) => !isRedirectPage(headOf(p.file)));
}

/** The pages left at addresses that changed, which send the reader on to the new ones. */
export function listRedirectPages(dist: string): { url: string; file: string }[] {
  return listHtml(dist).filter((p) => isRedirectPage(headOf(p.file)));
}

/** Every HTML file of a build, redirect pages included. */
export function listHtml(dist: string): { url: string; file: string }[] {
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

