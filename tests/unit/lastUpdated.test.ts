import { execFileSync } from 'node:child_process';
import { mkdtempSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
});

describe('last update date from a real git history', () => {
  const here = process.cwd();
  let repo = '';
  // The commit date git records, distinct from the author date and from the fallback, so only git can yield it.
  const committed = '2025-03-04T05:06:07+01:00';

  beforeAll(() => {
    repo = realpathSync(mkdtempSync(join(tmpdir(), 'historique-')));
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=Essai', '-c', 'user.email=essai@exemple.org', '-c', 'commit.gpgsign=false', '-c', 'core.hooksPath=/dev/null', ...args], {
        cwd: repo,
        env: { ...process.env, GIT_AUTHOR_DATE: '2024-01-02T03:04:05+00:00', GIT_COMMITTER_DATE: committed },
        stdio: 'ignore',
      });
    git('init', '-q');
    writeFileSync(join(repo, 'chapitre.mdx'), 'Un chapitre.\n');
    git('add', 'chapitre.mdx');
    git('commit', '-q', '-m', 'Premier chapitre');
    writeFileSync(join(repo, 'nouveau.mdx'), 'Pas encore versé.\n');
    process.chdir(repo);
  });

  afterAll(() => process.chdir(here));

  it('is the commit date of the last commit that touched the file', () => {
    expect(lastUpdated('chapitre.mdx', fallback)).toEqual({ date: new Date('2025-03-04T04:06:07Z'), fromGit: true });
  });

  it('is the fallback for a file git has never seen', () => {
    expect(lastUpdated('nouveau.mdx', fallback)).toEqual({ date: fallback, fromGit: false });
  });
});
