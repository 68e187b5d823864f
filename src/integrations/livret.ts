// The chapters of the booklet are written aside while the pages render, and put into its page once the build is
// done (src/lib/livret.ts): before any other step reads the built pages, so that all of them read the whole booklet.
import type { AstroIntegration } from 'astro';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ASIDE_ENV, putChaptersInPlace } from '../lib/livret.ts';

/** Integration: the booklet at `page` (its built file, from the build folder) gets its chapters written aside. */
export function livretAssemble(page = 'guide-complet/index.html'): AstroIntegration {
  let dir: string | undefined;
  /** Take the folder away, and its name from the environment: once the build is done, or when it stops before. */
  const cleanUp = () => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    delete process.env[ASIDE_ENV];
    dir = undefined;
    process.off('exit', cleanUp);
  };
  return {
    name: 'numerique-libre:livret',
    hooks: {
      'astro:build:start': () => {
        dir = mkdtempSync(join(tmpdir(), 'livret-'));
        process.env[ASIDE_ENV] = dir;
        // a build that stops while rendering never reaches astro:build:done: the folder goes when the process ends
        process.once('exit', cleanUp);
      },
      'astro:build:done': ({ dir: out, logger }) => {
        if (!dir) return;
        try {
          const start = performance.now();
          const count = putChaptersInPlace(join(fileURLToPath(out), page), dir);
          if (count > 0) logger.info(`livret : ${count} chapitres mis en place en ${Math.round(performance.now() - start)} ms`);
        } finally {
          cleanUp();
        }
      },
    },
  };
}
