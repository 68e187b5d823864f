// The pieces a handout and a trainer script take from a chapter's rendered HTML, on small chapters of the shape the
// reading page renders (h2 sections in <section>, boxes marked by their data attributes).
import { describe, expect, it } from 'vitest';
import { findAll, parseChapter, serialize, textOf } from '../../src/lib/chapterHtml.ts';
import { handoutPieces, trainerPaths, trainerScript } from '../../src/lib/trainerPages.ts';

const note = (text: string, duree?: number) =>
  `<details class="notes-formateur" data-notes-formateur data-pagefind-ignore${duree === undefined ? '' : ` data-duree="${duree}"`}><summary>Notes pour la personne qui anime</summary><p>${text}</p></details>`;

const exercise = (id: string, titre: string) =>
  `<section class="bloc exercice" id="exercice-${id}" data-exercice="${id}"><h3><span class="bloc-label">À vous de jouer :</span> ${titre}</h3><p class="muted">20 min</p><ol><li>Faites-le.</li></ol><h4>Variante</h4></section>`;

const chapter = [
  '<p>Introduction.</p>',
  note('Matériel : des feutres.'),
  `<section><h2 id="premiere">Première section</h2><p>Texte.</p>${note('Présentez le schéma.', 10)}${note('Posez la question.', 5)}</section>`,
  `<section><h2 id="seconde">Seconde section</h2><p>Texte.</p>${exercise('carte', 'La carte')}${note('Lancez l’exercice.', 20)}</section>`,
  '<section><h2 id="sans-note">Section sans note</h2><p>Texte.</p></section>',
  `<section><h2 id="note-libre">Section à la note sans durée</h2>${note('Restez sur les faits datés.')}</section>`,
  '<section class="bloc retenir" aria-labelledby="a-retenir" data-a-retenir><h2 id="a-retenir">À retenir</h2><ul><li>Un point.</li></ul></section>',
  note('Variante pour un grand groupe.'),
].join('\n');

describe('a handout', () => {
  const { keyPoints, exercises } = handoutPieces(parseChapter(chapter));

  it('takes the « À retenir » box and every exercise, nothing of the sections’ text', () => {
    expect(keyPoints.map(textOf)).toEqual(['À retenirUn point.']);
    expect(exercises.map((e) => e.properties.dataExercice)).toEqual(['carte']);
    expect(serialize([...keyPoints, ...exercises])).not.toContain('Texte.');
  });

  it('lifts an exercise’s headings one level, as it stands under the page title', () => {
    const headings = findAll(exercises[0], (el) => /^h\d$/.test(el.tagName)).map((el) => el.tagName);
    expect(headings).toEqual(['h2', 'h3']);
  });

  it('gives each exercise room to write, after its own text', () => {
    const last = exercises[0].children.at(-1);
    expect(serialize(last!)).toBe('<div class="a-ecrire"></div>');
    expect(serialize(exercises[0])).toMatch(/Variante<\/h3><div class="a-ecrire">/);
  });
});

describe('a trainer script', () => {
  const { sections, general } = trainerScript(parseChapter(chapter));

  it('lists every h2 section in order, boxes left out', () => {
    expect(sections.map((s) => [s.slug, s.heading])).toEqual([
      ['premiere', 'Première section'],
      ['seconde', 'Seconde section'],
      ['sans-note', 'Section sans note'],
      ['note-libre', 'Section à la note sans durée'],
    ]);
  });

  it('gives each section its notes, without their disclosure, and the sum of their minutes', () => {
    expect(sections.map((s) => s.notes.map((n) => serialize(n.content)))).toEqual([
      ['<p>Présentez le schéma.</p>', '<p>Posez la question.</p>'],
      ['<p>Lancez l’exercice.</p>'],
      [],
      ['<p>Restez sur les faits datés.</p>'],
    ]);
    expect(sections.map((s) => s.minutes)).toEqual([15, 20, undefined, undefined]);
    expect(sections[0].notes.map((n) => n.minutes)).toEqual([10, 5]);
  });

  it('keeps the notes outside every section, before the first and after « À retenir », as general notes', () => {
    expect(general.map((n) => serialize(n.content))).toEqual(['<p>Matériel : des feutres.</p>', '<p>Variante pour un grand groupe.</p>']);
    expect(general.every((n) => n.minutes === undefined)).toBe(true);
  });
});

describe('a chapter’s trainer pages', () => {
  it('sit at the addresses the training page and the site plan link', () => {
    expect(trainerPaths('quand')).toEqual({
      chapter: '/guide/quand/',
      slides: '/projection/quand/',
      handout: '/fiche/quand/',
      script: '/formation/deroule/quand/',
    });
  });
});
