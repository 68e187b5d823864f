// The guide's data, read once per build and shared by every page (components only render).
import { getCollection, type CollectionEntry } from 'astro:content';
import { readChapterModel } from './lib/chapterModel.ts';
import { lastUpdated } from './lib/lastUpdated.ts';
import { chapterRoute } from './lib/routeData.ts';
import { loadSite } from './lib/loadSite.ts';
import { buildParcours, type ChapterRef, type Parcours } from './lib/parcours.ts';
import { resolveSiteUrl, withBase } from './lib/siteUrl.ts';
import type { GlossaryEntry, Site } from './lib/schemas.ts';
import { loadGlossary } from './lib/loadGlossary.ts';
import { loadCatalogue, type Catalogue } from './lib/catalogue.ts';
import { showDrafts, withoutHidden } from './lib/masquer.ts';
import { contentDir, loadLogo } from './lib/loadSite.ts';
import { loadTexts, plain, type Texts } from './lib/textes.ts';
import { loadSessionPlans, type SessionPlan } from './lib/formations.ts';
import { loadResources, type ResourceTheme } from './lib/ressources.ts';
import { newsLeftOut, pageNames, publishedNews, readNews, withReviews, type NewsEntry } from './lib/nouveautes.ts';
import { FILTER_PAGES } from './lib/catalogueView.ts';
import { ui } from './ui.ts';

export type ChapterEntry = CollectionEntry<'chapitres'>;
export interface ChapterItem extends ChapterRef {
  entry: ChapterEntry;
  href: string;
}

let site: Site | undefined;
/** The validated content of site.yaml. */
export function getSite(): Site {
  site ??= loadSite();
  return site;
}

let base: string | undefined;
/** A site path ("/", "/#parcours", "/alternatives/?usage=x") with the deployment base in front (read like astro.config.mjs does, not from a BASE_URL variable that tools may set). */
export function href(path: string): string {
  base ??= resolveSiteUrl(getSite().url, process.env).base;
  return withBase(base, path);
}

/** A page's public address, as a QR code or a printed page gives it: the site's origin, its base path and the path. */
export function publicAddress(path: string): string {
  return new URL(href(path), resolveSiteUrl(getSite().url, process.env).site).href;
}

/** URL path of a chapter. */
export function chapterHref(id: string): string {
  return href(`/guide/${id}/`);
}

let parcours: Promise<Parcours<ChapterItem>> | undefined;
/** Every chapter in reading order, grouped by part. */
export function getParcours(): Promise<Parcours<ChapterItem>> {
  parcours ??= getCollection('chapitres').then((entries) =>
    buildParcours(
      entries.map((entry) => ({
        id: entry.id,
        file: entry.filePath ?? entry.id,
        titre: entry.data.titre,
        partie: entry.data.partie,
        ordre: entry.data.ordre,
        duree: entry.data.duree,
        entry,
        href: chapterHref(entry.id),
      })),
      getSite().parties,
    ),
  );
  return parcours;
}

let glossary: GlossaryEntry[] | undefined;
/** The glossary, in alphabetical order. */
export function getGlossary(): GlossaryEntry[] {
  glossary ??= loadGlossary();
  return glossary;
}

/** Everything a route hands to its components (see src/middleware.ts). */
export interface Guide {
  site: Site;
  /** The logo's SVG, from the file site.yaml names. */
  logo: string;
  parcours: Parcours<ChapterItem>;
  catalogue: Catalogue;
  glossary: GlossaryEntry[];
  /** The reader-facing texts of content/textes.yaml. */
  texts: Texts;
  /** The text pages of content/pages, served at /<id>/. */
  pages: TextPage[];
  /** The session plans of content/formations, served at /formation/seances/<id>/. */
  sessionPlans: SessionPlan[];
  /** The annotated directory of content/ressources.yaml, by theme. */
  resources: ResourceTheme[];
  /** What changed in the guide (content/nouveautes.yaml and the chapters' reviews), newest first. */
  news: NewsEntry[];
}

/** A page of content/pages, as lists and the header link to it. */
export interface TextPage {
  id: string;
  titre: string;
  href: string;
}

