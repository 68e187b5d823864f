import { describe, expect, it } from 'vitest';
import { ecoIndex, ecoIndexGrade, ecoIndexScore, quantilePosition } from '../../src/lib/ecoindex.ts';

describe('EcoIndex', () => {
  it('matches the reference values of the published formula', () => {
    expect(ecoIndexScore(26, 1, 9.7)).toBe(97);
    expect(ecoIndexScore(600, 15, 150)).toBe(70);
    expect(ecoIndex({ dom: 26, requests: 1, bytes: 9700 })).toEqual({ score: 97, grade: 'A' });
  });

  it('rounds the score before grading it, so a raw 70.09 is a C', () => {
    expect(ecoIndex({ dom: 600, requests: 15, bytes: 150_000 }).grade).toBe('C');
  });

  it('interpolates inside a quantile and caps past the last one', () => {
    expect(quantilePosition([0, 10, 20], 5)).toBe(0.5);
    expect(quantilePosition([0, 10, 20], 15)).toBe(1.5);
    expect(quantilePosition([0, 10, 20], 25)).toBe(2);
  });

  it('grades on strict thresholds', () => {
    expect([81, 80, 71, 70, 56, 55, 41, 40, 26, 25, 11, 10].map(ecoIndexGrade)).toEqual(['A', 'B', 'B', 'C', 'C', 'D', 'D', 'E', 'E', 'F', 'F', 'G']);
  });

  it('gives the worst pages a low score', () => {
    expect(ecoIndex({ dom: 3000, requests: 300, bytes: 10_000_000 }).grade).toBe('G');
  });
});
