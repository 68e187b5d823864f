import { describe, expect, it } from 'vitest';
import { formatDate, formatDuration, formatPublic, formatSourceDate, totalMinutes } from '../../src/lib/format.ts';

const nb = (s: string) => s.replaceAll('\u00a0', ' ');

describe('French formats', () => {
  it('say durations in minutes and hours', () => {
    expect(nb(formatDuration(25))).toBe('25 min');
    expect(nb(formatDuration(60))).toBe('1 h');
    expect(nb(formatDuration(95))).toBe('1 h 35');
    expect(nb(formatDuration(65))).toBe('1 h 05');
    expect(() => formatDuration(-1)).toThrow();
  });

  it('keep the number and its unit together', () => {
    expect(formatDuration(25)).toBe('25\u00a0min');
  });

  it('say source dates at their precision', () => {
    expect(formatSourceDate('2019')).toBe('2019');
    expect(formatSourceDate('2023-06')).toBe('juin 2023');
    expect(nb(formatSourceDate('2020-07-16'))).toBe('16 juillet 2020');
    expect(nb(formatSourceDate('2025-01-01'))).toBe('1er janvier 2025');
  });

  it('say a calendar date', () => {
    expect(nb(formatDate(new Date('2026-11-26T10:00:00Z')))).toBe('26 novembre 2026');
  });

  it('add up durations and name publics', () => {
    expect(totalMinutes([{ duree: 20 }, { duree: 25 }])).toBe(45);
    expect(formatPublic('tous')).toBe('Structures et particuliers');
  });
});
