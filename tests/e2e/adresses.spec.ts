// A published address never disappears: every address of tests/adresses-publiees.txt is still a page of the build or
// the redirect page of content/redirections.yaml, each redirect page leads at once where it says, and every page of
// the build is on the list (so that renaming it later is caught).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from '@playwright/test';
import { listBuiltPages, listRedirectPages } from '../support/builtSite.ts';
import { test } from '../support/pageChecks.ts';
import { checkRedirectPage } from '../support/redirections.ts';
import { PUBLISHED_FILE, readPublished } from '../../src/lib/adresses.ts';
import { isHiddenAddress } from '../../src/lib/masquer.ts';
import { contentDir, loadSite } from '../../src/lib/loadSite.ts';
import { loadRedirections } from '../../src/lib/redirections.ts';

const DIST = 'dist';

if (existsSync(DIST)) {
  const pages = new Set(listBuiltPages(DIST).map((p) => p.url));
  const redirects = listRedirectPages(DIST);
  const redirections = loadRedirections(contentDir());
  // what this version hides was published by the guide it comes from, not by it (a fork's site.yaml)
  const hidden = loadSite(contentDir()).masquer;
  const isHidden = (url: string) => isHiddenAddress(url, hidden);
  const published = readPublished();

  test('every address the guide has published still answers, as a page or a redirect', () => {
    expect(published.length).toBeGreaterThan(100);
    const answering = new Set([...pages, ...redirects.map((r) => r.url)]);
    // a feed is a file of the build, not a page
    const isFile = (url: string) => !url.endsWith('/') && !url.endsWith('.html') && existsSync(join(DIST, url));
    const gone = published.filter((url) => !answering.has(url) && !isFile(url) && !isHidden(url));
    expect(gone, `adresses disparues : ajoutez une redirection par adresse dans ${contentDir()}/redirections.yaml`).toEqual([]);
  });

  test('every page of the build is on the list of published addresses', () => {
    const listed = new Set(published);
    const missing = [...pages].filter((url) => !listed.has(url));
    expect(missing, `pages absentes de ${PUBLISHED_FILE} : lancez « npm run build » puis « npm run adresses »`).toEqual([]);
  });

  test('the redirect pages are exactly those of redirections.yaml', () => {
    expect(redirects.map((r) => r.url)).toEqual(redirections.map((r) => r.de).sort());
  });

  for (const { de, vers } of redirections) {
    test(`${de} leads at once to ${vers}, and passes the page checks`, async ({ page, request }) => {
      await checkRedirectPage(page, request, { url: de, file: redirects.find((r) => r.url === de)!.file, basePath: '/', target: vers });
    });
  }
}
