// The addresses the guide has published (tests/adresses-publiees.txt): every one must keep answering, as a page or as
// the redirect page of content/redirections.yaml. « npm run adresses » adds the pages of the last build to the list.
import { readFileSync } from 'node:fs';

export const PUBLISHED_FILE = 'tests/adresses-publiees.txt';

const HEADER = `# Adresses publiées par le guide, une par ligne : chacune doit continuer de répondre (page ou redirection,
# voir content/redirections.yaml), car des liens et des QR codes imprimés les donnent.
# « npm run adresses » y ajoute les pages de la dernière construction ; n'en retirez jamais une ligne.
`;

/** The addresses of a published list's text, comments and blank lines left out. */
export function parsePublished(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
}

/** The list's text with `added` merged in: sorted, each address once, the header kept. */
export function mergePublished(text: string, added: string[]): { text: string; added: string[] } {
  const known = new Set(parsePublished(text));
  const fresh = [...new Set(added)].filter((a) => !known.has(a));
  const all = [...known, ...fresh].sort((a, b) => a.localeCompare(b));
  return { text: `${HEADER}${all.join('\n')}\n`, added: fresh.sort() };
}

export function readPublished(file: string = PUBLISHED_FILE): string[] {
  return parsePublished(readFileSync(file, 'utf8'));
}
