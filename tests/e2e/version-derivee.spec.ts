// Another organisation's version of the guide (tests/support/sousChemin.mjs), built from the guide's content with only
// site.yaml and a logo changed: its name, palette, logo, contact and legal notice show on every page, the original
// authors only in the attribution, the citations marked as theirs and the sources, and what it hides is gone.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from '@playwright/test';
import { listBuiltPages, listRedirectPages } from '../support/builtSite.ts';
import { checkRedirectPage } from '../support/redirections.ts';
import { test } from '../support/pageChecks.ts';
import { ORIGINE } from '../../src/lib/origine.ts';
import { REDIRECTIONS_DERIVEE, SOUS_CHEMIN, VERSION_DERIVEE as V } from '../support/sousChemin.mjs';

const { base, dist } = SOUS_CHEMIN;
const original = readFileSync('content/site.yaml', 'utf8');
const originalName = /^nom: "([^"]+)"/m.exec(original)![1];
const hiddenChapter = V.masquer.chapitres[0];
const hiddenAlternative = V.masquer.alternatives[0];
const hiddenPlatform = V.masquer.plateformes[0];
const hiddenPaths = [
  `guide/${hiddenChapter}/`,
  `projection/${hiddenChapter}/`,
  `fiche/${hiddenChapter}/`,
  `formation/deroule/${hiddenChapter}/`,
  `alternatives/${hiddenAlternative}/`,
  `remplacer/${hiddenPlatform}/`,
];

/** A page's HTML without what may name the original authors: the attribution, the citations marked as theirs, the sources. */
function withoutCitations(html: string): string {
  return html
    .replace(/<p class="attribution[^"]*">.*?<\/p>/gs, '')
    .replace(/<span class="origine">[^<]*<\/span>/g, '')
    .replace(/<section class="sources".*?<\/section>/gs, '');
}

