// The links written in the chapters follow the base path and are checked by the build; the build alone writes the search index.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFixture } from '../support/buildFixture.ts';
import { listBuiltPages } from '../support/builtSite.ts';
import { linksOutsideBase } from '../../src/lib/links.ts';
import { pagefindIndex } from '../../src/integrations/pagefind.ts';

const premier = readFileSync('tests/fixtures/contenu/chapitres/premier.mdx', 'utf8');
/** The line of the fixture's first chapter that links to the second one, counted in the file, front matter included. */
const linkLine = premier.split('\n').findIndex((line) => line.includes('(/guide/second/#une-section-à-lier)')) + 1;

describe.concurrent('links in the chapters', () => {
  it('an unknown chapter stops the build, naming the file and the link', async ({ expect }) => {
    const { status, output } = await buildFixture({
      'chapitres/premier.mdx': premier.replace('(/guide/second/#une-section-à-lier)', '(/guide/troisieme/)'),
    });
    expect(status).not.toBe(0);
    expect(linkLine).toBeGreaterThan(1);
    expect(output).toContain(`premier.mdx:${linkLine} : lien « /guide/troisieme/ » vers une page qui n’existe pas`);
  }, 120_000);

  it('an unknown anchor stops the build, naming the file and the link', async ({ expect }) => {
    const { status, output } = await buildFixture({
      'pages/a-propos.mdx': readFileSync('tests/fixtures/contenu/pages/a-propos.mdx', 'utf8').replace('(/guide/premier/)', '(/guide/premier/#section-disparue)'),
    });
    expect(status).not.toBe(0);
    expect(output).toContain('a-propos.mdx:6 : lien « /guide/premier/#section-disparue » vers une ancre qui n’existe pas sur /guide/premier/');
  }, 120_000);

  it('under a base path, the links written in MDX stay under it, and the build alone writes the search index', async ({ expect }) => {
    const aPropos = 'Voir le <a href="/glossaire/#instance">glossaire</a>.\n';
    const { status, output, dist } = await buildFixture(
      { 'pages/a-propos.mdx': `${readFileSync('tests/fixtures/contenu/pages/a-propos.mdx', 'utf8')}\n${aPropos}` },
      { SITE_URL: 'https://exemple.org/notre-guide/' },
    );
    expect(status, output).toBe(0);
    expect(readFileSync(join(dist, 'guide/premier/index.html'), 'utf8')).toContain('href="/notre-guide/guide/second/#une-section-%C3%A0-lier"');
    expect(readFileSync(join(dist, 'a-propos/index.html'), 'utf8')).toContain('href="/notre-guide/glossaire/#instance"');
    const pages = listBuiltPages(dist);
    expect(pages.length).toBeGreaterThan(10);
    const outside = pages.flatMap((p) =>
      linksOutsideBase(readFileSync(p.file, 'utf8'), `https://exemple.org/notre-guide${p.url}`, '/notre-guide/').map((l) => `${p.url} → ${l}`),
    );
    expect(outside).toEqual([]);
    expect(existsSync(join(dist, 'pagefind/pagefind.js'))).toBe(true);
    expect(existsSync(join(dist, 'pagefind/pagefind-entry.json'))).toBe(true);
  }, 120_000);
});

describe('the search index step', () => {
  it('stops the build with a sentence naming the folder when there is no page to index', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'sans-pages-'));
    const hook = pagefindIndex([]).hooks['astro:build:done'] as (o: unknown) => Promise<void>;
    const logger = { info: () => {}, warn: () => {}, error: () => {} };
    await expect(hook({ dir: pathToFileURL(`${empty}/`), logger })).rejects.toThrow(
      `L’index de recherche n’a pas pu être construit : Pagefind : aucune page HTML dans ${empty}/`,
    );
    expect(existsSync(join(empty, 'pagefind'))).toBe(false);
  }, 60_000);
});
