import type { Public } from './schemas.ts';

/** The two publics a reader can filter on, in the one vocabulary every page type uses for search. */
export const PUBLIC_FILTER_LABELS = { structures: 'Structures', particuliers: 'Particuliers' } as const;
export type FilterPublic = keyof typeof PUBLIC_FILTER_LABELS;

/** Search filter values for a chapter's `public` (« tous » carries both) or an entry's list of publics. */
export function publicFilterValues(value: Public | readonly FilterPublic[]): string[] {
  const list: readonly FilterPublic[] = typeof value === 'string' ? (value === 'tous' ? ['structures', 'particuliers'] : [value]) : value;
  return (['structures', 'particuliers'] as const).filter((p) => list.includes(p)).map((p) => PUBLIC_FILTER_LABELS[p]);
}
