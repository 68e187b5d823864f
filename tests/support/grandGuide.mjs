// A guide of 500 chapters and a catalogue of 120 alternatives and 40 platforms, generated from the small fixture
// content: the browser tests check that a chapter page stays within its budget however many chapters the guide holds
// (the sidebar must not grow with them), and that every list page of the catalogue does at that size.
// `node tests/support/grandGuide.mjs` writes the content into a temporary folder and builds it into GRAND_GUIDE.dist.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildWrittenContent } from './buildContent.mjs';

export const GRAND_GUIDE = {
  dist: 'dist-grand-guide',
  chapters: 500,
  /** The parts the generated chapters are spread over, in turn. */
  parts: ['comprendre', 'etat-des-lieux', 'passer-a-l-action', 'annexes'],
  /** Catalogue entries, the fixture's own included. */
  alternatives: 120,
  platforms: 40,
  usages: 23,
  /** The usage that holds the most alternatives (a usage page at its fullest). */
  biggestUsage: 'usage-01',
};

/** The id of the n-th generated chapter (from 1). */
export const generatedId = (n) => `genere-${String(n).padStart(3, '0')}`;

/** A short but complete chapter: front matter, two sections, an exercise, a timed trainer note and « À retenir ». */
function chapter(n, part, order) {
  return `---
titre: "Chapitre généré numéro ${n}"
description: "Un chapitre produit pour vérifier qu’une page reste dans son budget quand le guide compte ${GRAND_GUIDE.chapters} chapitres."
partie: ${part}
ordre: ${order}
duree: 10
duree_animation: 15
public: tous
objectifs:
  - "Lire un chapitre parmi beaucoup d’autres"
revise_le: 2026-11-01
---

Un paragraphe d’introduction, qui renvoie au [premier chapitre](/guide/premier/).

## Une première section

Du texte dans la première section.

### Un détail

Un détail de la première section.

## Une seconde section

<Exercice id="essai-${n}" titre="Un exercice">

Faites-le.

</Exercice>

<NotesFormateur duree={15}>

Lancez l’exercice.

</NotesFormateur>

<ARetenir>

- Un point à retenir.

</ARetenir>
`;
}

/** A YAML string. */
const q = (text) => JSON.stringify(text);

/**
 * A catalogue at the size the guide is heading for: the fixture's usages, platforms and alternatives plus generated ones,
 * with texts as long as real entries' and facts spread as in the real catalogue (most for everyone, one in three easy).
 * The first usage holds a fifth of them, so that one usage page is as full as it will get.
 */
function writeCatalogue(dir) {
  // the check date and the one source every generated entry carries
  const CHECKED_AND_SOURCED = `verifie_le: 2026-11-01
sources:
  - titre: "Une source générée"
    auteur: "Exemple"
    url: "https://exemple.org/source/"
    date: 2026
`;
  const { alternatives, platforms, usages, biggestUsage } = GRAND_GUIDE;
  const usageIds = Array.from({ length: usages - 2 }, (_, i) => `usage-${String(i + 1).padStart(2, '0')}`);
  const usagesYaml = usageIds
    .map((id, i) => `- id: ${id}\n  titre: ${q(`Usage généré numéro ${i + 1}`)}\n  description: ${q('Un usage produit pour mesurer les pages du catalogue à sa taille prévue.')}\n`)
    .join('');
  writeFileSync(join(dir, 'usages.yaml'), `${readFileSync(join(dir, 'usages.yaml'), 'utf8').trimEnd()}\n${usagesYaml}`);
  const platformIds = Array.from({ length: platforms - 2 }, (_, i) => `plateforme-${String(i + 1).padStart(2, '0')}`);
  const altIds = Array.from({ length: alternatives - 3 }, (_, i) => `alternative-${String(i + 1).padStart(3, '0')}`);
  const publics = ['[structures, particuliers]', '[structures, particuliers]', '[structures]', '[structures, particuliers]', '[particuliers]'];
  altIds.forEach((id, i) => {
    const usage = i % 5 === 0 ? biggestUsage : usageIds[i % usageIds.length];
    const platform = platformIds[i % platformIds.length];
    writeFileSync(
      join(dir, 'alternatives', `${id}.yaml`),
      `id: ${id}
nom: ${q(`Outil libre ${i + 1}`)}
type: logiciel
usage: ${usage}
remplace: [${platform}]
resume: ${q('Un outil libre généré, au résumé aussi long que ceux du vrai catalogue, pour mesurer les listes.')}
description: ${q('Une description générée de la longueur d’une vraie fiche : ce que fait l’outil, qui le développe, où le trouver, et ce qu’il faut savoir avant de le choisir pour une association. '.repeat(3))}
licence: AGPL-3.0-or-later
site: "https://exemple.org/"
auto_hebergeable: ${i % 2 === 0}
sans_installer:${i % 3 === 0 ? `\n  - nom: "Un service en ligne"\n    url: "https://exemple.org/service/"\n    precision: "ouvert à tous, sans compte"\n    verifie_le: 2026-11-01` : ' []'}
facilite_utilisation: ${[3, 2, 1][i % 3]}
facilite_installation: ${[3, 2, 1][(i + 1) % 3]}
cout: "Gratuit."
public: ${publics[i % publics.length]}
pour_qui: "Une association qui veut un outil libre généré pour mesurer les pages."
pas_pour_qui: "Une structure qui n’a besoin d’aucun outil généré."
demarrer:
  - "Ouvrez le service en ligne ou installez l’outil."
  - "Créez un premier espace pour votre équipe."
  - "Invitez deux bénévoles à l’essayer avec vous."
points_forts:
  - "Un point fort généré pour la mesure."
limites:
  - "Une limite générée pour la mesure."
${CHECKED_AND_SOURCED}`,
    );
  });
  platformIds.forEach((id, i) => {
    const replacing = altIds.filter((_, j) => j % platformIds.length === i).slice(0, 4);
    writeFileSync(
      join(dir, 'plateformes', `${id}.yaml`),
      `id: ${id}
nom: ${q(`Plateforme ${i + 1}`)}
entreprise: "Une grande entreprise"
usage: ${usageIds[i % usageIds.length]}
usages_association: ${q('Ce qu’une association fait de cette plateforme générée, en quelques phrases aussi longues que dans le vrai catalogue.')}
ce_que_ca_coute: ${q('Ce que la plateforme générée coûte au-delà de l’argent : les données, la dépendance, la publicité.')}
choisir:
${replacing.map((alt) => `  - situation: "Pour une équipe qui veut un outil généré"\n    alternative: ${alt}`).join('\n')}
${CHECKED_AND_SOURCED}`,
    );
  });
}

/** Write the fixture content plus the generated chapters (the fixture's two chapters count among the 500) and catalogue. */
export function writeGrandGuide(dir) {
  cpSync('tests/fixtures/contenu', dir, { recursive: true });
  const { parts } = GRAND_GUIDE;
  // the fixture's own chapters hold order 1 in their parts: generated ones start at 2
  const next = Object.fromEntries(parts.map((p) => [p, 2]));
  for (let n = 1; n <= GRAND_GUIDE.chapters - 2; n++) {
    const part = parts[n % parts.length];
    writeFileSync(join(dir, 'chapitres', `${generatedId(n)}.mdx`), chapter(n, part, next[part]++));
  }
  writeCatalogue(dir);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exit(buildWrittenContent({ prefix: 'grand-guide-', write: writeGrandGuide, dist: GRAND_GUIDE.dist }));
}
