// The one "not in the future" rule, for checking dates, revision dates and source dates alike.
import { describe, expect, it } from 'vitest';
import { chapterSchema, notInFuture } from '../../src/lib/schemas.ts';

const today = new Date('2026-11-26T12:00:00Z');
const chapter = {
  titre: 'Un chapitre',
  description: 'Une description assez longue pour passer la règle des cinquante caractères.',
  partie: 'comprendre',
  ordre: 1,
  duree: 20,
  duree_animation: 30,
  public: 'tous',
  objectifs: ['Savoir faire'],
  revise_le: '2026-11-01',
  sources: [{ titre: 'Rapport', auteur: 'Insee', url: 'https://www.insee.fr/', date: '2026-11' }],
};

describe('dates not in the future', () => {
  it('compare a day, a month or a year with today at its own precision', () => {
    expect(notInFuture('2026-11', today)).toBe(true);
    expect(notInFuture('2026-12', today)).toBe(false);
    expect(notInFuture('2026', today)).toBe(true);
    expect(notInFuture('2027', today)).toBe(false);
    expect(notInFuture('2026-11-27', today)).toBe(false);
    expect(notInFuture(new Date('2026-11-26T00:00:00Z'), today)).toBe(true);
    expect(notInFuture(new Date('2026-11-27T00:00:00Z'), today)).toBe(false);
  });

  it('stop a chapter whose source is dated in the future, at the field of that date', () => {
    const schema = chapterSchema(() => today);
    expect(schema.safeParse(chapter).success).toBe(true);
    const result = schema.safeParse({ ...chapter, sources: [chapter.sources[0], { ...chapter.sources[0], date: '2027-01' }] });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['sources.1.date', 'date dans le futur']]);
  });
});