let guide: Promise<Guide> | undefined;
/** The guide's data, loaded once per build. */
export function loadGuide(): Promise<Guide> {
  guide ??= Promise.all([getParcours(), getCollection('pages')]).then(([parcours, pages]) => {
    const texts = loadTexts(contentDir());
    return {
      site: getSite(),
      logo: loadLogo(getSite()),
      parcours,
      catalogue: getCatalogue(),
      glossary: getGlossary(),
      texts,
      pages: pages.map((p) => ({ id: p.id, titre: p.data.titre, href: href(`/${p.id}/`) })),
      // checked against the chapters: a plan naming a missing one stops the build
      sessionPlans: loadSessionPlans(contentDir(), parcours.chapters.map((c) => c.id), getSite().masquer.chapitres),
      resources: loadResources(contentDir()),
      news: loadNews(parcours, texts),
    };
  });
  return guide;
}

/**
 * The news this build publishes: nouveautes.yaml without what it leaves out (hidden pages, drafts), and one entry for
 * each chapter's last review that the file does not already tell of. Its paths are checked once the site is built
 * (src/integrations/nouveautes.ts).
 */
function loadNews(parcours: Parcours<ChapterItem>, texts: Texts): NewsEntry[] {
  const leftOut = newsLeftOut(contentDir(), getSite().masquer, showDrafts());
  const { relecture } = texts.nouveautes;
  return withReviews(
    publishedNews(readNews(contentDir()), leftOut).entries,
    parcours.chapters.map((c) => ({ titre: c.titre, path: `/guide/${c.id}/`, revise_le: c.entry.data.revise_le })),
    { titre: (chapitre) => plain(relecture.titre, { chapitre }), texte: plain(relecture.texte) },
  );
}

/** The name of each page a news entry may link to, by its path (a path missing here is shown as itself). */
export function newsPageNames(guide: Guide): Map<string, string> {
  return pageNames({
    fixed: {
      '/': ui.home,
      '/alternatives/': ui.catalogue,
      '/glossaire/': ui.glossary,
      '/ressources/': ui.resources.title,
      '/plan-du-site/': ui.siteMap,
      '/recherche/': ui.search.title,
      '/formation/': ui.trainer.title,
      '/guide-complet/': ui.booklet.title,
      '/nouveautes/': ui.news.title,
    },
    chapters: guide.parcours.chapters,
    alternatives: guide.catalogue.alternatives,
    platforms: guide.catalogue.platforms.map((p) => ({ id: p.id, titre: plain(guide.texts.remplacer.titre, { plateforme: p.nom }) })),
    usages: guide.catalogue.usages.map((u) => ({ id: u.id, titre: ui.usageOf(u.titre) })),
    filters: Object.fromEntries(FILTER_PAGES.map((f) => [f.slug, f.title])),
    pages: guide.pages,
    sessionPlans: guide.sessionPlans,
    slides: ui.slides.pageTitle,
    handout: ui.trainer.handoutOf,
    script: ui.trainer.scriptOf,
  });
}

/** The static paths of a page made for each chapter: its reading page, its slides, its handout. */
export async function chapterPaths(): Promise<{ params: { chapitre: string }; props: { chapter: ChapterItem } }[]> {
  const { parcours } = await loadGuide();
  return parcours.chapters.map((chapter) => ({ params: { chapitre: chapter.id }, props: { chapter } }));
}

/** A chapter ready for one of its pages: its HTML, its model, and its route data (part, contents, terms, neighbours). */
export async function renderChapter(chapter: ChapterItem, guide: Guide) {
  const { html, frontmatter } = renderedText(chapter.entry, chapter.file);
  const model = readChapterModel(frontmatter, chapter.file);
  const route = chapterRoute({
    parcours: guide.parcours,
    site: guide.site,
    glossary: guide.glossary,
    chapter,
    model,
    sources: chapter.entry.data.sources.length,
    updated: lastUpdated(chapter.file, chapter.entry.data.revise_le).date,
    href,
  });
  return { html, model, route };
}

/** The HTML a chapter or a page was compiled to while the content synced (src/lib/mdxLoader.ts), and its front matter with the model. */
export function renderedText(entry: Pick<CollectionEntry<'chapitres' | 'pages'>, 'rendered'>, file: string) {
  if (!entry.rendered) throw new Error(`${file} : texte non compilé (le chargeur du contenu n’a pas rendu ce fichier)`);
  return { html: entry.rendered.html, frontmatter: entry.rendered.metadata?.frontmatter as Record<string, unknown> | undefined };
}

let catalogue: Catalogue | undefined;
/** The catalogue of alternatives and the platforms they replace, checked as a whole. */
export function getCatalogue(): Catalogue {
  catalogue ??= withoutHidden(loadCatalogue(contentDir()), getSite().masquer);
  return catalogue;
}
