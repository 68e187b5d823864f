// Pagefind indexes only what opts in with data-pagefind-body, with the filters later search features use.
import { readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { listBuiltPages } from '../support/builtSite.ts';

const SIGNATURE = 'pagefind_dcd';

interface Fragment {
  url: string;
  filters: Record<string, string[]>;
}

/** Pages held by the Pagefind index, with their filters, read from its compressed fragments. */
function indexedUrls(): Fragment[] {
  const dir = 'dist/pagefind/fragment';
  return readdirSync(dir)
    .map((f) => {
      const raw = gunzipSync(readFileSync(`${dir}/${f}`)).toString('utf8');
      const json = raw.startsWith(SIGNATURE) ? raw.slice(SIGNATURE.length) : raw;
      return JSON.parse(json) as Fragment;
    })
    .sort((a, b) => a.url.localeCompare(b.url));
}

/** Pages meant for search: chapters, alternatives and replacement pages; lists, filters and text pages stay out. */
const SEARCHABLE = /^\/(guide\/[^/]+|remplacer\/[^/]+|alternatives\/(?!filtres\/)[^/]+)\/$/;

test('the search index holds every chapter, alternative and replacement page, and no other page', () => {
  const expected = listBuiltPages('dist')
    .map((p) => p.url)
    .filter((u) => SEARCHABLE.test(u))
    .sort();
  const indexed = indexedUrls().map((f) => f.url);
  console.log(`Pages indexées par Pagefind : ${indexed.length}`);
  expect(expected.length).toBeGreaterThan(2);
  expect(indexed).toEqual(expected);
});

test('indexed pages carry the search filters type, usage and public', () => {
  const fragments = indexedUrls();
  const kind = (f: Fragment) => f.filters.type?.[0];
  expect(fragments.filter((f) => f.url.startsWith('/guide/')).every((f) => kind(f) === 'Chapitre' && f.filters.public?.length === 1)).toBe(true);
  const alternatives = fragments.filter((f) => /^\/alternatives\//.test(f.url));
  expect(alternatives.every((f) => kind(f) === 'Alternative' && f.filters.usage?.length === 1 && (f.filters.public?.length ?? 0) >= 1)).toBe(true);
  expect(fragments.filter((f) => f.url.startsWith('/remplacer/')).every((f) => kind(f) === 'Remplacer' && f.filters.usage?.length === 1)).toBe(true);
});
