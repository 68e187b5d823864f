import { execFileSync } from 'node:child_process';

/** Runs `git log` and returns its output, or throws when git or the history is missing. */
export type GitRunner = (args: string[]) => string;

const runGit: GitRunner = (args) => execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });

/** Date of the last commit that touched a file, or the fallback when git knows nothing of it. */
export function lastUpdated(file: string, fallback: Date, run: GitRunner = runGit): { date: Date; fromGit: boolean } {
  try {
    const out = run(['log', '-1', '--format=%cI', '--', file]).trim();
    const date = new Date(out);
    if (out !== '' && !Number.isNaN(date.getTime())) return { date, fromGit: true };
  } catch {
    // no git, or not a repository: the front matter date stands in
  }
  return { date: fallback, fromGit: false };
}
