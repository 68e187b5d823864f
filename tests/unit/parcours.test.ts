import { describe, expect, it } from 'vitest';
import { buildParcours, neighbours, partOf, type ChapterRef } from '../../src/lib/parcours.ts';

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
