// The second build the browser tests check: another organisation's version of the guide, published under a base path
// that is no route prefix of the site (« /guide/ » would hide a link missing its base, since chapters live under it).
// Its content is the guide's own with only site.yaml and the logo changed, as a fork would: another name, palette,
// logo, contact and legal notice, one chapter, one alternative and one platform hidden.
// `node tests/support/sousChemin.mjs` writes that content into a temporary folder and builds it into SOUS_CHEMIN.dist.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument } from 'yaml';
import { buildWrittenContent } from './buildContent.mjs';

export const SOUS_CHEMIN = {
  siteUrl: 'https://exemple.org/notre-guide/',
  base: '/notre-guide/',
  dist: 'dist-sous-chemin',
};

/** What the other organisation sets in its site.yaml, and what the tests look for in its pages. */
export const VERSION_DERIVEE = {
  nom: 'Outils libres en commun',
  sous_titre: 'le guide des Bricoleurs du Libre',
  organisation: {
    nom: 'Les Bricoleurs du Libre',
    ville: 'Besançon',
    site: 'https://bricoleurs.exemple.org/',
    contact: 'https://bricoleurs.exemple.org/nous-ecrire/',
    courriel: 'bonjour@bricoleurs.exemple.org',
  },
  accompagnement: 'Les Bricoleurs du Libre tiennent une permanence chaque mercredi soir pour aider les associations du Doubs à installer leurs outils libres.',
  forge: {
    depot: 'https://codeberg.org/bricoleurs/outils-libres',
    modifier: 'https://codeberg.org/bricoleurs/outils-libres/_edit/main/{chemin}',
    signaler: 'https://codeberg.org/bricoleurs/outils-libres/issues/new',
  },
  couleurs: {
    clair: { fond: '#fbfaff', surface: '#f1eef8', texte: '#1c1a22', discret: '#56506a', accent: '#6a1b9a', accent_fond: '#f1e4f7', bordure: '#d5cfe2', exercice: '#e9f4ff', exercice_bord: '#2f6fb0' },
    sombre: { fond: '#16141b', surface: '#221f2a', texte: '#ebe8f2', discret: '#b6afc6', accent: '#d6a4ef', accent_fond: '#2d1f36', bordure: '#4a4457', exercice: '#16263a', exercice_bord: '#6fb0f0' },
  },
  logo: 'bricoleurs.svg',
  /** A drawing of its own (a B), with the theme's classes like the guide's logo. */
  logoSvg:
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">\n<circle class="s-marque" cx="16" cy="16" r="16"/>\n<path class="s-marque-trait" d="M10 8h7a4 4 0 0 1 1.5 7.7A4.5 4.5 0 0 1 17 24h-7zm3 3v4h4a2 2 0 0 0 0-4zm0 7v3h4a1.5 1.5 0 0 0 0-3z"/>\n</svg>\n',
  mentions_legales: {
    editeur: { nom: 'Les Bricoleurs du Libre, association loi de 1901', adresse: '12 rue des Artisans, 25000 Besançon', telephone: '03 81 00 00 01', responsable_publication: 'Camille Martin, présidente' },
    hebergeur: { nom: 'Hébergeur Associatif du Doubs', adresse: '3 place du Marché, 25000 Besançon', telephone: '03 81 00 00 00' },
  },
  masquer: { chapitres: ['securiser-comptes-et-donnees'], alternatives: ['cryptpad'], plateformes: ['google-photos'] },
};

/** Addresses this version renamed (its content/redirections.yaml): one to a page, one to a section of a page. */
export const REDIRECTIONS_DERIVEE = [
  { de: '/guide/quand-commencer/', vers: '/guide/quand/' },
  { de: '/nos-outils/', vers: '/alternatives/#usage-fichiers' },
];

/** The guide's content with the other organisation's site.yaml and logo, written into `dir`. */
export function writeVersionDerivee(dir, from = 'content') {
  cpSync(from, dir, { recursive: true });
  const file = join(dir, 'site.yaml');
  const site = parseDocument(readFileSync(file, 'utf8'));
  const { logoSvg, ...values } = VERSION_DERIVEE;
  for (const [key, value] of Object.entries(values)) site.set(key, value);
  writeFileSync(file, site.toString());
  writeFileSync(join(dir, VERSION_DERIVEE.logo), logoSvg);
  writeFileSync(join(dir, 'redirections.yaml'), REDIRECTIONS_DERIVEE.map((r) => `- de: ${r.de}\n  vers: "${r.vers}"\n`).join(''));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exit(buildWrittenContent({ prefix: 'version-derivee-', write: (dir) => writeVersionDerivee(dir), dist: SOUS_CHEMIN.dist, env: { SITE_URL: SOUS_CHEMIN.siteUrl } }));
}
