// Pagefind indexes only what opts in with data-pagefind-body, with the filters later search features use.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { parse } from 'yaml';
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

/** Every glossary term, as a record of its own landing on its entry of the glossary page. */
const glossaryAnchors = (parse(readFileSync('content/glossaire.yaml', 'utf8')) as { id: string }[]).map((t) => `/glossaire/#${t.id}`);

test('the search index holds every chapter, alternative, replacement page and glossary term, and nothing else', () => {
  const expected = [
    ...listBuiltPages('dist')
      .map((p) => p.url)
      .filter((u) => SEARCHABLE.test(u)),
    ...glossaryAnchors,
  ].sort((a, b) => a.localeCompare(b));
  const indexed = indexedUrls().map((f) => f.url);
  console.log(`Pages indexées par Pagefind : ${indexed.length}`);
  expect(expected.length).toBeGreaterThan(2);
  expect(indexed).toEqual(expected);
  // the pages made from a chapter for another use are never results: its slides, handout, trainer script, the booklet
  const derived = listBuiltPages('dist')
    .map((p) => p.url)
    .filter((u) => /^\/(projection|fiche|formation)\/|^\/guide-complet\/$/.test(u));
  expect(derived.length).toBeGreaterThan(3);
  expect(indexed.filter((u) => derived.includes(u))).toEqual([]);
});

/** Each page type held by the index, with the filters its pages must carry. */
const PAGE_TYPES = [
  { prefix: '/guide/', type: 'Chapitre', usage: false },
  { prefix: '/alternatives/', type: 'Alternative', usage: true },
  { prefix: '/remplacer/', type: 'Remplacer', usage: true },
] as const;

test('each glossary term is indexed alone, under the type Glossaire, with its term as title and its definition as text', () => {
  const terms = parse(readFileSync('content/glossaire.yaml', 'utf8')) as { id: string; terme: string; definition: string }[];
  const records = indexedUrls().filter((f) => f.url.startsWith('/glossaire/'));
  expect(records.length).toBe(terms.length);
  for (const record of records as (Fragment & { meta: { title: string }; content: string })[]) {
    const term = terms.find((t) => record.url === `/glossaire/#${t.id}`)!;
    expect(record.filters.type).toEqual(['Glossaire']);
    expect(record.meta.title).toBe(term.terme);
    // the definition as the glossary page shows it, and nothing more: no hidden words
    expect(record.content.replace(/\s+/g, ' ').trim()).toBe(`${term.terme}. ${term.definition}`.replace(/\s+/g, ' '));
  }
});

/** The one vocabulary of the search filter `public` (src/lib/publics.ts). */
const PUBLICS = ['Structures', 'Particuliers'];

for (const { prefix, type, usage } of PAGE_TYPES) {
  test(`indexed pages under ${prefix} carry the filters type, ${usage ? 'usage and ' : ''}public, in one vocabulary`, () => {
    const pages = indexedUrls().filter((f) => f.url.startsWith(prefix));
    expect(pages.length, `aucune page ${prefix} dans l’index`).toBeGreaterThan(0);
    // one line per page, so that a failure names the page and what it carries
    const faults = pages.flatMap((f) => {
      const problems: string[] = [];
      if (f.filters.type?.length !== 1 || f.filters.type[0] !== type) problems.push(`type ${JSON.stringify(f.filters.type)} au lieu de ["${type}"]`);
      if (usage && f.filters.usage?.length !== 1) problems.push(`usage ${JSON.stringify(f.filters.usage)} : une valeur attendue`);
      const publics = f.filters.public ?? [];
      if (publics.length === 0) problems.push('aucune valeur public');
      const outside = publics.filter((p) => !PUBLICS.includes(p));
      if (outside.length > 0) problems.push(`public hors du vocabulaire : ${JSON.stringify(outside)}`);
      return problems.map((p) => `${f.url} : ${p}`);
    });
    expect(faults).toEqual([]);
  });
}

test('the facts of an alternative are indexed as separate words, not glued to their labels', async () => {
  const { ui } = await import('../../src/ui.ts');
  const labels = [ui.factFor, ui.factNotFor, ui.factReplaces, ui.factUse, ui.factStart, ui.factLicence, ui.factInstall, ui.factSelfHosting, ui.factCost, ui.factPublic, ui.audience];
  const faults = (indexedUrls() as (Fragment & { content: string })[])
    .filter((f) => f.url.startsWith('/alternatives/'))
    .flatMap((f) => labels.filter((label) => f.content.includes(label) && !new RegExp(`${label}[\\s.:,;]`).test(f.content)).map((label) => `${f.url} : « ${label} » collé au mot suivant`));
  expect(faults).toEqual([]);
});

test('each piece of the index weighs at most 8 KB compressed, so that a word of a query costs little', () => {
  // a query downloads the piece holding each of its words (src/integrations/pagefind.ts, INDEX_CHUNK_OCCURRENCES)
  const dir = 'dist/pagefind/index';
  const pieces = readdirSync(dir).map((f) => ({ f, bytes: statSync(`${dir}/${f}`).size }));
  console.log(`Index de recherche : ${pieces.length} morceaux, de ${Math.min(...pieces.map((p) => p.bytes))} à ${Math.max(...pieces.map((p) => p.bytes))} octets`);
  expect(pieces.length).toBeGreaterThan(1);
  expect(pieces.filter((p) => p.bytes > 8 * 1024)).toEqual([]);
});
