import { join } from 'node:path';
import { glossarySchema, type GlossaryEntry } from './schemas.ts';
import { loadYaml } from './validate.ts';
import { contentDir } from './loadSite.ts';

/** Order terms as a French reader looks them up: accents and case ignored. */
export function sortTerms<T extends { terme: string }>(entries: T[]): T[] {
  return [...entries].sort((a, b) => a.terme.localeCompare(b.terme, 'fr', { sensitivity: 'base' }));
}

/** Read and validate glossaire.yaml, in alphabetical order; an error names the file and the field. */
export function loadGlossary(dir: string = contentDir()): GlossaryEntry[] {
  return sortTerms(loadYaml(glossarySchema, join(dir, 'glossaire.yaml')));
}

/** First letter under which a term is filed (« Écran » under E, « 1 » under #). */
export function initialOf(term: string): string {
  const letter = term.normalize('NFD').replace(/[\u0300-\u036f]/g, '').charAt(0).toUpperCase();
  return /[A-Z]/.test(letter) ? letter : '#';
}
