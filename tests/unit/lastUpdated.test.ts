import { describe, expect, it } from 'vitest';
import { lastUpdated } from '../../src/lib/lastUpdated.ts';

const fallback = new Date('2026-01-15');

describe('last update date', () => {
  it('takes the date of the last commit that touched the file', () => {
    const calls: string[][] = [];
    const result = lastUpdated('content/chapitres/x.mdx', fallback, (args) => {
      calls.push(args);
      return '2026-11-20T09:30:00+01:00\n';
    });
    expect(result).toEqual({ date: new Date('2026-11-20T08:30:00Z'), fromGit: true });
    expect(calls[0]).toEqual(['log', '-1', '--format=%cI', '--', 'content/chapitres/x.mdx']);
  });

  it('falls back on the review date when the file has no history', () => {
    expect(lastUpdated('x', fallback, () => '')).toEqual({ date: fallback, fromGit: false });
  });

  it('falls back when git is missing', () => {
    const noGit = () => {
      throw new Error('spawn git ENOENT');
    };
    expect(lastUpdated('x', fallback, noGit)).toEqual({ date: fallback, fromGit: false });
  });

  it('reads the real history of a committed file', () => {
    const result = lastUpdated('package.json', fallback);
    expect(result.date.getTime()).not.toBeNaN();
  });
});
