// Each rule of nouveautes.yaml has a file that breaks it; the order, the left-out pages, the chapters' reviews,
// the months of the page and the feed's items are checked on small lists.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
  feedItem,
  leftOutBy,
  newestFirst,
  newsByMonth,
  newsPageProblems,
  publishedNews,
  readNews,
  shownNews,
  slugOf,
  withReviews,
  type NewsEntry,
} from '../../src/lib/nouveautes.ts';

const today = new Date('2026-12-02T12:00:00Z');

const entry = (extra: object = {}) => ({
  date: '2026-12-02',
  titre: 'Le mode formation',
  texte: "Chaque chapitre se projette en diapositives, avec une vue pour la personne qui anime.",
  pages: ['/formation/', '/projection/pourquoi/'],
  ...extra,
});

/** Write a news file to a throw-away folder, and load it. */
function load(data: unknown) {
  const dir = mkdtempSync(join(tmpdir(), 'nouveautes-'));
  const file = join(dir, 'nouveautes.yaml');
  writeFileSync(file, typeof data === 'string' ? data : stringify(data));
  return { file, run: () => readNews(dir, today) };
}

/** The message of the error a run throws, or '' when it does not. */
function errorOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    return (error as Error).message;
  }
  return '';
}

describe('the news file', () => {
  it('loads a valid file: texts in French typography, each entry with its anchor and its rank in the file', () => {
    const [news] = load([entry({ titre: "L'atelier : quitter Google Drive" })]).run();
    expect(news.titre).toBe('L’atelier\u00a0: quitter Google Drive');
    expect(news.id).toBe('2026-12-02-l-atelier-quitter-google-drive');
    expect(news.rang).toBe(1);
    expect(news.pages).toEqual(['/formation/', '/projection/pourquoi/']);
  });

  it('reads a date YAML left unquoted, and one written as text, as the same day', () => {
    const { run } = load('- date: 2026-11-26\n  titre: "Premiers chapitres"\n  texte: "Le guide s’ouvre avec huit chapitres."\n  pages: [/guide/pourquoi/]\n');
    expect(run()[0].date).toBe('2026-11-26');
  });

  it('loads the guide’s own file: its entries are dated, none in the future, each about at least one page', () => {
    const news = readNews('content');
    expect(news.length).toBeGreaterThanOrEqual(8);
    for (const n of news) {
      expect(n.date <= new Date().toISOString().slice(0, 10)).toBe(true);
      expect(n.pages.length).toBeGreaterThan(0);
    }
  });

  it('stops on a date that is no day, naming the file, the entry and the field', () => {
    for (const date of ['hier', '2026-13-01', '2026-02-30', '2026-12']) {
      const { file, run } = load([entry({ date })]);
      expect(errorOf(run)).toContain(`${file} : champ « entrée 1 « Le mode formation » › date » : date attendue : AAAA-MM-JJ`);
    }
  });

  it('stops on a date in the future', () => {
    const { file, run } = load([entry(), entry({ titre: 'Demain', date: '2026-12-03' })]);
    expect(run).toThrow(`${file} : champ « entrée 2 « Demain » › date » : date dans le futur (2026-12-03)`);
  });

  it('stops on an empty or missing title, naming the entry by its rank', () => {
    const { titre: _titre, ...untitled } = entry();
    const { file, run } = load([entry({ titre: '   ' }), untitled]);
    const message = errorOf(run);
    expect(message).toContain(`${file} : champ « entrée 1 › titre » : titre vide ou trop court`);
    expect(message).toContain(`${file} : champ « entrée 2 › titre » : titre attendu`);
  });

  it('stops on a page that is no path of the site: a full address, a missing slash, a file', () => {
    const { file, run } = load([entry({ pages: ['https://exemple.org/guide/pourquoi/', '/guide/pourquoi', 'guide/pourquoi/', '/nouveautes.xml'] })]);
    const message = errorOf(run);
    for (const i of [0, 1, 2, 3]) expect(message).toContain(`${file} : champ « entrée 1 « Le mode formation » › pages › ${i} » : chemin d’une page du guide attendu`);
  });

  it('stops on an entry without pages, on a page given twice, on an unknown field, listing every problem in one message', () => {
    const { file, run } = load([entry({ pages: [] }), entry({ titre: 'Deux fois', pages: ['/formation/', '/formation/'] }), entry({ titre: 'Avec lien', lien: '/formation/' })]);
    const message = errorOf(run);
    expect(message).toContain(`${file} : champ « entrée 1 « Le mode formation » › pages » : au moins une page concernée`);
    expect(message).toContain(`${file} : champ « entrée 2 « Deux fois » › pages › 1 » : page donnée deux fois : /formation/`);
    expect(message).toMatch(/champ « entrée 3 « Avec lien » » : .*lien/);
    expect(message.split('\n').filter((line) => line.startsWith('  - '))).toHaveLength(3);
  });

  it('stops on two entries of the same day with the same title: their anchors would be the same', () => {
    const { file, run } = load([entry(), entry({ pages: ['/formation/'] })]);
    expect(run).toThrow(`${file} : champ « entrée 2 « Le mode formation » › titre » : même jour et même titre que l’entrée 1 « Le mode formation »`);
  });

  it('stops on a file that is not a list, or cannot be read, naming the file; an empty file has no entry', () => {
    expect(load({ date: '2026-12-02' }).run).toThrow(/nouveautes\.yaml : champ « \(racine\) » : une liste de nouveautés est attendue/);
    expect(load('- titre: "ouvert\n').run).toThrow(/nouveautes\.yaml : champ « \(fichier\) » : lecture impossible/);
    expect(load('').run()).toEqual([]);
  });
});

