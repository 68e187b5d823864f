import type { Alternative, Catalogue, Platform, Usage } from './catalogue.ts';
import { publicFilterValues } from './publics.ts';
import type { Source } from './schemas.ts';
import { licenceFamily, spdxUrl } from './spdx.ts';
import { ui } from '../ui.ts';

type Ease = 1 | 2 | 3;

/** What a reader can filter the catalogue on. */
export interface Filters {
  usage?: string;
  public?: 'structures' | 'particuliers';
  facilite?: Ease;
  auto?: boolean;
}

/** The facts of an entry that filters look at (as written on its list item's data attributes). */
export interface FilterFacts {
  usage: string;
  public: readonly string[];
  facilite: number;
  auto: boolean;
}

export function filterFacts(alt: Alternative): FilterFacts {
  return { usage: alt.usage, public: alt.public, facilite: alt.facilite_utilisation, auto: alt.auto_hebergeable };
}

/** Whether an entry matches every filter set (an unset filter matches all). Shared by the pre-built pages and the browser script. */
export function matchesFilters(facts: FilterFacts, filters: Filters): boolean {
  return (
    (filters.usage === undefined || facts.usage === filters.usage) &&
    (filters.public === undefined || facts.public.includes(filters.public)) &&
    (filters.facilite === undefined || facts.facilite === filters.facilite) &&
    (filters.auto === undefined || facts.auto === filters.auto)
  );
}

type FilterSlug = keyof typeof ui.filterPageTitles;
const filterPage = (slug: FilterSlug, group: 'public' | 'facilite' | 'auto', label: string, filters: Filters) => ({ slug, group, label, title: ui.filterPageTitles[slug], filters });

/** The pages that show one filter value without JavaScript, at /alternatives/filtres/<slug>/. */
export const FILTER_PAGES = [
  filterPage('pour-les-structures', 'public', ui.publicWords.structures, { public: 'structures' }),
  filterPage('pour-les-particuliers', 'public', ui.publicWords.particuliers, { public: 'particuliers' }),
  filterPage('facile', 'facilite', ui.useEase[3], { facilite: 3 }),
  filterPage('temps-d-adaptation', 'facilite', ui.useEase[2], { facilite: 2 }),
  filterPage('a-l-aise', 'facilite', ui.useEase[1], { facilite: 1 }),
  filterPage('auto-hebergeables', 'auto', ui.filterSelfHostingOnly, { auto: true }),
];

/** The slugs of the filter pages that show at least one alternative of this usage (and so carry its section's anchor). */
export function filterPagesShowing(catalogue: Catalogue, usageId: string): Set<string> {
  const ofUsage = catalogue.alternatives.filter((a) => a.usage === usageId).map(filterFacts);
  return new Set(FILTER_PAGES.filter((page) => ofUsage.some((facts) => matchesFilters(facts, page.filters))).map((page) => page.slug));
}

interface CatalogueIndex {
  usages: Map<string, Usage>;
  platforms: Map<string, Platform>;
  alternatives: Map<string, Alternative>;
}
const indexes = new WeakMap<Catalogue, CatalogueIndex>();

/** The catalogue's entries by id, built once per catalogue. */
function indexOf(catalogue: Catalogue): CatalogueIndex {
  let index = indexes.get(catalogue);
  if (!index) {
    const byId = <T extends { id: string }>(list: T[]) => new Map(list.map((entry) => [entry.id, entry]));
    index = { usages: byId(catalogue.usages), platforms: byId(catalogue.platforms), alternatives: byId(catalogue.alternatives) };
    indexes.set(catalogue, index);
  }
  return index;
}

/** Find one entry by id, or throw an error naming the kind and the id (ids were checked when the catalogue loaded). */
function lookUp<K extends keyof CatalogueIndex>(catalogue: Catalogue, kind: K, id: string, name: string) {
  const entry = indexOf(catalogue)[kind].get(id) as ReturnType<CatalogueIndex[K]['get']>;
  if (!entry) throw new Error(`${name} inconnue du catalogue : « ${id} »`);
  return entry as NonNullable<typeof entry>;
}

/** The alternative with this id. */
export const findAlternative = (catalogue: Catalogue, id: string): Alternative => lookUp(catalogue, 'alternatives', id, 'alternative');
/** The platform with this id. */
export const findPlatform = (catalogue: Catalogue, id: string): Platform => lookUp(catalogue, 'platforms', id, 'plateforme');
/** The usage with this id. */
export const findUsage = (catalogue: Catalogue, id: string): Usage => lookUp(catalogue, 'usages', id, 'usage');

