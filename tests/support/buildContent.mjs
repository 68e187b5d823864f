// Build a content folder written for the occasion (a generated guide, another organisation's version) into `dist`,
// then forget the folder and the content cache Astro kept for it. Returns the build's exit status.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { cacheDirFor } from '../../src/lib/loadSite.ts';
import { ASTRO, projectCopy } from './projectCopy.mjs';

export function buildWrittenContent({ prefix, write, dist, env = {} }) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  write(dir);
  rmSync(dist, { recursive: true, force: true });
  // in a copy of the project, so that this build can run beside the site's own (see projectCopy.mjs)
  const root = projectCopy();
  const run = spawnSync(process.execPath, [ASTRO, 'build', '--outDir', resolve(dist)], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, CONTENU_DIR: dir, ASTRO_TELEMETRY_DISABLED: '1', ...env },
  });
  if (run.error) console.error(`astro build ne démarre pas : ${run.error.message}`);
  for (const folder of [dir, root, cacheDirFor({ CONTENU_DIR: dir })]) rmSync(folder, { recursive: true, force: true });
  return run.status ?? 1;
}
