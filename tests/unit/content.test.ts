// Every chapter of the guide is complete, and the glossary is whole.
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { chapterAnatomy, splitFrontMatter } from '../../src/lib/chapterAnatomy.ts';
import { chapterSchema } from '../../src/lib/schemas.ts';
import { loadGlossary } from '../../src/lib/loadGlossary.ts';

const DIR = 'content/chapitres';
const chapters = readdirSync(DIR)
  .filter((f) => f.endsWith('.mdx'))
  .map((file) => {
    const { frontMatter, body } = splitFrontMatter(readFileSync(`${DIR}/${file}`, 'utf8'));
    return { file, data: chapterSchema().parse(parse(frontMatter)), anatomy: chapterAnatomy(body) };
  })
  .filter((c) => c.data.partie !== 'annexes');

describe.each(chapters)('chapter $file', ({ data, anatomy }) => {
  it('has at least 1,200 words of body text', () => {
    expect(anatomy.words).toBeGreaterThanOrEqual(1200);
  });

  it('has objectives and sections under h2 headings', () => {
    expect(data.objectifs.length).toBeGreaterThanOrEqual(3);
    expect(anatomy.sections).toBeGreaterThanOrEqual(4);
  });

  it('has an exercise, one « À retenir » box of three to five points, and trainer notes', () => {
    expect(anatomy.exercises).toBeGreaterThanOrEqual(1);
    expect(anatomy.keyPointBoxes).toHaveLength(1);
    expect(anatomy.keyPointBoxes[0]).toBeGreaterThanOrEqual(3);
    expect(anatomy.keyPointBoxes[0]).toBeLessThanOrEqual(5);
    expect(anatomy.trainerNotes).toBeGreaterThanOrEqual(1);
  });

  it('has at least two dated sources, each with an address or a precise reference', () => {
    expect(data.sources.length).toBeGreaterThanOrEqual(2);
    for (const source of data.sources) {
      expect(source.url ?? source.reference).toBeTruthy();
      expect(source.date).toMatch(/^\d{4}/);
    }
  });

  it('links its key terms to the glossary', () => {
    expect(anatomy.terms).toBeGreaterThanOrEqual(3);
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
});
