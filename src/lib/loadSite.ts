import { join } from 'node:path';
import { siteSchema, type Site } from './schemas.ts';
import { loadYaml } from './validate.ts';

/** Folder holding the guide's content; CONTENU_DIR points the build at another one (tests, forks). */
export function contentDir(env: Record<string, string | undefined> = process.env): string {
  return env.CONTENU_DIR ?? 'content';
}

/** Read and validate site.yaml, throwing an error that names the file and the field. */
export function loadSite(dir: string = contentDir()): Site {
  return loadYaml(siteSchema, join(dir, 'site.yaml'));
}
