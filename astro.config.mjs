// @ts-check
import { defineConfig } from 'astro/config';
import { satteri } from '@astrojs/markdown-satteri';
import tailwindcss from '@tailwindcss/vite';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { cacheDirFor, contentDir, loadSite } from './src/lib/loadSite.ts';
import { loadGlossary } from './src/lib/loadGlossary.ts';
import { loadCatalogue } from './src/lib/catalogue.ts';
import { resolveSiteUrl } from './src/lib/siteUrl.ts';
import { chapterFiles, checkHidden, hiddenAddresses, showDrafts, withoutHidden } from './src/lib/masquer.ts';
import { forgeIsPlaceholder } from './src/lib/forge.ts';
import { legalPlaceholders } from './src/lib/origine.ts';
import { diagramIds, unpairedNarrowFiles } from './src/lib/diagrams.ts';
import { guideMdxPlugin } from './src/lib/mdxPipeline.ts';
import { internalLinks } from './src/integrations/internalLinks.ts';
import { newsPages } from './src/integrations/nouveautes.ts';
import { leftOutBy, readNews } from './src/lib/nouveautes.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { cspPerPage } from './src/integrations/csp.ts';
import { couleursDuGuide } from './src/integrations/couleurs.ts';
import { redirectionsCheck } from './src/integrations/redirections.ts';
import { loadRedirections } from './src/lib/redirections.ts';
import { sobrieteMesures } from './src/integrations/sobriete.ts';
import { SEARCH_UI } from './src/lib/recherche.ts';
import { copieHorsLigne } from './src/integrations/horsLigne.ts';
import { copieModule } from './src/integrations/copieModule.ts';
import { livretAssemble } from './src/integrations/livret.ts';
import { memoireDeConstruction } from './src/integrations/memoire.ts';

const site = loadSite();
const schemasDir = join(contentDir(), 'schemas');
const schemaFiles = existsSync(schemasDir) ? readdirSync(schemasDir) : [];
// a narrow variant left behind by a renamed diagram would never show: stop the build, naming it
const unpaired = unpairedNarrowFiles(schemaFiles).map((f) => join(schemasDir, f));
if (unpaired.length > 0) throw new Error(`variante étroite sans son schéma (<id>.svg à côté de <id>.etroit.svg) : ${unpaired.join(', ')}`);
const catalogue = loadCatalogue(contentDir());
const chaptersDir = join(contentDir(), 'chapitres');
// chapters site.yaml hides and drafts (outside « npm run dev ») are not compiled; what links to them is unlinked
const chapters = chapterFiles(contentDir(), site.masquer, showDrafts());
checkHidden(site.masquer, [...chapters.shown, ...chapters.hidden, ...chapters.drafts], catalogue, join(contentDir(), 'site.yaml'));
const chapterIds = chapters.shown;
/** @type {[string, string[]][]} */
const leftOutLists = [
  ['Chapitres masqués par site.yaml', chapters.hidden],
  ['Chapitres en brouillon, laissés de côté', chapters.drafts],
  ['Alternatives masquées par site.yaml', site.masquer.alternatives],
  ['Plateformes masquées par site.yaml', site.masquer.plateformes],
];
for (const [what, ids] of leftOutLists) if (ids.length > 0) console.warn(`\n⚠ ${what} : ${ids.join(', ')}\n`);
const glossary = loadGlossary();
// Ids a chapter may refer to: an unknown one stops the build, naming the chapter
const knownRefs = {
  Terme: { ids: new Set(glossary.map((t) => t.id)), where: `${contentDir()}/glossaire.yaml` },
  Schema: {
    ids: new Set(diagramIds(schemaFiles)),
    where: `${schemasDir}/ (fichier .svg)`,
  },
  Alternative: { ids: new Set(catalogue.alternatives.map((a) => a.id)), where: `${contentDir()}/alternatives/` },
  Comparatif: { ids: new Set(catalogue.platforms.map((p) => p.id)), where: `${contentDir()}/plateformes/`, attribute: 'plateforme' },
  MesuresDuGuide: { ids: new Set(chapterIds), where: `${chaptersDir}/`, attribute: 'chapitre' },
};
const url = resolveSiteUrl(site.url, process.env);
// what the components of a chapter read when they become HTML (src/lib/composants.ts)
const components = { base: url.base, site, catalogue: withoutHidden(catalogue, site.masquer), schemasDir };
if (url.placeholder) {
  console.warn(
    `\n⚠ Adresse publique provisoire (${url.site}${url.base}) : renseignez « url » dans content/site.yaml ou la variable SITE_URL avant de publier.\n`,
  );
}