if (existsSync(dist)) {
  const pages = listBuiltPages(dist).map((p) => ({ ...p, html: readFileSync(p.file, 'utf8') }));
  const logoPath = /<path class="s-marque-trait" d="([^"]+)"/.exec(V.logoSvg)![1];

  test('every page carries the version’s name, logo, publisher and the attribution to the original guide', () => {
    expect(pages.length).toBeGreaterThan(100);
    const problems = pages.flatMap(({ url, html }) => {
      const title = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '';
      const header = /<header class="site-header">.*?<\/header>/s.exec(html)?.[0] ?? '';
      const footer = /<footer class="site-footer">.*?<\/footer>/s.exec(html)?.[0] ?? '';
      // slides have no header or footer: their title slide names the version and its publisher
      if (url.startsWith('/projection/')) {
        const site = /<p class="diapo-site">([^<]*)<\/p>/.exec(html)?.[1] ?? '';
        return site === `${V.nom} · ${V.organisation.nom}` && html.includes(`<a href="${ORIGINE.site}">${ORIGINE.auteurs}</a>`) ? [] : [`${url} : page de titre`];
      }
      const found = [
        [title.includes(V.nom) || url === '/404.html', 'nom dans le titre'],
        [!title.includes(originalName), `« ${originalName} » dans le titre`],
        [header.includes(V.nom) && !header.includes(originalName), 'nom dans l’en-tête'],
        [header.includes(`d="${logoPath}"`), 'logo de la version'],
        [footer.includes(`<a href="${V.organisation.site}">${V.organisation.nom}</a> (${V.organisation.ville})`), 'éditeur en pied de page'],
        [footer.includes(`<a href="${ORIGINE.site}">${ORIGINE.auteurs}</a> (${ORIGINE.ville})`), 'attribution au guide d’origine'],
      ] as const;
      return found.filter(([ok]) => !ok).map(([, what]) => `${url} : ${what}`);
    });
    expect(problems).toEqual([]);
  });

  test('no page names the original publisher but in the attribution, the citations of its authors and the sources', () => {
    const naming = pages.filter(({ html }) => withoutCitations(html).includes(ORIGINE.auteurs)).map((p) => p.url);
    expect(naming).toEqual([]);
    // the citations are there: the check above is not passing on pages that lost their text
    expect(pages.find((p) => p.url === '/guide/mode-d-emploi/')!.html).toContain(`<span class="origine">${ORIGINE.auteurs}</span>`);
  });

  test('the chapters and pages name the version’s publisher, its contact and its legal notice', () => {
    const page = (url: string) => pages.find((p) => p.url === url)!.html;
    const about = page('/a-propos/');
    expect(about).toContain(`Cette version du guide est publiée par ${V.organisation.nom}.`);
    expect(about).toContain(`<a href="${V.organisation.contact}">`);
    expect(about).toContain(`mailto:${V.organisation.courriel}`);
    // « pas seulement <Editeur /> » in the first chapter
    expect(page('/guide/mode-d-emploi/')).toContain(`pas seulement ${V.organisation.nom}`);
    const legal = page('/mentions-legales/');
    for (const value of [...Object.values(V.mentions_legales.editeur), ...Object.values(V.mentions_legales.hebergeur)]) {
      expect(legal.replace(/\s+/g, ' ')).toContain(value.replace(/ (?=[:;?!»])/g, ' '));
    }
    expect(legal).not.toContain('À compléter');
  });

  test('the palette of the version’s site.yaml is the theme, light and dark', async ({ page }) => {
    const accent = () => page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--color-accent').trim());
    await page.goto('guide/quand/');
    expect(await accent()).toBe(V.couleurs.clair.accent);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await accent()).toBe(V.couleurs.sombre.accent);
    const css = pages.flatMap(({ html }) => [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1]));
    const sheets = [...new Set(css)].map((href) => readFileSync(join(dist, href.slice(base.length)), 'utf8')).join('\n');
    expect(sheets).toContain(`--color-fond:${V.couleurs.clair.fond}`);
    expect(sheets).not.toContain('--color-accent:#0b5d4b');
    // the favicon is the version's logo in its colours
    const favicon = readFileSync(join(dist, 'favicon.svg'), 'utf8');
    expect(favicon).toContain(`d="${logoPath}"`);
    expect(favicon).toContain(`.s-marque{fill:${V.couleurs.clair.accent}}`);
  });

  test('the hidden chapter, alternative and platform have no page, no link and no line in the site plan', () => {
    for (const path of hiddenPaths) expect(existsSync(join(dist, path, 'index.html')), path).toBe(false);
    const linking = pages.filter(({ html }) => hiddenPaths.some((p) => html.includes(`href="${base}${p}`))).map((p) => p.url);
    expect(linking).toEqual([]);
    const plan = pages.find((p) => p.url === '/plan-du-site/')!.html;
    expect(plan).not.toContain(hiddenChapter);
    expect(plan).not.toContain(`remplacer/${hiddenPlatform}/`);
    // the words that linked to them stay, as text
    expect(pages.find((p) => p.url === '/guide/quand/')!.html).toMatch(/CryptPad/);
  });

  test('search finds nothing on the hidden chapter, alternative and platform, and still finds the rest', async ({ page }) => {
    await page.goto('guide/quand/');
    await page.keyboard.press('/');
    const dialog = page.getByRole('dialog', { name: 'Rechercher dans le guide' });
    const results = dialog.locator('.recherche-resultats a');
    for (const words of ['CryptPad', 'double authentification', 'gestionnaire de mots de passe', 'Google Photos']) {
      await dialog.getByLabel('Votre question, ou quelques mots').fill(words);
      await expect(dialog.locator('.recherche-resultats li').first()).toBeVisible();
      const hrefs = await results.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      expect(hrefs.length, words).toBeGreaterThan(0);
      expect(hrefs.filter((h) => hiddenPaths.some((p) => h.startsWith(`${base}${p}`))), words).toEqual([]);
    }
  });
}

if (existsSync(dist)) {
  const redirects = listRedirectPages(dist);

  test('each address the version renamed has its redirect page, and no other page is one', () => {
    expect(redirects.map((r) => r.url)).toEqual(REDIRECTIONS_DERIVEE.map((r) => r.de).sort());
  });

  for (const { de, vers } of REDIRECTIONS_DERIVEE) {
    test(`sous ${base} : ${de} leads at once to ${vers}, and passes the page checks`, async ({ page, request }) => {
      await checkRedirectPage(page, request, { url: de, file: redirects.find((r) => r.url === de)!.file, basePath: base, target: vers });
    });
  }
}
