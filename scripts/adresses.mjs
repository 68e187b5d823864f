// npm run adresses: adds the pages and feeds of the last build (dist/) to tests/adresses-publiees.txt, the list of addresses
// that must keep answering (src/lib/adresses.ts). Run it after « npm run build » when the guide gains pages.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { listHtml } from '../src/lib/builtPages.ts';
import { PUBLISHED_FILE, mergePublished } from '../src/lib/adresses.ts';

if (!existsSync('dist/index.html')) {
  console.error('✘ Pas de site construit dans dist/ : lancez d’abord « npm run build ».');
  process.exit(1);
}
const before = existsSync(PUBLISHED_FILE) ? readFileSync(PUBLISHED_FILE, 'utf8') : '';
// the pages, and the feeds at the root of the site (a feed reader keeps its address too)
const feeds = readdirSync('dist').filter((f) => f.endsWith('.xml')).map((f) => `/${f}`);
const { text, added } = mergePublished(before, [...listHtml('dist').map((p) => p.url), ...feeds]);
writeFileSync(PUBLISHED_FILE, text);
console.log(added.length === 0 ? 'Aucune nouvelle adresse : la liste était à jour.' : `${added.length} adresse(s) ajoutée(s) à ${PUBLISHED_FILE} :\n${added.map((a) => `  ${a}`).join('\n')}`);
