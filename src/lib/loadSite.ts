import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { siteSchema, type Site } from './schemas.ts';
import { parseOrExplain } from './validate.ts';

/** Folder holding the guide's content; CONTENU_DIR points the build at another one (tests, forks). */
export function contentDir(env: Record<string, string | undefined> = process.env): string {
  return env.CONTENU_DIR ?? 'content';
}

/** Read and validate site.yaml, throwing an error that names the file and the field. */
export function loadSite(dir: string = contentDir()): Site {
  const file = join(dir, 'site.yaml');
  let raw: unknown;
  try {
    raw = parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file} : lecture impossible (${(error as Error).message})`);
  }
  return parseOrExplain(siteSchema, raw, file);
}
