// npm run nouveau-chapitre -- "Titre du chapitre" [--partie comprendre|etat-des-lieux|passer-a-l-action|annexes]
// Creates content/chapitres/<id>.mdx from a template, last in its part, as a draft (see src/lib/nouveauChapitre.ts).
import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import { contentDir } from '../src/lib/loadSite.ts';
import { createChapter } from '../src/lib/nouveauChapitre.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { partie: { type: 'string', default: 'passer-a-l-action' } } });
try {
  const { file, id, order } = createChapter(contentDir(), positionals.join(' '), values.partie);
  console.log(`Chapitre créé : ${relative(process.cwd(), file)} (partie « ${values.partie} », ordre ${order}), en brouillon.`);
  console.log(`Voyez-le avec « npm run dev », à l’adresse /guide/${id}/ ; la construction le laisse de côté tant que « brouillon: true » reste dans son en-tête.`);
} catch (error) {
  console.error(`✘ ${error.message}`);
  process.exit(1);
}
