// A copy of the guide's project, its dependencies linked, for one build of a content folder.
//
// Astro writes the list of the chapters it compiles into its root's .astro/ folder, and the pages it renders into the
// .astro/ folder of the directory it runs in when the output folder is elsewhere: two builds sharing a project could
// compile or render each other's pages. Builds run each in a copy of its own (as their working directory) can run side
// by side.
import { cpSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** What an Astro build of the guide reads from its project, besides the content folder and the dependencies. */
const PROJECT_FILES = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public'];

/** Astro's command, to start with the Node already running: through npx, each build would start npm first. */
export const ASTRO = resolve('node_modules/astro/bin/astro.mjs');

/** Copy the project into a new temporary folder, with node_modules linked to the project's own, and return its path. */
export function projectCopy() {
  const root = mkdtempSync(join(tmpdir(), 'projet-'));
  for (const name of PROJECT_FILES) cpSync(name, join(root, name), { recursive: true });
  symlinkSync(resolve('node_modules'), join(root, 'node_modules'), 'dir');
  return root;
}
