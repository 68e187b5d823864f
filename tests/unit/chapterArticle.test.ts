// Several chapters on one page (a booklet): each under its id prefix, no id repeats and every in-page reference resolves.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFixture } from '../support/buildFixture.ts';

// A third chapter that repeats the first one's term, diagram (drawn wide and narrow), comparison table and exercise id,
// links inside itself, and shows a diagram that has no narrow variant.
const THIRD = `---
titre: "Troisième chapitre d’essai"
description: "Un chapitre qui reprend le terme et le schéma du premier, pour vérifier qu’aucun identifiant ne se répète sur une page."
partie: comprendre
ordre: 3
duree: 10
duree_animation: 10
public: structures
objectifs:
  - "Vérifier les préfixes d’identifiants"
revise_le: 2026-11-01
sources:
  - titre: "Une source d’essai"
    auteur: "Auteur d’essai"
    url: "https://exemple.org/source"
    date: 2025-06
---

Une <Terme id="instance">instance</Terme>, puis un renvoi à [la section suivante](#une-première-section).

## Une première section

<Schema id="cycle-quatre-questions" titre="Les quatre questions">Le même schéma.</Schema>

<Schema id="sans-variante" titre="Un schéma sans variante étroite">Une seule boîte.</Schema>

<Comparatif plateforme="google-drive" />

<Exercice id="essai" titre="Le même identifiant que dans le premier chapitre">

Faites-le.

</Exercice>

<NotesFormateur duree={10}>

Une note minutée.

</NotesFormateur>

<ARetenir>

- Un point.

</ARetenir>
`;

const WIDE_ONLY =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 640 100"><rect class="s-fond" x="4" y="4" width="632" height="92" rx="12"/><text class="s-texte" x="320" y="58" font-size="20" text-anchor="middle">Une boîte</text></svg>';

let html = '';
beforeAll(async () => {
  const run = await buildFixture({ 'chapitres/troisieme.mdx': THIRD, 'schemas/sans-variante.svg': WIDE_ONLY }, {}, 'tests/fixtures/livret');
  if (run.status !== 0) throw new Error(`la construction du livret d’essai a échoué\n${run.output}`);
  html = readFileSync(resolve(run.dist, 'index.html'), 'utf8');
}, 120_000);

const all = (pattern: RegExp) => [...html.matchAll(pattern)].map((m) => m[1]);

describe('three chapters on one page', () => {
  it('show three articles, in reading order', () => {
    expect(all(/<article class="chapitre-corps"[^>]*>[\s\S]*?<h1[^>]*>([^<]+)<\/h1>/g)).toEqual([
      'Premier chapitre d’essai',
      'Troisième chapitre d’essai',
      'Second chapitre d’essai',
    ]);
  });

  it('put each h2 section of a chapter, heading first, in its own <section>', () => {
    expect(all(/<section><h2 id="([^"]+)"/g)).toEqual([
      'premier-une-première-section',
      'premier-une-deuxième-section',
      'troisieme-une-première-section',
      'second-une-section-à-lier',
      'second-une-autre-section',
    ]);
  });

  it('repeat no id', () => {
    const ids = all(/\sid="([^"]+)"/g);
    expect(ids.length).toBeGreaterThan(20);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('prefix the ids of headings, blocks, exercises, definitions and diagrams with the chapter', () => {
    const ids = new Set(all(/\sid="([^"]+)"/g));
    for (const id of ['objectifs', 'a-retenir', 'sources', 'mots-du-glossaire', 'def-instance', 'exercice-essai', 'une-première-section', 'cycle-quatre-questions-fleche']) {
      expect(ids, id).toContain(`troisieme-${id}`);
    }
    expect(ids).toContain('premier-def-instance');
    expect(ids).toContain('premier-exercice-essai');
    // the narrow drawing of a diagram has its own marker, in each chapter
    expect(ids).toContain('premier-etroit-cycle-quatre-questions-fleche');
    expect(ids).toContain('troisieme-etroit-cycle-quatre-questions-fleche');
  });

  it('show a diagram with its narrow drawing beside it, and one without a narrow drawing alone', () => {
    const figures = all(/<figure class="schema">([\s\S]*?)<\/figure>/g);
    const classes = (figure: string) => [...figure.matchAll(/<svg\b[^>]*>/g)].map((m) => /\sclass="([^"]+)"/.exec(m[0])?.[1] ?? '');
    expect(figures.map(classes)).toEqual([
      ['schema-large', 'schema-etroit'],
      ['schema-large', 'schema-etroit'],
      [''],
    ]);
    expect(figures.map((f) => f.match(/<figcaption>/g)?.length)).toEqual([1, 1, 1]);
  });

  it('point every in-page link, label and description at an element of the page', () => {
    const ids = new Set(all(/\sid="([^"]+)"/g));
    // a browser decodes the fragment before it looks for the id
    const refs = [...all(/href="#([^"]+)"/g).map(decodeURIComponent), ...all(/aria-(?:labelledby|describedby)="([^"]+)"/g), ...all(/url\(#([^)]+)\)/g)];
    expect(refs.length).toBeGreaterThan(20);
    expect(refs.filter((r) => !ids.has(r))).toEqual([]);
    expect(refs).toContain('troisieme-une-première-section');
  });
});
