// Route data: what a page and its components need, computed once per route (as Starlight's route data is).
import type { ChapterModel } from './chapterModel.ts';
import { initialOf } from './loadGlossary.ts';
import { neighbours, partOf, type AnnexPage, type ChapterRef, type Parcours, type ParcoursPart } from './parcours.ts';
import type { GlossaryEntry, Site } from './schemas.ts';
import { buildToc, type TocItem } from './toc.ts';
import { ui } from '../ui.ts';

/** Gives a site path with the deployment base in front. */
export type HrefOf = (path: string) => string;

/** A link of the site header; `current` is "page" on this very page, "true" on the section the page belongs to. */
export interface NavLink {
  href: string;
  label: string;
  current?: 'page' | 'true';
}

/** The text page the header links to as « À propos », when the content has one. */
export const ABOUT_PAGE = 'a-propos';

/** The header's links for the page at `path`, with the section it belongs to marked. */
export function siteNavigation(path: string, pages: { id: string }[], href: HrefOf): NavLink[] {
  const here = (p: string) => path === href(p);
  const within = (...prefixes: string[]) => prefixes.some((p) => path.startsWith(href(p)));
  const link = (p: string, label: string, section = false): NavLink => {
    const current = here(p) ? 'page' : section ? 'true' : undefined;
    return current ? { href: href(p), label, current } : { href: href(p), label };
  };
  return [
    { ...link('/#parcours', ui.parcours), ...(within('/guide/') ? { current: 'true' as const } : {}) },
    link('/alternatives/', ui.alternatives, within('/alternatives/', '/remplacer/')),
    link('/glossaire/', ui.glossary),
    link('/plan-du-site/', ui.siteMap),
    ...(pages.some((p) => p.id === ABOUT_PAGE) ? [link(`/${ABOUT_PAGE}/`, ui.about)] : []),
  ];
}

/** The annex pages that are not chapters, in the order the annexes list them. */
export function annexPages(href: HrefOf): AnnexPage[] {
  return [
    { titre: ui.glossary, href: href('/glossaire/') },
    { titre: ui.resources.title, href: href('/ressources/') },
  ];
}

/** The glossary entries of a list of ids, in that order; ids were checked when the chapters compiled. */
export function termsOf(glossary: GlossaryEntry[], ids: string[]): GlossaryEntry[] {
  return ids.map((id) => {
    const entry = glossary.find((t) => t.id === id);
    if (!entry) throw new Error(`terme inconnu du glossaire : ${id}`);
    return entry;
  });
}

/** What the reading page of a chapter shows around its text. */
export interface ChapterRoute<C extends ChapterRef> {
  part: ParcoursPart<C>;
  prev?: C;
  next?: C;
  toc: TocItem[];
  terms: GlossaryEntry[];
  trail: { label: string; href?: string }[];
  updated: Date;
}

/** The route data of a chapter's page, from the guide's data and the chapter's model. */
export function chapterRoute<C extends ChapterRef>(input: {
  parcours: Parcours<C>;
  site: Site;
  glossary: GlossaryEntry[];
  chapter: C;
  model: ChapterModel;
  sources: number;
  updated: Date;
  href: HrefOf;
}): ChapterRoute<C> {
  const { parcours, glossary, chapter, model, href } = input;
  const part = partOf(parcours, chapter.id);
  const { prev, next } = neighbours(parcours, chapter.id);
  const extra = [
    ...(model.keyPointBoxes.length > 0 ? [{ slug: 'a-retenir', text: ui.keyPoints }] : []),
    ...(model.terms.length > 0 ? [{ slug: 'mots-du-glossaire', text: ui.glossaryTerms }] : []),
    ...(input.sources > 0 ? [{ slug: 'sources', text: ui.sources }] : []),
  ];
  return {
    part,
    prev,
    next,
    toc: buildToc(model, extra),
    terms: termsOf(glossary, model.terms),
    trail: [{ label: ui.home, href: href('/') }, { label: part.titre, href: href(`/#partie-${part.id}`) }, { label: chapter.titre }],
    updated: input.updated,
  };
}

/** The glossary filed by initial letter, each « voir » resolved to the term it names. */
export function glossaryByLetter(terms: GlossaryEntry[]): { letter: string; terms: (GlossaryEntry & { seeAlso: { id: string; terme: string }[] })[] }[] {
  const letters = [...new Set(terms.map((t) => initialOf(t.terme)))];
  return letters.map((letter) => ({
    letter,
    terms: terms
      .filter((t) => initialOf(t.terme) === letter)
      .map((t) => ({ ...t, seeAlso: termsOf(terms, t.voir ?? []).map(({ id, terme }) => ({ id, terme })) })),
  }));
}
