// Route data: the header's links and a chapter page's surroundings, computed once per route.
import { describe, expect, it } from 'vitest';
import { chapterRoute, glossaryByLetter, siteNavigation, termsOf } from '../../src/lib/routeData.ts';
import { buildParcours, type ChapterRef } from '../../src/lib/parcours.ts';
import type { ChapterModel } from '../../src/lib/chapterModel.ts';
import type { GlossaryEntry, Site } from '../../src/lib/schemas.ts';

const href = (path: string) => `/nl${path}`;
const pages = [{ id: 'a-propos' }];

describe('site navigation', () => {
  const current = (path: string, list = pages) => siteNavigation(path, list, href).map((l) => `${l.label}:${l.current ?? '-'}`);

  it('marks the section of a chapter, of an alternative and of a « Remplacer » page', () => {
    expect(current('/nl/guide/pourquoi/')).toEqual(['Le parcours:true', 'Alternatives:-', 'Glossaire:-', 'Plan du site:-', 'À propos:-']);
    expect(current('/nl/alternatives/nextcloud/')[1]).toBe('Alternatives:true');
    expect(current('/nl/remplacer/whatsapp/')[1]).toBe('Alternatives:true');
  });

  it('marks the page itself', () => {
    expect(current('/nl/alternatives/')[1]).toBe('Alternatives:page');
    expect(current('/nl/glossaire/')[2]).toBe('Glossaire:page');
    expect(current('/nl/a-propos/')[4]).toBe('À propos:page');
  });

  it('links to « À propos » only when the content has that page, with the base in front', () => {
    expect(siteNavigation('/nl/', [], href).map((l) => l.label)).not.toContain('À propos');
    expect(siteNavigation('/nl/', pages, href).at(-1)).toEqual({ href: '/nl/a-propos/', label: 'À propos' });
  });
});

const term = (id: string, terme: string, voir?: string[]): GlossaryEntry =>
  ({ id, terme, definition: `Définition de ${terme}, assez longue pour le schéma.`, ...(voir ? { voir } : {}) }) as GlossaryEntry;
const glossary = [term('cloud', 'Cloud', ['ecran']), term('chatons', 'CHATONS'), term('ecran', 'Écran')];

describe('glossary look-ups', () => {
  it('return entries in the order of the ids, and name an unknown id', () => {
    expect(termsOf(glossary, ['ecran', 'cloud']).map((t) => t.terme)).toEqual(['Écran', 'Cloud']);
    expect(() => termsOf(glossary, ['nuage'])).toThrow(/nuage/);
  });

  it('file the glossary by initial, with « voir aussi » resolved to names', () => {
    const letters = glossaryByLetter(glossary);
    expect(letters.map((l) => [l.letter, l.terms.map((t) => t.id)])).toEqual([
      ['C', ['cloud', 'chatons']],
      ['E', ['ecran']],
    ]);
    expect(letters[0].terms[0].seeAlso).toEqual([{ id: 'ecran', terme: 'Écran' }]);
  });
});

describe('a chapter’s route data', () => {
  const parts = {
    comprendre: { titre: 'Comprendre', description: 'Partie un' },
    'etat-des-lieux': { titre: 'État des lieux', description: 'Partie deux' },
    'passer-a-l-action': { titre: 'Action', description: 'Partie trois' },
    annexes: { titre: 'Annexes', description: 'Annexes' },
  };
  const chapter = (id: string, ordre: number): ChapterRef => ({ id, file: `content/chapitres/${id}.mdx`, titre: `Titre ${id}`, partie: 'comprendre', ordre, duree: 10 });
  const parcours = buildParcours([chapter('a', 1), chapter('b', 2)], parts);
  const site = { forge: { modifier: 'https://forge.example/edit/{chemin}', signaler: 'https://forge.example/issues' } } as Site;
  const position = { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
  const model: ChapterModel = {
    sections: [{ slug: 's1', text: 'S1', subsections: [], position }],
    exercises: [],
    keyPointBoxes: [3],
    trainerNotes: [],
    terms: ['ecran'],
    alternatives: [],
    platforms: [],
    words: 10,
  };
  const updated = new Date('2026-01-02');
  const route = (m: ChapterModel, sources: number) =>
    chapterRoute({ parcours, site, glossary, chapter: parcours.chapters[1], model: m, sources, updated, href });

  it('holds its part, neighbours, trail and terms', () => {
    const r = route(model, 2);
    expect(r.part.id).toBe('comprendre');
    expect(r.prev?.id).toBe('a');
    expect(r.next).toBeUndefined();
    expect(r.trail).toEqual([{ label: 'Accueil', href: '/nl/' }, { label: 'Comprendre', href: '/nl/#partie-comprendre' }, { label: 'Titre b' }]);
    expect(r.terms.map((t) => t.id)).toEqual(['ecran']);
    expect(r.updated).toBe(updated);
  });

  it('lists « À retenir », the glossary and the sources in the table of contents only when the chapter has them', () => {
    expect(route(model, 2).toc.map((t) => t.slug)).toEqual(['s1', 'a-retenir', 'mots-du-glossaire', 'sources']);
    expect(route({ ...model, keyPointBoxes: [], terms: [] }, 0).toc.map((t) => t.slug)).toEqual(['s1']);
  });
});
