// « npm run nouveau-chapitre -- "Titre" [--partie <partie>] »: a new chapter file from a template, placed last in its
// part, marked as a draft so that the build leaves it out until its author takes the mark away.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PART_IDS, type PartId } from './schemas.ts';
import { asciiSlug } from './format.ts';

/** A chapter id from its title: lower case, no accents, words joined by dashes (« Où créer l’info ? » → ou-creer-l-info). */
export const chapterId = asciiSlug;

/** The order after the last chapter of `part` in a chapters folder (1 for an empty part). */
export function nextOrder(folder: string, part: PartId): number {
  const orders = readdirSync(folder)
    .filter((f) => f.endsWith('.mdx'))
    .flatMap((f) => {
      const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(join(folder, f), 'utf8'))?.[1] ?? '';
      const inPart = new RegExp(`^partie:\\s*["']?${part}["']?\\s*$`, 'm').test(front);
      const order = /^ordre:\s*(\d+)\s*$/m.exec(front)?.[1];
      return inPart && order ? [Number(order)] : [];
    });
  return orders.length === 0 ? 1 : Math.max(...orders) + 1;
}

/** The text of a new chapter: a complete skeleton (front matter, four sections, exercise, « À retenir », timed trainer notes). */
export function chapterTemplate(title: string, part: PartId, order: number, today: Date): string {
  const day = today.toISOString().slice(0, 10);
  return `---
titre: ${JSON.stringify(title)}
description: "À écrire : en une ou deux phrases, ce que la lectrice ou le lecteur saura faire après ce chapitre."
partie: ${part}
ordre: ${order}
# minutes pour une personne seule, exercice compris ; puis pour une séance en groupe (la somme des notes du formateur)
duree: 30
duree_animation: 40
# structures, particuliers ou tous
public: tous
objectifs:
  - "À écrire : un premier objectif, avec un verbe d’action"
  - "À écrire : un deuxième objectif"
  - "À écrire : un troisième objectif"
revise_le: ${day}
# un brouillon est montré par « npm run dev » et laissé de côté par la construction : retirez cette ligne quand il est prêt
brouillon: true
# chaque fait cité a sa source datée : titre, auteur, url (ou reference), date (AAAA, AAAA-MM ou AAAA-MM-JJ)
sources: []
---

Une ou deux phrases d’introduction : pourquoi ce chapitre compte pour votre structure.

## Première section

Le texte de la première section. Un terme du glossaire se marque ainsi : <Terme id="logiciel-libre">logiciel libre</Terme>.

<NotesFormateur duree={10}>

Ce que la formatrice ou le formateur fait de cette section en séance, et combien de temps.

</NotesFormateur>

## Deuxième section

Le texte de la deuxième section.

<NotesFormateur duree={10}>

Une question à poser au groupe.

</NotesFormateur>

## Troisième section

Le texte de la troisième section.

<Exercice id="premier-exercice" titre="Un exercice" duree={15}>

Ce que la lectrice ou le lecteur fait, avec quoi, et combien de temps cela prend.

</Exercice>

<NotesFormateur duree={15}>

Comment animer l’exercice en groupe.

</NotesFormateur>

## Pour aller plus loin

Où continuer : un autre chapitre du guide, une ressource.

<NotesFormateur duree={5}>

La conclusion de la séance.

</NotesFormateur>

<ARetenir>

- Une première idée à retenir.
- Une deuxième.

</ARetenir>
`;
}

/** Write the new chapter into `dir`/chapitres; an error in French (and nothing written) when it cannot. */
export function createChapter(dir: string, title: string, part: string, today: Date = new Date()): { file: string; id: string; order: number } {
  if (title.trim().length < 3) throw new Error('Donnez le titre du chapitre : npm run nouveau-chapitre -- "Le titre du chapitre"');
  if (!(PART_IDS as readonly string[]).includes(part)) throw new Error(`Partie inconnue « ${part} » : choisissez parmi ${PART_IDS.join(', ')}`);
  const id = chapterId(title);
  if (id === '') throw new Error(`Le titre « ${title} » ne donne aucun nom de fichier : employez des lettres ou des chiffres`);
  const folder = join(dir, 'chapitres');
  const file = join(folder, `${id}.mdx`);
  if (existsSync(file)) throw new Error(`${file} existe déjà : choisissez un autre titre, ou ouvrez ce fichier`);
  const order = nextOrder(folder, part as PartId);
  writeFileSync(file, chapterTemplate(title.trim(), part as PartId, order, today), { flag: 'wx' });
  return { file, id, order };
}
