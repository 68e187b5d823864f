// Build a content folder written for the occasion (a generated guide, another organisation's version) into `dist`,
// then forget the folder and the content cache Astro kept for it. Returns the build's exit status.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { cacheDirFor } from '../../src/lib/loadSite.ts';

export function buildWrittenContent({ prefix, write, dist, env = {} }) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  write(dir);
  rmSync(dist, { recursive: true, force: true });
  const run = spawnSync('npx', ['astro', 'build', '--outDir', resolve(dist)], {
    stdio: 'inherit',
    env: { ...process.env, CONTENU_DIR: dir, ASTRO_TELEMETRY_DISABLED: '1', ...env },
  });
  rmSync(dir, { recursive: true, force: true });
  rmSync(cacheDirFor({ CONTENU_DIR: dir }), { recursive: true, force: true });
  return run.status ?? 1;
}
