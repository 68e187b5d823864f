import { describe, expect, it } from 'vitest';
import { publicFilterValues } from '../../src/lib/publics.ts';

describe('the public search filter', () => {
  it('gives a chapter for everyone both values, and one value otherwise', () => {
    expect(publicFilterValues('tous')).toEqual(['Structures', 'Particuliers']);
    expect(publicFilterValues('structures')).toEqual(['Structures']);
    expect(publicFilterValues('particuliers')).toEqual(['Particuliers']);
  });

  it('uses the same words for a catalogue entry’s list, in a fixed order', () => {
    expect(publicFilterValues(['particuliers', 'structures'])).toEqual(['Structures', 'Particuliers']);
    expect(publicFilterValues(['particuliers'])).toEqual(publicFilterValues('particuliers'));
  });
});
