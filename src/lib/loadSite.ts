import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { existsSync, readFileSync } from 'node:fs';
import { siteSchema, type Site } from './schemas.ts';
import { svgProblems } from './svg.ts';
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

/**
 * The guide's logo, named by « logo » in site.yaml: the SVG text, drawn inline in the header so that it costs no
 * request and takes the theme's colours. A missing file or one that breaks the diagram rules stops the build.
 */
export function loadLogo(site: Pick<Site, 'logo'>, dir: string = contentDir()): string {
  const file = join(dir, site.logo);
  const where = `${join(dir, 'site.yaml')} : champ « logo »`;
  if (!existsSync(file)) throw new Error(`${where} : le fichier ${file} n’existe pas`);
  const svg = readFileSync(file, 'utf8').trim();
  const problems = svgProblems(svg);
  if (problems.length > 0) throw new Error(`${where} : ${file} ne convient pas\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  return svg;
}
