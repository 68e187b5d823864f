import { describe, expect, it } from 'vitest';
import { MAX_WORDS, answer, contentWords, fallbackAttempts, firstQuery, fold, mergeByRank, queryWords, significantWords } from '../../src/lib/recherche.ts';

describe('the words of a question', () => {
  it('are split at elisions and punctuation, lower-cased', () => {
    expect(queryWords("Qu'est-ce qu’une instance ?")).toEqual(['qu', 'est', 'ce', 'qu', 'une', 'instance']);
  });

  it('lose the small words of French, with or without their accents', () => {
    expect(contentWords('comment remplacer les groupes whatsapp de notre club')).toEqual(['remplacer', 'groupes', 'whatsapp', 'club']);
    expect(contentWords('où mettre les photos de nos événements')).toEqual(['photos', 'événements']);
    expect(contentWords('ou mettre les photos de nos evenements')).toEqual(['photos', 'evenements']);
    expect(contentWords("qu'est-ce qu'une instance")).toEqual(['instance']);
    // a word that only doubts carries no subject: the pages holding « forcément » are no answer
    expect(firstQuery('un logiciel gratuit c’est forcément libre ?')).toBe('logiciel gratuit libre');
  });

  it('lose the question words and the words that only stress, which name no subject', () => {
    expect(contentWords('pourquoi nos publications facebook touchent si peu de monde')).toEqual(['publications', 'facebook', 'touchent', 'peu', 'monde']);
    expect(contentWords('comment savoir où nos adhérents s’informent vraiment')).toEqual(['savoir', 'adhérents', 'informent']);
    expect(contentWords('un outil très très simple')).toEqual(['outil', 'simple']);
  });

  it('keep the longest ones as the most significant, at most four, each once', () => {
    expect(significantWords('nos adhérents ne lisent pas nos mails')).toEqual(['adhérents', 'lisent', 'mails']);
    expect(significantWords('un a b c deux trois quatre cinq six sept', 4)).toEqual(['quatre', 'trois', 'deux', 'cinq']);
    expect(significantWords('club club club')).toEqual(['club']);
  });
});

describe('what is asked', () => {
  it('first, the words that carry the subject; a query of small words only, as typed', () => {
    expect(firstQuery('où mettre les photos de nos événements')).toBe('photos evenements');
    expect(firstQuery('Hébergeur associatif')).toBe(firstQuery('hebergeur associatif'));
    expect(firstQuery("Qu'est-ce qu'une instance ?")).toBe('instance');
    expect(firstQuery('où est-ce')).toBe('ou est ce');
  });

  it('at most three words, the most significant, in the reader’s order', () => {
    expect(firstQuery('comment écrire un compte rendu à plusieurs en même temps')).toBe('ecrire compte rendu');
    expect(firstQuery('comment écrire un compte rendu à plusieurs en même temps').split(' ')).toHaveLength(MAX_WORDS);
  });

  it('then, when that finds too little, each significant word alone', () => {
    expect(fallbackAttempts('où mettre les photos de nos événements')).toEqual([
      { query: 'evenements', weight: 1 },
      { query: 'photos', weight: 1 },
    ]);
    expect(fallbackAttempts('trello')).toEqual([]);
  });
});

describe('merging by rank', () => {
  it('puts first what several lists find early', () => {
    const merged = mergeByRank(
      [
        { items: ['a', 'b', 'c'], weight: 1 },
        { items: ['c', 'd'], weight: 1 },
      ],
      (x) => x,
    );
    expect(merged).toEqual(['c', 'a', 'b', 'd']);
  });

  it('gives a heavier list more say', () => {
    expect(mergeByRank([{ items: ['a'], weight: 1 }, { items: ['b'], weight: 2 }], (x) => x)).toEqual(['b', 'a']);
  });
});

describe('answering a question', () => {
  // a fake engine: a page matches when it holds every word of the query, as Pagefind does
  const pages: Record<string, string> = {
    '/remplacer/google-photos/': 'remplacer google photos albums souvenirs',
    '/alternatives/piwigo/': 'piwigo photos événements galerie',
    '/remplacer/evenements-facebook/': 'événements facebook agenda',
    '/alternatives/mobilizon/': 'mobilizon événements',
  };
  const engine = async (query: string) =>
    Object.keys(pages).filter((url) => query.split(' ').every((w) => fold(pages[url]).split(' ').includes(w)));

  it('returns the engine’s own results when they are enough', async () => {
    const many = async () => ['/a/', '/b/', '/c/'];
    expect(await answer('whatsapp', many, (x) => x)).toEqual({ results: ['/a/', '/b/', '/c/'], approximate: false });
  });

  it('finds, and says approximate, what no page answers word for word', async () => {
    const result = await answer('où mettre les photos de nos événements', engine, (x) => x);
    expect(result.approximate).toBe(true);
    // the page holding both words comes first, then those holding one
    expect(result.results[0]).toBe('/alternatives/piwigo/');
    expect(result.results).toHaveLength(4);
  });

  it('says nothing approximate when the looser queries find nothing more', async () => {
    expect(await answer('introuvable absolument', engine, (x) => x)).toEqual({ results: [], approximate: false });
  });
});
