// How the guide's search answers a question typed in plain French. Pagefind keeps only the pages holding every word
// of a query: the search asks for the words that carry the subject, without the small words of French; when that
// finds too little, it asks for the most significant words one by one and merges the answers by rank (reciprocal
// rank fusion), saying that they are approximate. Pure functions:
// the browser module (src/scripts/recherche.ts) runs them against Pagefind, the tests against a fake engine.

/** Where the search interface is built, under the site's base path: the button of every page loads it from there. */
export const SEARCH_UI = 'recherche/interface.js';

/** Words that carry no subject in a French question: articles, pronouns, prepositions, auxiliaries, question words. */
export const STOP_WORDS = new Set(
  (
    'a à ai aie as au aux avec avoir c ça ca ce ceci cela celle celles celui ces cet cette ceux chez comme comment ' +
    'd dans de des du elle elles en est et être etre eu eux faire fais fait faut il ils j je l la le les leur leurs ' +
    'lui m ma mais me mes moi mon n ne ni nos notre nous on ont ou où par pas pour pourquoi qu quand que quel quelle quelles ' +
    'quels qui quoi s sa sans se ses si son sont sur t ta te tes toi ton tu un une vos votre vous y ' +
    'peut peux puis veut veux doit dois mettre trouver utiliser qu veut dire signifie definition définition existe ' +
    'existe-t-il plusieurs même faire fait quoi chose truc moyen ' +
    // words that only stress or doubt: « vraiment », « très », « forcément »
    'vraiment très tres trop beaucoup assez bien plutôt plutot encore déjà deja aussi ' +
    'forcément forcement nécessairement necessairement obligatoirement toujours'
  ).split(' '),
);

/** The words of a query, lower-cased, elisions split (« qu'est-ce qu'une instance » → qu, est, ce, qu, une, instance). */
export function queryWords(query: string): string[] {
  return query
    .toLowerCase()
    .replace(/[’']/g, ' ')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}

/** The same word without its accents, so that « hébergeur » and « hebergeur » are one. */
export const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '');
const FOLDED_STOP_WORDS = new Set([...STOP_WORDS].map(fold));

/** The words of a query that carry its subject. */
export function contentWords(query: string): string[] {
  return queryWords(query).filter((w) => !FOLDED_STOP_WORDS.has(fold(w)) && !(w.length < 2 && !/\d/.test(w)));
}

/** At most `count` words of the query, the longest first (a rough but stable measure of how much a word says). */
export function significantWords(query: string, count = 4): string[] {
  const words = [...new Set(contentWords(query))];
  return words
    .map((w, i) => ({ w, i }))
    .sort((a, b) => b.w.length - a.w.length || a.i - b.i)
    .slice(0, count)
    .map((x) => x.w);
}

/** One way of asking the engine, with the weight its answers get in the merge. */
export interface Attempt {
  query: string;
  weight: number;
}

/**
 * What is asked first: the words of the query that carry its subject. The small words of French would narrow
 * nothing (every page holds « de » or « les ») and each costs the download of a piece of the index; a query made only
 * of them is asked as typed.
 */
export function firstQuery(query: string): string {
  const words = significantWords(query, MAX_WORDS);
  // the words in the reader's order, accents off: typed with or without them, a query gives the same results
  const kept = contentWords(query).filter((w, i, all) => words.includes(w) && all.indexOf(w) === i);
  return fold((kept.length > 0 ? kept : queryWords(query)).join(' '));
}

/**
 * At most this many words are asked: each word of a query may cost the download of a piece of the index (about
 * 28 KB compressed), and the first query must stay under 150 KB in all.
 */
export const MAX_WORDS = 3;

/** The queries tried when the first one finds too little: its most significant words, one by one. */
export function fallbackAttempts(query: string): Attempt[] {
  const words = significantWords(query, MAX_WORDS);
  return words.length > 1 ? words.map((word) => ({ query: fold(word), weight: 1 })) : [];
}

/** Reciprocal rank fusion: a page found early, and by several attempts, comes first. */
export function mergeByRank<T>(lists: { items: T[]; weight: number }[], key: (item: T) => string, k = 3): T[] {
  const scores = new Map<string, { item: T; score: number; first: number }>();
  let order = 0;
  for (const { items, weight } of lists) {
    items.forEach((item, rank) => {
      const id = key(item);
      const entry = scores.get(id) ?? { item, score: 0, first: order++ };
      entry.score += weight / (k + rank + 1);
      scores.set(id, entry);
    });
  }
  return [...scores.values()].sort((a, b) => b.score - a.score || a.first - b.first).map((e) => e.item);
}

/** What the search shows: the pages, and whether they answer the query itself or an approximation of it. */
export interface Answer<T> {
  results: T[];
  approximate: boolean;
}

/** Fewer results than this for all the words of a query, and the search asks again more loosely. */
export const ENOUGH = 3;

/** A question that asks what a word means (« c'est quoi… », « que veut dire… », « définition… »): the glossary answers first. */
export function asksForDefinition(query: string): boolean {
  return /\b(c\s*['’]?\s*est\s+quoi|qu\s*['’]?\s*est[\s-]+ce\s+qu|d[ée]finition|veut\s+dire|signifie|ça\s+veut|ca\s+veut)\b/i.test(query);
}

/** The engine as the search sees it: the results of one query in rank order, within one type of page or all. */
export type Engine<T> = (query: string, onlyType?: string) => Promise<T[]>;

/**
 * Answer a query. All the words that carry the subject come first; when the pages holding them all are fewer than
 * ENOUGH, each significant word is asked alone and every answer is merged by rank, the pages holding every word
 * first. A question asking for a definition puts the glossary's answers in front.
 */
export async function answer<T>(query: string, search: Engine<T>, key: (item: T) => string): Promise<Answer<T>> {
  const first = firstQuery(query);
  const all = await search(first);
  const definitions = asksForDefinition(query) ? await search(first, 'Glossaire') : [];
  const lists = [
    { items: definitions, weight: 6 },
    { items: all, weight: 3 },
  ];
  if (all.length < ENOUGH) for (const attempt of fallbackAttempts(query)) lists.push({ items: await search(attempt.query), weight: attempt.weight });
  // a definition asked with words the glossary does not hold together: each word, in the glossary
  if (asksForDefinition(query) && definitions.length === 0)
    for (const attempt of fallbackAttempts(query)) lists.push({ items: await search(attempt.query, 'Glossaire'), weight: 4 });
  const results = mergeByRank(lists, key);
  const exact = new Set([...all, ...definitions].map(key));
  return { results, approximate: results.some((r) => !exact.has(key(r))) };
}
