// The project this guide comes from. Its attribution is generated from here, not from content/site.yaml, so that it
// stays in every version published under the licence (CC BY-SA asks for it), whatever a fork writes there.
export const ORIGINE = {
  /** The original guide's name. */
  guide: 'Numérique libre — le guide Faites-le vous-même',
  /** Its authors, as the chapters cite them (<Origine />). */
  auteurs: 'Zoomacom',
  ville: 'Saint-Étienne',
  site: 'https://www.zoomacom.org/',
} as const;

/** Whether a version is published by someone other than the original authors: it then shows the attribution. */
export function isFork(organisation: { nom: string }): boolean {
  return organisation.nom.trim() !== ORIGINE.auteurs;
}

/** How a field of site.yaml still waiting for its value begins. */
export const PLACEHOLDER = 'À compléter';

/** The fields of the legal notice still holding the placeholder, as « mentions_legales.editeur.adresse ». */
export function legalPlaceholders(notice: Record<string, Record<string, string>>): string[] {
  return Object.entries(notice).flatMap(([who, fields]) =>
    Object.entries(fields)
      .filter(([, value]) => value.trim().startsWith(PLACEHOLDER))
      .map(([field]) => `mentions_legales.${who}.${field}`),
  );
}
