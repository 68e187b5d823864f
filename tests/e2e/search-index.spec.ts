// Pagefind indexes only what opts in with data-pagefind-body: the chapters, nothing else.
import { readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { listBuiltPages } from '../support/builtSite.ts';

const SIGNATURE = 'pagefind_dcd';

/** URLs held by the Pagefind index, read from its compressed fragments. */
function indexedUrls(): string[] {
  const dir = 'dist/pagefind/fragment';
  return readdirSync(dir)
    .map((f) => {
      const raw = gunzipSync(readFileSync(`${dir}/${f}`)).toString('utf8');
      const json = raw.startsWith(SIGNATURE) ? raw.slice(SIGNATURE.length) : raw;
      return (JSON.parse(json) as { url: string }).url;
    })
    .sort();
}

test('the search index holds every chapter and no other page', () => {
  const chapters = listBuiltPages('dist')
    .map((p) => p.url)
    .filter((u) => u.startsWith('/guide/'))
    .sort();
  const indexed = indexedUrls();
  console.log(`Pages indexées par Pagefind (${indexed.length}) : ${indexed.join(', ')}`);
  expect(indexed).toEqual(chapters);
});
