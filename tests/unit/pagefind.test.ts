import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { INDEXED_FOLDERS, INDEXED_GLOB, unreadIndexedPages } from '../../src/integrations/pagefind.ts';

describe('the folders the search index reads', () => {
  const dist = mkdtempSync(join(tmpdir(), 'index-'));
  const page = (path: string, body: string) => {
    mkdirSync(dirname(join(dist, path)), { recursive: true });
    writeFileSync(join(dist, path), `<html lang="fr"><body>${body}</body></html>`);
  };
  afterAll(() => rmSync(dist, { recursive: true, force: true }));

  it('names each indexed folder in the glob given to Pagefind', () => {
    expect(INDEXED_GLOB).toBe(`{${INDEXED_FOLDERS.join(',')}}/**/*.html`);
    expect(INDEXED_FOLDERS).toEqual(expect.arrayContaining(['guide', 'alternatives', 'remplacer']));
  });

  it('finds a page asking to be indexed outside them, and only that one', () => {
    page('guide/un-chapitre/index.html', '<main data-pagefind-body><h1>Un chapitre</h1></main>');
    page('projection/un-chapitre/index.html', '<main><h1>Diapositives</h1></main>');
    expect(unreadIndexedPages(dist)).toEqual([]);
    page('nouveau/page/index.html', '<main data-pagefind-body><h1>Nouvelle sorte de page</h1></main>');
    expect(unreadIndexedPages(dist)).toEqual([join('nouveau', 'page', 'index.html')]);
  });
});
