// The readers' questions the search must answer: only the shape of the list is checked here, and that each expected
// page exists in the content. Whether the search finds them is measured elsewhere, once the search is tuned.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadGlossary } from '../../src/lib/loadGlossary.ts';

const FILE = 'tests/fixtures/recherche/questions.yaml';
const CONTENT = 'content';

const GENRES = ['mots-clés', 'phrase', 'sans-accents', 'glossaire', 'issue'] as const;
type Genre = (typeof GENRES)[number];

/** The four questions noted word for word when the search was asked for. */
const ISSUE_QUESTIONS = [
  'comment remplacer les groupes whatsapp de notre club',
  'où mettre les photos de nos événements',
  'nos adhérents ne lisent pas nos mails',
  "qu'est-ce qu'une instance",
];

/** The fewest questions of each genre the list must hold. */
const MINIMUM: Record<Exclude<Genre, 'issue'>, number> = { 'mots-clés': 8, phrase: 10, 'sans-accents': 4, glossaire: 5 };

interface Question {
  question: string;
  attendu: string;
  genre: Genre;
}

const raw: unknown = parse(readFileSync(FILE, 'utf8'));
const items = (Array.isArray(raw) ? raw : []) as Question[];

/** Ids found in a content folder, one per file with the given extension (the file name is the page's id). */
function idsIn(folder: string, ext: string): Set<string> {
  return new Set(
    readdirSync(join(CONTENT, folder))
      .filter((f) => f.endsWith(ext))
      .map((f) => basename(f, ext)),
  );
}

const chapters = idsIn('chapitres', '.mdx');
const alternatives = idsIn('alternatives', '.yaml');
const platforms = idsIn('plateformes', '.yaml');
const terms = new Set(loadGlossary(CONTENT).map((t) => t.id));

/** Why an expected path leads to no page of the guide, or null when it does. */
function missingPage(path: string): string | null {
  const glossary = /^\/glossaire\/#([a-z0-9-]+)$/.exec(path);
  if (glossary) return terms.has(glossary[1]) ? null : `aucun terme « ${glossary[1]} » dans glossaire.yaml`;
  const page = /^\/(guide|alternatives|remplacer)\/([a-z0-9-]+)\/$/.exec(path);
  if (!page) return 'chemin qui n’est ni /guide/…/, ni /alternatives/…/, ni /remplacer/…/, ni /glossaire/#…';
  const [, kind, id] = page;
  const [ids, where] = {
    guide: [chapters, 'content/chapitres'],
    alternatives: [alternatives, 'content/alternatives'],
    remplacer: [platforms, 'content/plateformes'],
  }[kind as 'guide' | 'alternatives' | 'remplacer'] as [Set<string>, string];
  return ids.has(id) ? null : `aucun fichier « ${id} » dans ${where}`;
}

const countOf = (genre: Genre) => items.filter((q) => q.genre === genre).length;

describe('readers’ search questions', () => {
  it('is a list of at least 34 questions, each with exactly a question, an expected page and a genre', () => {
    expect(Array.isArray(raw), `${FILE} doit être une liste`).toBe(true);
    expect(items.length).toBeGreaterThanOrEqual(34);
    const faults = items.flatMap((q, i) => {
      const problems: string[] = [];
      const keys = Object.keys(q ?? {}).sort();
      if (keys.join() !== 'attendu,genre,question') problems.push(`champs ${JSON.stringify(keys)}`);
      if (typeof q?.question !== 'string' || q.question.trim() === '') problems.push('question vide');
      if (typeof q?.attendu !== 'string') problems.push('attendu absent');
      if (!GENRES.includes(q?.genre)) problems.push(`genre « ${q?.genre} » hors de ${GENRES.join(', ')}`);
      return problems.map((p) => `question ${i + 1} : ${p}`);
    });
    expect(faults).toEqual([]);
  });

  it('asks each question once', () => {
    const written = items.map((q) => q.question.trim().toLowerCase());
    const twice = written.filter((q, i) => written.indexOf(q) !== i);
    expect(twice).toEqual([]);
  });

  it('holds the four questions of the request word for word, and only them as « issue »', () => {
    const issues = items.filter((q) => q.genre === 'issue').map((q) => q.question);
    expect([...issues].sort()).toEqual([...ISSUE_QUESTIONS].sort());
  });

  it.each(Object.entries(MINIMUM))('holds at least the required number of « %s » questions', (genre, minimum) => {
    expect(countOf(genre as Genre)).toBeGreaterThanOrEqual(minimum);
  });

  it('writes the « sans-accents » questions without any accented letter', () => {
    // a letter with an accent splits into the letter and a combining mark
    const accented = items.filter((q) => q.genre === 'sans-accents' && /[\u0300-\u036f]/.test(q.question.normalize('NFD'))).map((q) => q.question);
    expect(accented).toEqual([]);
  });

  it('expects a glossary entry for every « glossaire » question', () => {
    const elsewhere = items.filter((q) => q.genre === 'glossaire' && !q.attendu.startsWith('/glossaire/#')).map((q) => q.question);
    expect(elsewhere).toEqual([]);
  });

  it('expects a chapter for at least five questions', () => {
    expect(items.filter((q) => q.attendu.startsWith('/guide/')).length).toBeGreaterThanOrEqual(5);
  });

  it('expects only pages that exist: a chapter file, an alternative, a platform or a glossary id', () => {
    expect(chapters.size, 'aucun chapitre lu').toBeGreaterThan(0);
    expect(alternatives.size, 'aucune alternative lue').toBeGreaterThan(0);
    expect(platforms.size, 'aucune plateforme lue').toBeGreaterThan(0);
    expect(terms.size, 'aucun terme lu').toBeGreaterThan(0);
    const faults = items.flatMap((q) => {
      const why = missingPage(q.attendu);
      return why ? [`« ${q.question} » → ${q.attendu} : ${why}`] : [];
    });
    expect(faults).toEqual([]);
  });
});