/** An entry as the loader returns it. */
const news = (date: string, titre: string, rang: number, pages = ['/formation/']): NewsEntry => ({ id: `${date}-${slugOf(titre)}`, date, titre, texte: 'Un texte pour les lecteurs.', pages, rang });

describe('the news as published', () => {
  it('come newest first, entries of one day in the order of the file, whatever order the file has', () => {
    const sorted = newestFirst([news('2026-11-26', 'a', 1), news('2026-12-02', 'b', 2), news('2026-12-01', 'c', 3), news('2026-12-02', 'd', 4)]);
    expect(sorted.map((n) => n.titre)).toEqual(['b', 'd', 'c', 'a']);
  });

  it('lose their links to the pages this version leaves out, and an entry only about them is dropped, each said for the warning', () => {
    const leftOut = leftOutBy(['securiser'], ['cryptpad']);
    const paths = ['/alternatives/cryptpad/', '/fiche/securiser/', '/formation/deroule/securiser/', '/guide/securiser/', '/projection/securiser/', '/guide/quand/', '/formation/'];
    expect(paths.filter(leftOut)).toEqual(paths.slice(0, 5));
    const { entries, removed } = publishedNews(
      [news('2026-12-02', 'Quatre chapitres', 1, ['/guide/quand/', '/guide/securiser/']), news('2026-12-02', 'CryptPad', 2, ['/alternatives/cryptpad/', '/fiche/securiser/'])],
      leftOut,
    );
    expect(entries.map((e) => [e.titre, e.pages])).toEqual([['Quatre chapitres', ['/guide/quand/']]]);
    expect(removed).toEqual(['« Quatre chapitres » (2026-12-02) : lien vers /guide/securiser/ retiré', '« CryptPad » (2026-12-02) retirée : elle ne parle que de pages masquées']);
  });

  it('name a page the build does not hold by file, entry and field, but not a page left out on purpose', () => {
    const entries = [news('2026-12-02', 'Le mode formation', 3, ['/formation/', '/guide/inconnu/', '/guide/securiser/'])];
    const problems = newsPageProblems(entries, new Set(['/', '/formation/']), leftOutBy(['securiser'], []), 'content/nouveautes.yaml');
    expect(problems).toEqual([
      { file: 'content/nouveautes.yaml', field: 'entrée 3 « Le mode formation » › pages › 1', message: '« /guide/inconnu/ » n’est pas une page du guide construit' },
    ]);
  });

  it('name an old address of redirections.yaml with the address to write instead', () => {
    const entries = [news('2026-12-02', 'Renommé', 1, ['/guide/ancien-nom/'])];
    const problems = newsPageProblems(entries, new Set(['/guide/ancien-nom/', '/guide/nouveau-nom/']), () => false, 'nouveautes.yaml', new Map([['/guide/ancien-nom/', '/guide/nouveau-nom/']]));
    expect(problems.map((p) => p.message)).toEqual(['« /guide/ancien-nom/ » a changé d’adresse (redirections.yaml) : écrivez « /guide/nouveau-nom/ »']);
  });

  it('tell of each chapter’s last review, unless the file already names that chapter on that day', () => {
    const chapters = [
      { titre: 'Pourquoi ?', path: '/guide/pourquoi/', revise_le: new Date('2026-12-02') },
      { titre: 'Quand ?', path: '/guide/quand/', revise_le: new Date('2026-11-30') },
      { titre: 'Où diffuser ?', path: '/guide/ou-diffuser/', revise_le: new Date('2026-12-01') },
    ];
    const written = [news('2026-12-02', 'Relus', 1, ['/guide/pourquoi/']), news('2026-12-02', 'Autre', 2, ['/guide/quand/'])];
    const all = withReviews(written, chapters, { titre: (c) => `Chapitre relu : ${c}`, texte: 'Ce chapitre a été relu.' });
    expect(all.map((e) => [e.date, e.titre, e.pages, e.rang])).toEqual([
      ['2026-12-02', 'Relus', ['/guide/pourquoi/'], 1],
      ['2026-12-02', 'Autre', ['/guide/quand/'], 2],
      ['2026-12-01', 'Chapitre relu : Où diffuser ?', ['/guide/ou-diffuser/'], 0],
      ['2026-11-30', 'Chapitre relu : Quand ?', ['/guide/quand/'], 0],
    ]);
    expect(all[2].id).toBe('2026-12-01-chapitre-relu-ou-diffuser');
  });

  it('are shown the most recent first and so many only, the page and the feed alike, saying how many are left out', () => {
    const all = Array.from({ length: 5 }, (_, i) => news(`2026-11-0${i + 1}`, `n${i + 1}`, i + 1));
    expect(shownNews(all, 3)).toEqual({ entries: [all[4], all[3], all[2]], older: 2 });
    expect(shownNews(all, 10).older).toBe(0);
  });

  it('are grouped by month on the page, newest month first, each month with its anchor and its French name', () => {
    const months = newsByMonth([news('2026-11-26', 'a', 1), news('2027-01-04', 'b', 2), news('2026-12-02', 'c', 3), news('2026-12-01', 'd', 4)]);
    expect(months.map((m) => [m.id, m.mois, m.entries.map((e) => e.titre)])).toEqual([
      ['mois-2027-01', 'janvier 2027', ['b']],
      ['mois-2026-12', 'décembre 2026', ['c', 'd']],
      ['mois-2026-11', 'novembre 2026', ['a']],
    ]);
  });
});

