// Build the site from a copy of the small fixture content folder, with files added, replaced or removed.
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { cacheDirFor } from '../../src/lib/loadSite.ts';
import { ASTRO, projectCopy } from './projectCopy.mjs';

export const FIXTURE = 'tests/fixtures/contenu';

export interface FixtureBuild {
  status: number | null;
  /** stdout and stderr of the build, together. */
  output: string;
  /** The content folder that was built. */
  dir: string;
  dist: string;
}

/**
 * Copy the fixture content, write `files` over it (paths relative to the content folder; `null` removes a file),
 * then run `astro build` on it with CONTENU_DIR and the given environment. The build runs in a copy of the project
 * (see projectCopy.mjs), so that builds can run side by side, unless `root` names another project using the guide's
 * configuration, which then must not be built twice at once.
 */
export async function buildFixture(files: Record<string, string | null> = {}, env: Record<string, string> = {}, root?: string): Promise<FixtureBuild> {
  const dir = mkdtempSync(join(tmpdir(), 'contenu-'));
  cpSync(FIXTURE, dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) {
    const path = join(dir, name);
    if (text === null) rmSync(path, { force: true });
    else {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, text);
    }
  }
  const dist = join(dir, 'dist');
  // the build runs in its project's folder, so that what Astro writes beside its output stays in that project
  const project = root === undefined ? projectCopy() : resolve(root);
  const run = await spawned(process.execPath, [ASTRO, 'build', '--outDir', dist], project, {
    // no colours: with CI set, the terminal colour library colours even a pipe, and the tests read the words
    ...process.env,
    CONTENU_DIR: dir,
    ASTRO_TELEMETRY_DISABLED: '1',
    NO_COLOR: '1',
    ...env,
  });
  // the build's own content cache (see cacheDirFor) and its copy of the project are of no use once it is done
  rmSync(cacheDirFor({ CONTENU_DIR: dir })!, { recursive: true, force: true });
  if (root === undefined) rmSync(project, { recursive: true, force: true });
  // any colour left (a tool that ignores NO_COLOR) taken out
  return { status: run.status, output: run.output.replace(/\u001b\[[0-9;]*m/g, ''), dir, dist };
}

/** Run a command to its end: its exit code, and its stdout then its stderr (or why it could not start). */
function spawned(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<{ status: number | null; output: string }> {
  return new Promise((done) => {
    const child = spawn(command, args, { cwd, env });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', (e) => done({ status: null, output: `${Buffer.concat(out)}\n${Buffer.concat(err)}\n${e.message}` }));
    child.on('close', (status) => done({ status, output: `${Buffer.concat(out)}\n${Buffer.concat(err)}` }));
  });
}
