import { describe, expect, it } from 'vitest';
import { annexes, buildParcours, navWindow, neighbours, partOf, stepParts, type ChapterRef } from '../../src/lib/parcours.ts';

const parts = {
  comprendre: { titre: 'Comprendre', description: 'Partie un du parcours' },
  'etat-des-lieux': { titre: 'État des lieux', description: 'Partie deux du parcours' },
  'passer-a-l-action': { titre: 'Action', description: 'Partie trois du parcours' },
  annexes: { titre: 'Annexes', description: 'Glossaire et ressources' },
};
const chapter = (id: string, partie: ChapterRef['partie'], ordre: number): ChapterRef => ({
  id,
  file: `content/chapitres/${id}.mdx`,
  titre: id,
  partie,
  ordre,
  duree: 10,
});

describe('parcours', () => {
  const chapters = [chapter('c', 'etat-des-lieux', 1), chapter('b', 'comprendre', 5), chapter('a', 'comprendre', 2)];

  it('orders chapters by part, then by order, and leaves empty parts out', () => {
    const parcours = buildParcours(chapters, parts);
    expect(parcours.chapters.map((c) => c.id)).toEqual(['a', 'b', 'c']);
    expect(parcours.parts.map((p) => p.id)).toEqual(['comprendre', 'etat-des-lieux']);
    expect(parcours.parts[0].titre).toBe('Comprendre');
  });

  it('stops on two chapters with the same order in one part, naming both files', () => {
    expect(() => buildParcours([...chapters, chapter('d', 'comprendre', 2)], parts)).toThrow(
      /content\/chapitres\/a\.mdx et content\/chapitres\/d\.mdx.*« ordre » \(2\)/,
    );
  });

  it('allows the same order in two different parts', () => {
    expect(() => buildParcours([chapter('x', 'comprendre', 1), chapter('y', 'annexes', 1)], parts)).not.toThrow();
  });

  it('finds the previous and next chapters across parts', () => {
    const parcours = buildParcours(chapters, parts);
    expect(neighbours(parcours, 'a')).toEqual({ prev: undefined, next: parcours.chapters[1] });
    expect(neighbours(parcours, 'b').next?.id).toBe('c');
    expect(neighbours(parcours, 'c').next).toBeUndefined();
    expect(partOf(parcours, 'c').id).toBe('etat-des-lieux');
    expect(() => neighbours(parcours, 'z')).toThrow(/inconnu/);
    expect(() => partOf(parcours, 'z')).toThrow(/inconnu/);
  });
});

describe('the annexes', () => {
  const pages = [
    { titre: 'Glossaire', href: '/glossaire/' },
    { titre: 'Ressources', href: '/ressources/' },
  ];

  it('are listed apart from the steps, with their pages, even when no chapter belongs to them', () => {
    const parcours = buildParcours([chapter('a', 'comprendre', 1)], parts);
    expect(stepParts(parcours).map((p) => p.id)).toEqual(['comprendre']);
    expect(annexes(parcours, parts.annexes, pages)).toEqual({ titre: 'Annexes', description: 'Glossaire et ressources', chapters: [], pages });
  });

  it('hold their chapters before their pages, and leave the steps without them', () => {
    const parcours = buildParcours([chapter('a', 'comprendre', 1), chapter('fiche', 'annexes', 1)], parts);
    expect(stepParts(parcours).map((p) => p.id)).toEqual(['comprendre']);
    const part = annexes(parcours, parts.annexes, pages);
    expect(part.chapters.map((c) => c.id)).toEqual(['fiche']);
    expect(part.pages).toEqual(pages);
    // an annex chapter is read apart from the steps: the last step leads on to the catalogue, not into the annexes
    expect(neighbours(parcours, 'fiche').prev).toBeUndefined();
    expect(neighbours(parcours, 'a').next).toBeUndefined();
  });
});

describe('the sidebar around the current chapter', () => {
  const part = Array.from({ length: 40 }, (_, i) => ({ id: `c${i}` }));
  const ids = (w: { shown: { id: string }[] }) => w.shown.map((c) => c.id);

  it('lists a short part whole', () => {
    expect(navWindow(part.slice(0, 11), 'c3')).toEqual({ before: 0, shown: part.slice(0, 11), after: 0 });
  });

  it('lists eleven chapters of a long part, centred on the current one, and counts the others', () => {
    const w = navWindow(part, 'c20');
    expect(ids(w)).toEqual(['c15', 'c16', 'c17', 'c18', 'c19', 'c20', 'c21', 'c22', 'c23', 'c24', 'c25']);
    expect([w.before, w.after]).toEqual([15, 14]);
  });

  it('stays inside the part at both ends', () => {
    expect(navWindow(part, 'c1')).toMatchObject({ before: 0, after: 29 });
    expect(ids(navWindow(part, 'c1'))[0]).toBe('c0');
    expect(navWindow(part, 'c39')).toMatchObject({ before: 29, after: 0 });
    expect(ids(navWindow(part, 'c39')).at(-1)).toBe('c39');
  });
});