describe('an item of the feed', () => {
  const address = (path: string) => new URL(path.slice(1), 'https://exemple.org/notre-guide/').href;

  it('links to its entry on the news page, in full with the base path, and names each page in its text', () => {
    const item = feedItem(news('2026-12-02', 'Le mode formation', 1, ['/formation/', '/guide/inconnue/']), {
      address,
      names: new Map([['/formation/', 'Animer une formation']]),
      see: 'À voir :',
    });
    expect(item.link).toBe('https://exemple.org/notre-guide/nouveautes/#2026-12-02-le-mode-formation');
    expect(item.pubDate.toISOString()).toBe('2026-12-02T00:00:00.000Z');
    expect(item.description).toBe(
      '<p>Un texte pour les lecteurs.</p><p>À voir : <a href="https://exemple.org/notre-guide/formation/">Animer une formation</a>, <a href="https://exemple.org/notre-guide/guide/inconnue/">/guide/inconnue/</a></p>',
    );
  });

  it('escapes what the text says, so that « <b> » or « & » stay words', () => {
    const item = feedItem({ ...news('2026-12-02', 'x', 1), texte: 'Sites & <b>réseaux</b>' }, { address, names: new Map(), see: 'À voir :' });
    expect(item.description).toContain('<p>Sites &amp; &lt;b&gt;réseaux&lt;/b&gt;</p>');
  });
});
