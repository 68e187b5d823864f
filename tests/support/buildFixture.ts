// Build the site from a copy of the small fixture content folder, with files added, replaced or removed.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { cacheDirFor } from '../../src/lib/loadSite.ts';

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
 * then run `astro build` on it with CONTENU_DIR, the given environment and any further arguments (`--root` for
 * another project using the guide's configuration).
 */
export function buildFixture(files: Record<string, string | null> = {}, env: Record<string, string> = {}, args: string[] = []): FixtureBuild {
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
  const run = spawnSync('npx', ['astro', 'build', '--outDir', dist, ...args], {
    // no colours: with CI set, the terminal colour library colours even a pipe, and the tests read the words
    env: { ...process.env, CONTENU_DIR: dir, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', ...env },
    encoding: 'utf8',
  });
  // the build's own content cache (see cacheDirFor) is of no use once it is done
  rmSync(cacheDirFor({ CONTENU_DIR: dir })!, { recursive: true, force: true });
  const output = `${run.stdout}\n${run.stderr}${run.error ? `\n${run.error.message}` : ''}`;
  // and any colour left (a tool that ignores NO_COLOR) taken out
  return { status: run.status, output: output.replace(/\u001b\[[0-9;]*m/g, ''), dir, dist };
}
