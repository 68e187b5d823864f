import type { Alternative, Catalogue, Platform, Usage } from './catalogue.ts';

export const TYPE_LABELS: Record<Alternative['type'], string> = {
  logiciel: 'Logiciel',
  service: 'Service en ligne',
  protocole: 'Protocole',
};

export const USE_EASE: Record<1 | 2 | 3, string> = {
  3: 'facile',
  2: 'demande un temps d’adaptation',
  1: 'pour personnes à l’aise avec l’informatique',
};

export const INSTALL_EASE: Record<1 | 2 | 3, string> = {
  3: 'rien à installer, ou une installation courante',
  2: 'serveur simple, documentation guidée',
  1: 'demande une administration système',
};


/** What a reader can filter the catalogue on. */
export interface Filters {
  usage?: string;
  public?: 'structures' | 'particuliers';
  facilite?: 1 | 2 | 3;
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

/** The pages that show one filter value without JavaScript, at /alternatives/filtres/<slug>/. */
export const FILTER_PAGES: { slug: string; group: 'public' | 'facilite' | 'auto'; label: string; title: string; filters: Filters }[] = [
  { slug: 'pour-les-structures', group: 'public', label: 'les structures', title: 'Alternatives pour les structures', filters: { public: 'structures' } },
  { slug: 'pour-les-particuliers', group: 'public', label: 'les particuliers', title: 'Alternatives pour les particuliers', filters: { public: 'particuliers' } },
  { slug: 'facile', group: 'facilite', label: USE_EASE[3], title: 'Alternatives faciles à utiliser', filters: { facilite: 3 } },
  { slug: 'temps-d-adaptation', group: 'facilite', label: USE_EASE[2], title: 'Alternatives qui demandent un temps d’adaptation', filters: { facilite: 2 } },
  { slug: 'a-l-aise', group: 'facilite', label: USE_EASE[1], title: 'Alternatives pour personnes à l’aise avec l’informatique', filters: { facilite: 1 } },
  {
    slug: 'auto-hebergeables',
    group: 'auto',
    label: 'seulement celles qu’une structure peut installer sur son serveur',
    title: 'Alternatives auto-hébergeables',
    filters: { auto: true },
  },
];

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
  return catalogue.alternatives
    .filter((a) => a.remplace.includes(platformId))
    .sort((a, b) => b.facilite_utilisation - a.facilite_utilisation || a.nom.localeCompare(b.nom, 'fr'));
}

/** The platforms an alternative replaces, in the order it lists them. */
export function platformsReplacedBy(catalogue: Catalogue, alt: Alternative): Platform[] {
  return alt.remplace.map((id) => catalogue.platforms.find((p) => p.id === id)).filter((p): p is Platform => p !== undefined);
}

/** A one-line summary usable inside a sentence: first letter lowered, final full stop dropped. */
export function inlineSummary(resume: string): string {
  const trimmed = resume.trim().replace(/[.\s]+$/, '');
  // a capital that only starts the sentence is lowered; a name (PeerTube, CalDAV) keeps its capitals
  return /^[A-ZÀ-Ý][a-zà-ÿ’'-]*(\s|$)/.test(trimmed) ? trimmed.charAt(0).toLowerCase() + trimmed.slice(1) : trimmed;
}

/** Address of a licence on the SPDX site, for the first id of an expression. */
export function spdxUrl(expression: string): string {
  const first = expression.split(/\s+(?:AND|OR|WITH)\s+|[()]/).find((part) => part.trim() !== '')!.trim();
  return `https://spdx.org/licenses/${first}.html`;
}

/** How a reader starts using an alternative: online with nothing to install, an app to install, or a server. */
export function howToStart(alt: Alternative): string {
  if (alt.sans_installer.length > 0) return 'en ligne, sans rien installer';
  if (alt.facilite_installation === 3) return 'une application ou un logiciel à installer';
  return 'à installer sur un serveur, ou à demander à un hébergeur';
}

/** The short name of the licences in an SPDX expression, for readers: "AGPL-3.0-only OR GPL-3.0-only" is "AGPL, GPL". */
export function licenceFamily(expression: string): string {
  const families = expression
    .split(/\s+(?:AND|OR|WITH)\s+|[()]/)
    .map((id) => id.trim())
    .filter((id) => id !== '' && !/exception/i.test(id))
    .map((id) => (id.startsWith('CECILL') ? 'CeCILL' : id.replace(/-\d.*$/, '').replace(/-only$|-or-later$/, '')));
  return [...new Set(families)].join(', ');
}

/** Platforms in the order a reader looks for them: by displayed name. */
export function platformsByName(catalogue: Catalogue): Platform[] {
  return [...catalogue.platforms].sort((a, b) => a.nom.localeCompare(b.nom, 'fr', { sensitivity: 'base' }));
}
