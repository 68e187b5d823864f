import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { lastUpdated, type GitRunner } from '../../src/lib/lastUpdated.ts';

const fallback = new Date('2026-01-15');

// What `git log -z --format=\x01%cI --name-only` prints: a marked date, then the files of that commit
const commit = (date: string, ...files: string[]) => `\u0001${date}\0\n${files.map((f) => `${f}\0`).join('')}`;

/** A fake git that answers with `out` and records what it was asked. */
function fakeGit(out: string): GitRunner & { calls: string[][] } {
  const calls: string[][] = [];
  return Object.assign(
    (args: string[]) => {
      calls.push(args);
      return out;
    },
    { calls },
  );
}

describe('last update date', () => {
  it('takes the date of the last commit that touched the file', () => {
    const git = fakeGit(
      commit('2026-11-20T09:30:00+01:00', 'content/chapitres/x.mdx') +
        commit('2026-10-01T12:00:00+02:00', 'content/chapitres/x.mdx', 'content/chapitres/y.mdx'),
    );
    expect(lastUpdated('content/chapitres/x.mdx', fallback, git)).toEqual({ date: new Date('2026-11-20T08:30:00Z'), fromGit: true });
    expect(lastUpdated('content/chapitres/y.mdx', fallback, git)).toEqual({ date: new Date('2026-10-01T10:00:00Z'), fromGit: true });
  });

  it('asks git once for a whole folder, however many of its files are looked up', () => {
    const git = fakeGit(commit('2026-11-20T09:30:00+01:00', 'content/chapitres/a.mdx', 'content/chapitres/b.mdx'));
    for (const f of ['a', 'b', 'c', 'a']) lastUpdated(`content/chapitres/${f}.mdx`, fallback, git);
    expect(git.calls).toEqual([['log', '-z', '--format=\u0001%cI', '--name-only', '--diff-merges=combined', '--relative', '--', 'content/chapitres']]);
  });

  it('keeps the latest date when commits come out of date order', () => {
    const git = fakeGit(commit('2026-03-01T00:00:00Z', 'p/x.mdx') + commit('2026-05-01T00:00:00Z', 'p/x.mdx'));
    expect(lastUpdated('p/x.mdx', fallback, git).date).toEqual(new Date('2026-05-01T00:00:00Z'));
  });

  it('reads file names with spaces and accents as git writes them with -z', () => {
    const git = fakeGit(commit('2026-11-20T00:00:00Z', 'pages/à propos.mdx'));
    expect(lastUpdated('pages/à propos.mdx', fallback, git)).toEqual({ date: new Date('2026-11-20T00:00:00Z'), fromGit: true });
  });

  it('falls back on the review date when the file has no history', () => {
    const git = fakeGit(commit('2026-11-20T00:00:00Z', 'content/chapitres/autre.mdx'));
    expect(lastUpdated('content/chapitres/x.mdx', fallback, git)).toEqual({ date: fallback, fromGit: false });
    expect(lastUpdated('x', fallback, fakeGit(''))).toEqual({ date: fallback, fromGit: false });
  });

  it('falls back when git is missing', () => {
    const noGit = () => {
      throw new Error('spawn git ENOENT');
    };
    expect(lastUpdated('x', fallback, noGit)).toEqual({ date: fallback, fromGit: false });
  });

  it('gives a committed file the date git itself gives it, and the fallback when git refuses the folder', () => {
    // git refuses a clone owned by another user (« dubious ownership »), as when tests run as root in a copied checkout
    let answer = '';
    try {
      answer = execFileSync('git', ['log', '-1', '--format=%cI', '--', 'package.json'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    } catch {
      answer = '';
    }
    expect(lastUpdated('package.json', fallback)).toEqual(answer ? { date: new Date(answer), fromGit: true } : { date: fallback, fromGit: false });
  });
});
