// Every chapter of the guide is complete, read through the same chapter model the site renders from.
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { readChapterModel } from '../../src/lib/chapterModel.ts';
import { chapterSchema } from '../../src/lib/schemas.ts';
import { loadGlossary } from '../../src/lib/loadGlossary.ts';
import { compileMdx, contentComponents } from '../support/mdx.ts';
import { isDraft } from '../../src/lib/masquer.ts';

const DIR = 'content/chapitres';
const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/;

const components = contentComponents('content');
const chapters = await Promise.all(
  readdirSync(DIR)
    // a draft is complete only once its author takes « brouillon » away: the build leaves it out until then
    .filter((f) => f.endsWith('.mdx') && !isDraft(readFileSync(`${DIR}/${f}`, 'utf8')))
    .map(async (file) => {
      const text = readFileSync(`${DIR}/${file}`, 'utf8');
      const [, frontMatter] = FRONT_MATTER.exec(text) ?? ['', ''];
      // the compile step reads the whole file and checks its body against the front matter, as Astro hands it over
      const compiled = compileMdx(text, { path: `${process.cwd()}/${DIR}/${file}`, frontmatter: parse(frontMatter), components });
      return { file, data: chapterSchema().parse(parse(frontMatter)), model: readChapterModel(compiled.frontmatter, file) };
    }),
);
const parcours = chapters.filter((c) => c.data.partie !== 'annexes');

it('reads every chapter of the guide', () => {
  expect(parcours.length).toBeGreaterThanOrEqual(8);
});

describe.each(parcours)('chapter $file', ({ data, model }) => {
  it('has at least 1,200 words of body text', () => {
    expect(model.words).toBeGreaterThanOrEqual(1200);
  });

  it('has objectives and at least four sections under h2 headings', () => {
    expect(data.objectifs.length).toBeGreaterThanOrEqual(3);
    expect(model.sections.length).toBeGreaterThanOrEqual(4);
  });

  it('has an exercise, one « À retenir » box of three to five points, and trainer notes', () => {
    expect(model.exercises.length).toBeGreaterThanOrEqual(1);
    expect(model.keyPointBoxes).toHaveLength(1);
    expect(model.keyPointBoxes[0]).toBeGreaterThanOrEqual(3);
    expect(model.keyPointBoxes[0]).toBeLessThanOrEqual(5);
    expect(model.trainerNotes.length).toBeGreaterThanOrEqual(1);
  });

  it('times the sections a trainer runs, and their minutes make its session duration', () => {
    const timed = model.trainerNotes.filter((note) => note.minutes !== undefined);
    expect(timed.length).toBeGreaterThanOrEqual(2);
    expect(timed.reduce((sum, note) => sum + note.minutes!, 0)).toBe(data.duree_animation);
    // the exercise is run in session: its section has a timed note
    for (const exercise of model.exercises) expect(timed.map((note) => note.section)).toContain(exercise.section);
  });

  it('has at least two dated sources', () => {
    expect(data.sources.length).toBeGreaterThanOrEqual(2);
  });

  it('links at least three key terms to the glossary', () => {
    expect(model.terms.length).toBeGreaterThanOrEqual(3);
  });
});

describe('the glossary', () => {
  const glossary = loadGlossary('content');

  it('holds at least 35 terms, each defined once', () => {
    expect(glossary.length).toBeGreaterThanOrEqual(35);
    expect(new Set(glossary.map((t) => t.id)).size).toBe(glossary.length);
    expect(new Set(glossary.map((t) => t.terme.toLowerCase())).size).toBe(glossary.length);
    for (const term of glossary) expect(term.definition.length).toBeGreaterThanOrEqual(60);
  });

  it('covers the words the chapters rely on', () => {
    const ids = new Set(glossary.map((t) => t.id));
    for (const id of ['logiciel-libre', 'hebergeur', 'chatons', 'instance', 'fediverse', 'protocole', 'rgpd', 'portee-organique', 'source-de-verite']) {
      expect(ids).toContain(id);
    }
  });

  it('defines every term a chapter uses', () => {
    const ids = new Set(glossary.map((t) => t.id));
    for (const { file, model } of chapters) for (const id of model.terms) expect(ids.has(id), `${file} : ${id}`).toBe(true);
  });
});
