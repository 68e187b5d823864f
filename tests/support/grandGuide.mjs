// A guide of 500 chapters, generated from the small fixture content: the browser tests check that a chapter page
// stays within its budget however many chapters the guide holds (the sidebar must not grow with them).
// `node tests/support/grandGuide.mjs` writes the content into a temporary folder and builds it into GRAND_GUIDE.dist.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cacheDirFor } from '../../src/lib/loadSite.ts';

export const GRAND_GUIDE = {
  dist: 'dist-grand-guide',
  chapters: 500,
  /** The parts the generated chapters are spread over, in turn. */
  parts: ['comprendre', 'etat-des-lieux', 'passer-a-l-action', 'annexes'],
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

/** Write the fixture content plus the generated chapters (the fixture's two chapters count among the 500). */
export function writeGrandGuide(dir) {
  cpSync('tests/fixtures/contenu', dir, { recursive: true });
  const { parts } = GRAND_GUIDE;
  // the fixture's own chapters hold order 1 in their parts: generated ones start at 2
  const next = Object.fromEntries(parts.map((p) => [p, 2]));
  for (let n = 1; n <= GRAND_GUIDE.chapters - 2; n++) {
    const part = parts[n % parts.length];
    writeFileSync(join(dir, 'chapitres', `${generatedId(n)}.mdx`), chapter(n, part, next[part]++));
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = mkdtempSync(join(tmpdir(), 'grand-guide-'));
  writeGrandGuide(dir);
  rmSync(GRAND_GUIDE.dist, { recursive: true, force: true });
  const run = spawnSync('npx', ['astro', 'build', '--outDir', resolve(GRAND_GUIDE.dist)], {
    stdio: 'inherit',
    env: { ...process.env, CONTENU_DIR: dir, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  rmSync(dir, { recursive: true, force: true });
  rmSync(cacheDirFor({ CONTENU_DIR: dir }), { recursive: true, force: true });
  process.exit(run.status ?? 1);
}
