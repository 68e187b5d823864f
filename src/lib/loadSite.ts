import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { siteSchema, type Site } from './schemas.ts';
import { loadYaml } from './validate.ts';

/** Folder holding the guide's content; CONTENU_DIR points the build at another one (tests, forks). */
export function contentDir(env: Record<string, string | undefined> = process.env): string {
  return env.CONTENU_DIR ?? 'content';
}

/**
 * Astro keeps the content it has read in its cache folder. A build of another content folder (the tests build several
 * at once) gets a cache of its own, or it would read the chapters another build wrote there; the guide's own content
 * keeps Astro's default.
 */
export function cacheDirFor(env: Record<string, string | undefined> = process.env): string | undefined {
  if (env.CONTENU_DIR === undefined) return undefined;
  const key = createHash('sha1').update(resolve(env.CONTENU_DIR)).digest('hex').slice(0, 12);
  return join(tmpdir(), `numerique-libre-cache-${key}`);
}

/** Read and validate site.yaml, throwing an error that names the file and the field. */
export function loadSite(dir: string = contentDir()): Site {
  return loadYaml(siteSchema, join(dir, 'site.yaml'));
}