/** Alternatives grouped by usage, in the order of usages.yaml, each group sorted by name; empty groups left out. */
export function groupByUsage(catalogue: Catalogue, filters: Filters = {}): { usage: Usage; alternatives: Alternative[] }[] {
  return catalogue.usages
    .map((usage) => ({
      usage,
      alternatives: catalogue.alternatives
        .filter((a) => a.usage === usage.id && matchesFilters(filterFacts(a), filters))
        .sort((a, b) => a.nom.localeCompare(b.nom, 'fr', { sensitivity: 'base' })),
    }))
    .filter((group) => group.alternatives.length > 0);
}

/** The alternatives that replace a platform, sorted by ease of use then name. */
export function alternativesFor(catalogue: Catalogue, platformId: string): Alternative[] {
  return catalogue.alternatives.filter((a) => a.remplace.includes(platformId)).sort(easiestFirst);
}

/** The platforms an alternative replaces, in the order it lists them. */
export function platformsReplacedBy(catalogue: Catalogue, alt: Alternative): Platform[] {
  return alt.remplace.map((id) => findPlatform(catalogue, id));
}

/** A one-line summary usable inside a sentence: first letter lowered, final full stop dropped. */
export function inlineSummary(resume: string): string {
  const trimmed = resume.trim().replace(/[.\s]+$/, '');
  // a capital that only starts the sentence is lowered; a name (PeerTube, CalDAV) keeps its capitals
  return /^[A-ZÀ-Ý][a-zà-ÿ’'-]*(\s|$)/.test(trimmed) ? trimmed.charAt(0).toLowerCase() + trimmed.slice(1) : trimmed;
}

/** The page of a usage: its alternatives, the simplest first. */
export const usagePath = (id: string) => `/alternatives/usages/${id}/`;

/** The usages that have alternatives, in the order of usages.yaml, each with its page and how many alternatives it holds. */
export function usageSummaries(catalogue: Catalogue): { usage: Usage; path: string; count: number }[] {
  return catalogue.usages
    .map((usage) => ({ usage, path: usagePath(usage.id), count: catalogue.alternatives.filter((a) => a.usage === usage.id).length }))
    .filter((u) => u.count > 0);
}

/** The alternatives of one usage, the easiest to use first, then by name. */
export function alternativesOfUsage(catalogue: Catalogue, usageId: string): Alternative[] {
  return catalogue.alternatives.filter((a) => a.usage === usageId).sort(easiestFirst);
}

/** Tools the easiest to use first, then by name; protocols, there to understand rather than to use, last. */
function easiestFirst(a: Alternative, b: Alternative): number {
  const understand = (x: Alternative) => (x.type === 'protocole' ? 1 : 0);
  return understand(a) - understand(b) || b.facilite_utilisation - a.facilite_utilisation || a.nom.localeCompare(b.nom, 'fr', { sensitivity: 'base' });
}

/** How a reader starts using an alternative: online with nothing to install, an app to install, or a server. */
export function howToStart(alt: Alternative): string {
  if (alt.sans_installer.length > 0) return ui.howToStart.online;
  if (alt.facilite_installation === 3) return ui.howToStart.app;
  return ui.howToStart.server;
}

/** Platforms in the order a reader looks for them: by displayed name. */
export function platformsByName(catalogue: Catalogue): Platform[] {
  return [...catalogue.platforms].sort((a, b) => a.nom.localeCompare(b.nom, 'fr', { sensitivity: 'base' }));
}

/** A link inside the site: its words and its site path (the base is put in front when rendered). */
export interface Link {
  text: string;
  path: string;
}

/** Everything every place that shows an alternative says about it, in words: its page, the comparison table, the list, the search filters. */
export interface AlternativeView {
  id: string;
  nom: string;
  path: string;
  /** « Logiciel », « Service en ligne », « Protocole ». */
  type: string;
  /** A protocol: shown « pour comprendre », not as a tool to install. */
  understand: boolean;
  /** What it is, as its page's kicker and its comparison card say: « Logiciel », « Pour comprendre · Protocole ». */
  kind: string;
  /** Whom it suits and whom it does not, in one sentence each. */
  forWhom: string;
  notForWhom: string;
  /** What whoever installs it must know: folded away from the first view. */
  installNotes: string[];
  usage: Link & { id: string };
  resume: string;
  /** The summary as it fits inside a sentence of a chapter. */
  inlineResume: string;
  description: string;
  licence?: { expression: string; family: string; words: string; url: string; precision?: string };
  norme?: string;
  service?: { logiciel: string; exploitant: string };
  /** The licence in words: « libre, licence AGPL », or that a protocol has none. */
  licenceWords: string;
  /** Ease of use in words, with where it sits on the three-level scale. */
  use: { level: Ease; words: string; scale: string };
  install: { level: Ease; words: string; scale: string };
  selfHostable: boolean;
  howToStart: string;
  /** Who it is for, in words (« les structures ») and in the search filter's vocabulary (« Structures »). */
  publics: { words: string[]; filterValues: string[] };
  replaces: (Link & { id: string })[];
  cost: string;
  site: { url: string; host: string };
  /** Where to use it without installing anything; a date only where it differs from the entry's. */
  withoutInstall: { nom: string; url: string; precision?: string; checkedOn?: Date }[];
  steps: string[];
  strengths: string[];
  limits: string[];
  sources: Source[];
  checkedOn: Date;
  /** The line of facts a list shows after the summary: ease in words and how to start. */
  listFacts: string;
  /** The facts the catalogue filters read from the list item. */
  filters: FilterFacts;
}

/** Describe an alternative, once, for every place that shows it. */
export function describeAlternative(alt: Alternative, catalogue: Catalogue): AlternativeView {
  const usage = findUsage(catalogue, alt.usage);
  const replaces = platformsReplacedBy(catalogue, alt).map((p) => ({ id: p.id, text: p.nom, path: `/remplacer/${p.id}/` }));
  const family = alt.licence ? licenceFamily(alt.licence) : undefined;
  const licence =
    alt.licence && family
      ? { expression: alt.licence, family, words: ui.freeLicence(family), url: spdxUrl(alt.licence), precision: alt.licence_precision }
      : undefined;
  const use = { level: alt.facilite_utilisation, words: ui.useEase[alt.facilite_utilisation], scale: ui.easeScale[alt.facilite_utilisation] };
  const start = howToStart(alt);
  const type = ui.altTypes[alt.type];
  return {
    id: alt.id,
    nom: alt.nom,
    path: `/alternatives/${alt.id}/`,
    type,
    understand: alt.type === 'protocole',
    kind: alt.type === 'protocole' ? `${ui.understand} · ${type}` : type,
    forWhom: alt.pour_qui,
    notForWhom: alt.pas_pour_qui,
    installNotes: alt.installer,
    usage: { id: usage.id, text: usage.titre, path: usagePath(usage.id) },
    resume: alt.resume,
    inlineResume: inlineSummary(alt.resume),
    description: alt.description,
    licence,
    norme: alt.norme,
    service: alt.logiciel !== undefined && alt.exploitant !== undefined ? { logiciel: alt.logiciel, exploitant: alt.exploitant } : undefined,
    licenceWords: licence ? licence.words : ui.openProtocol,
    use,
    install: { level: alt.facilite_installation, words: ui.installEase[alt.facilite_installation], scale: ui.easeScale[alt.facilite_installation] },
    selfHostable: alt.auto_hebergeable,
    howToStart: start,
    publics: { words: alt.public.map((p) => ui.publicWords[p]), filterValues: publicFilterValues(alt.public) },
    replaces,
    cost: alt.cout,
    site: { url: alt.site, host: new URL(alt.site).hostname },
    withoutInstall: alt.sans_installer.map((s) => ({ nom: s.nom, url: s.url, precision: s.precision, checkedOn: s.verifie_le.getTime() !== alt.verifie_le.getTime() ? s.verifie_le : undefined })),
    steps: alt.demarrer,
    strengths: alt.points_forts,
    limits: alt.limites,
    sources: alt.sources,
    checkedOn: alt.verifie_le,
    listFacts: alt.type === 'protocole' ? `${ui.understand} · ${ui.openProtocol}` : [ui.listUse(use.words), ui.listStart(start)].join(' · '),
    filters: filterFacts(alt),
  };
}

/** A platform's page: its usage, its alternatives described, the advice with each alternative's name, and the search filter `public`. */
export function describePlatform(platform: Platform, catalogue: Catalogue) {
  const usage = findUsage(catalogue, platform.usage);
  const replacing = alternativesFor(catalogue, platform.id);
  const alternatives = replacing.map((alt) => describeAlternative(alt, catalogue));
  return {
    platform,
    usage: { id: usage.id, text: usage.titre, path: usagePath(usage.id) },
    alternatives,
    noEquivalent: platform.sans_equivalent,
    advice: platform.choisir.map((c) => {
      const alt = findAlternative(catalogue, c.alternative);
      return { situation: c.situation, alternative: { text: alt.nom, path: `/alternatives/${alt.id}/` } };
    }),
    // the page helps whoever one of its alternatives suits, so it is found under each of their publics
    publicFilterValues: publicFilterValues(replacing.flatMap((a) => a.public)),
  };
}
export type PlatformView = ReturnType<typeof describePlatform>;
