// Links written in the MDX: the base path is added while each file compiles, and every link is checked once the
// whole site is built, against the pages and the element ids Astro actually wrote (headings, glossary terms…).
import type { AstroIntegration } from 'astro';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ownString } from '../lib/ownCopy.ts';
import { findBrokenLinks, htmlIds, pageOfFile, type BuiltSite, type FileLinks } from '../lib/links.ts';

/**
 * The pages and files of a build folder, with the ids of each page, read from its file the first time they are asked
 * for: a check reads the pages its links aim at, not the 8,000 pages of a 2,000-chapter guide, booklet included.
 */
export function readBuiltSite(dist: string): BuiltSite {
  const fileOf = new Map<string, string>();
  const ids = new Map<string, Set<string>>();
  const site: BuiltSite = {
    pages: {
      has: (path) => fileOf.has(path),
      get: (path) => {
        const file = fileOf.get(path);
        if (file === undefined) return undefined;
        if (!ids.has(path)) ids.set(path, htmlIds(readFileSync(file, 'utf8')));
        return ids.get(path);
      },
    },
    files: new Set(),
  };
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) {
        walk(full);
        continue;
      }
      const path = `/${relative(dist, full).split(sep).join('/')}`;
      site.files.add(path);
      if (path.endsWith('.html')) fileOf.set(path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path, full);
    }
  };
  walk(dist);
  return site;
}

/** The MDX files of the content folder that become pages (chapters and text pages, but `leftOut`), with the route each one becomes. */
function contentPages(contentDir: string, leftOut: Set<string>): { file: string; page?: string }[] {
  return ['chapitres', 'pages'].flatMap((folder) => {
    const dir = join(contentDir, folder);
    const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.mdx')) : [];
    return files.map((f) => ({ file: join(dir, f), page: pageOfFile(join(dir, f)) })).filter((f) => !leftOut.has(f.page ?? ''));
  });
}

/**
 * Where the compile step (src/lib/mdxPipeline.ts) records each file's links and its links to hidden pages, and the
 * integration that checks the first after the build and lists the second as a warning. `leftOut`: the routes of the
 * chapters this build does not compile (hidden, drafts).
 */
export function internalLinks(
  contentDir: string,
  leftOut: Set<string> = new Set(),
): { record: (links: FileLinks) => void; recordUnlinked: (file: string, sentences: string[]) => void; integration: AstroIntegration } {
  // keyed by file, so a file compiled twice is checked once
  const written = new Map<string, FileLinks>();
  const unlinked = new Map<string, string[]>();
  return {
    record: (links) => written.set(links.file, links),
    // a sentence quotes an address read from the file: kept as a copy, not as a view of the file's text
    recordUnlinked: (file, sentences) => (sentences.length > 0 ? unlinked.set(file, sentences.map(ownString)) : unlinked.delete(file)),
    integration: {
      name: 'numerique-libre:liens-internes',
      hooks: {
        'astro:build:done': ({ dir, logger }) => {
          // a page compiled out of sight (a cache, a future loader) would otherwise pass unchecked; compared by route,
          // since Astro's content cache may keep the path of an identical file from another content folder
          const seen = new Set([...written.values()].map((f) => f.page));
          const unseen = contentPages(contentDir, leftOut).filter((f) => !seen.has(f.page));
          if (unseen.length > 0) throw new Error(`Liens non vérifiés : ces fichiers n’ont pas été compilés pendant la construction : ${unseen.map((f) => relative(process.cwd(), f.file)).join(', ')}`);
          const problems = findBrokenLinks([...written.values()], readBuiltSite(fileURLToPath(dir)));
          if (problems.length > 0) {
            throw new Error(`Lien interne cassé dans le contenu :\n${problems.map((p) => `  - ${p}`).join('\n')}`);
          }
          if (unlinked.size > 0) {
            const lines = [...unlinked].flatMap(([file, sentences]) => sentences.map((s) => `  - ${file}, ${s}`));
            logger.warn(`Liens vers des pages masquées, devenus du texte (${lines.length}) :\n${lines.join('\n')}`);
          }
          const count = [...written.values()].reduce((n, f) => n + f.links.length, 0);
          logger.info(`${count} liens internes vérifiés dans ${written.size} fichiers`);
        },
      },
    },
  };
}