const waiting = legalPlaceholders(site.mentions_legales);
if (waiting.length > 0) {
  console.warn(`\n⚠ Mentions légales à compléter dans content/site.yaml avant de publier : ${waiting.join(', ')}\n`);
}

const cacheDir = cacheDirFor();

if (forgeIsPlaceholder(site)) {
  console.warn(
    `\n⚠ Forge provisoire (${site.forge.depot}) : les liens « Modifier cette page » sont masqués et « Signaler une erreur » mène au contact de l’organisation. Renseignez « forge » dans content/site.yaml.\n`,
  );
}

// links written in the MDX get the base path while compiling, and are checked against the built site
// what this build leaves out: what site.yaml hides, and the drafts (a link to a draft is unlinked too: it is not built)
const leftOutItems = { ...site.masquer, chapitres: [...chapters.hidden, ...chapters.drafts] };
const links = internalLinks(contentDir(), new Set(leftOutItems.chapitres.map((id) => `/guide/${id}/`)));
// a bad date or an empty title in nouveautes.yaml stops the build here; its pages are checked once the site is built
const news = readNews(contentDir());
const newsLeftOut = leftOutBy(leftOutItems.chapitres, leftOutItems.alternatives, leftOutItems.plateformes);
const hidden = {
  paths: hiddenAddresses(leftOutItems),
  alternatives: new Map(catalogue.alternatives.filter((a) => site.masquer.alternatives.includes(a.id)).map((a) => [a.id, a.nom])),
  platforms: new Set(site.masquer.plateformes),
  record: links.recordUnlinked,
};

export default defineConfig({
  site: url.site,
  base: url.base,
  trailingSlash: 'always',
  ...(cacheDir ? { cacheDir } : {}),
  devToolbar: { enabled: false },
  build: { format: 'directory', inlineStylesheets: 'never' },
  markdown: {
    // Sätteri, Astro's own processor, parses in native code; smart punctuation would produce English quotes: French
    // typography is applied to text nodes instead, with the other steps of the guide (src/lib/mdxPipeline.ts)
    processor: satteri({
      features: { smartPunctuation: false },
      mdastPlugins: [guideMdxPlugin({ knownRefs, links: { base: url.base, record: links.record }, hidden, components })],
    }),
    syntaxHighlight: false,
  },
  // the booklet gets its chapters first, so that every later step reads it whole; the link check runs before the
  // search index, so a broken link stops the build before indexing; the sobriety measures read the pages once the
  // security policy has rewritten them, and fill their table before indexing; the offline copy comes last, since the
  // search index is part of it
  integrations: [
    livretAssemble(),
    memoireDeConstruction(),
    links.integration,
    redirectionsCheck(loadRedirections(contentDir())),
    newsPages(contentDir(), news, newsLeftOut),
    cspPerPage(),
    sobrieteMesures(url.base),
    pagefindIndex(glossary),
    copieHorsLigne(url.base),
  ],
  vite: {
    plugins: [tailwindcss(), couleursDuGuide(site.couleurs), copieModule()],
    build: {
      rolldownOptions: {
        // Astro marks each MDX module with a directive of its own, which the bundler warns it may move: one warning
        // and its code frame per chapter, thousands of lines for a large guide, and nothing a writer can change
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && String(warning.message).includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
    environments: {
      client: {
        build: {
          rolldownOptions: {
            output: {
              // the search interface keeps one address, so that the small script of every page can load it on
              // demand without the bundler's loader (which would weigh on every page); other chunks keep hashed names
              chunkFileNames: (chunk) => (chunk.name === 'rechercheUi' ? SEARCH_UI : '_astro/[name].[hash].js'),
            },
          },
        },
      },
    },
  },
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // Pagefind compiles its WebAssembly on the main thread when workers are unavailable
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
});
