import { execFileSync } from 'node:child_process';
import { dirname, relative, resolve, sep } from 'node:path';

/** Runs `git log` and returns its output, or throws when git or the history is missing. */
export type GitRunner = (args: string[]) => string;

const runGit: GitRunner = (args) =>
  execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 256 * 1024 * 1024 });

const DATE_MARK = '\u0001';

/** Date of the last commit touching each file under a folder, from one `git log` (paths relative to the working folder). */
export function folderHistory(dir: string, run: GitRunner = runGit): Map<string, Date> {
  // -z: file names come unquoted, NUL-separated; the mark tells a commit date from a file name
  // a merge that changed a file on both sides counts, as it does for `git log -1 -- file`
  const out = run(['log', '-z', `--format=${DATE_MARK}%cI`, '--name-only', '--diff-merges=combined', '--relative', '--', dir]);
  const history = new Map<string, Date>();
  let date: Date | undefined;
  for (const raw of out.split('\0')) {
    const token = raw.replace(/^\n/, '');
    if (token === '') continue;
    if (token.startsWith(DATE_MARK)) {
      const d = new Date(token.slice(1).trim());
      date = Number.isNaN(d.getTime()) ? undefined : d;
    } else if (date) {
      const known = history.get(token);
      if (!known || known < date) history.set(token, date);
    }
  }
  return history;
}

// One history per folder and runner: the build asks for every chapter, git is asked once
const cache = new WeakMap<GitRunner, Map<string, Map<string, Date> | undefined>>();

/** Date of the last commit that touched a file, or the fallback when git knows nothing of it. */
export function lastUpdated(file: string, fallback: Date, run: GitRunner = runGit): { date: Date; fromGit: boolean } {
  const path = relative(process.cwd(), resolve(file)).split(sep).join('/');
  const dir = dirname(path);
  let folders = cache.get(run);
  if (!folders) cache.set(run, (folders = new Map()));
  if (!folders.has(dir)) {
    try {
      folders.set(dir, folderHistory(dir, run));
    } catch {
      // no git, or not a repository: the front matter date stands in
      folders.set(dir, undefined);
    }
  }
  const date = folders.get(dir)?.get(path);
  return date ? { date, fromGit: true } : { date: fallback, fromGit: false };
}
