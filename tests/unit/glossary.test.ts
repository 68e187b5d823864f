import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { initialOf, loadGlossary, sortTerms } from '../../src/lib/loadGlossary.ts';
import { decorativeSvg, svgProblems } from '../../src/lib/svg.ts';
import { buildChapterModel } from '../../src/lib/chapterModel.ts';
import { parseMdx } from '../support/mdx.ts';

const DEF = 'Une définition assez longue pour passer la règle de longueur minimale du schéma.';

function glossaryFile(yaml: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'glossaire-'));
  writeFileSync(join(dir, 'glossaire.yaml'), yaml);
  return dir;
}

describe('glossary', () => {
  it('is read in French alphabetical order, accents and case ignored', () => {
    expect(sortTerms([{ terme: 'Zèbre' }, { terme: 'écran' }, { terme: 'Export' }, { terme: 'Abri' }]).map((t) => t.terme)).toEqual([
      'Abri',
      'écran',
      'Export',
      'Zèbre',
    ]);
  });

  it('files terms under their unaccented initial', () => {
    expect(initialOf('Écran')).toBe('E');
    expect(initialOf('cookie')).toBe('C');
    expect(initialOf('1 000')).toBe('#');
  });

  it('stops on a duplicate id, naming the file and the entry', () => {
    const dir = glossaryFile(`- id: cloud\n  terme: "Cloud"\n  definition: "${DEF}"\n- id: cloud\n  terme: "Nuage"\n  definition: "${DEF}"\n`);
    expect(() => loadGlossary(dir)).toThrow(new RegExp(`${dir}/glossaire\\.yaml : contenu invalide\\n {2}- champ « 1\\.id » : identifiant en double « cloud »`));
  });

  it('stops on a « voir » that points nowhere, and on a missing definition', () => {
    expect(() => loadGlossary(glossaryFile(`- id: cloud\n  terme: "Cloud"\n  definition: "${DEF}"\n  voir: [nuage]\n`))).toThrow(/champ « 0\.voir » : « nuage »/);
    expect(() => loadGlossary(glossaryFile(`- id: cloud\n  terme: "Cloud"\n`))).toThrow(/champ « 0\.definition »/);
  });

  it('sets definitions in French typography', () => {
    const [entry] = loadGlossary(glossaryFile(`- id: cloud\n  terme: "Cloud"\n  definition: "${DEF} Pourquoi ? Parce que."\n`));
    expect(entry.definition).toContain('Pourquoi\u202f?');
  });
});

describe('diagrams', () => {
  const good = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 640 200"><rect class="s-fond" x="1" y="1" width="100" height="50"/><path class="s-trait" fill="none" d="M0 0L10 10"/></svg>';

  it('accept theme classes', () => {
    expect(svgProblems(good)).toEqual([]);
  });

  it('refuse inline styles, hard-coded colours, scripts and links', () => {
    expect(svgProblems(good.replace('class="s-fond"', 'style="fill:red"'))).toHaveLength(1);
    expect(svgProblems(good.replace('class="s-fond"', 'fill="#ff0000"'))[0]).toMatch(/couleur/);
    expect(svgProblems(good.replace('</svg>', '<script>alert(1)</script></svg>'))[0]).toMatch(/interdit/);
    expect(svgProblems(good.replace('</svg>', '<use href="x.svg#a"/></svg>'))[0]).toMatch(/lien/);
    expect(svgProblems('<div></div>')[0]).toMatch(/viewBox/);
  });

  it('are hidden from assistive technologies, their caption speaks for them', () => {
    expect(decorativeSvg(good)).toMatch(/^<svg aria-hidden="true" focusable="false" xmlns=/);
  });
});

/** The glossary entries that no chapter links with <Terme id="…">, in glossary order. */
function unusedEntries(glossary: { id: string }[], chapters: { terms: string[] }[]): string[] {
  const used = new Set(chapters.flatMap((c) => c.terms));
  return glossary.map((t) => t.id).filter((id) => !used.has(id));
}

/** The glossary ids a chapter's MDX text links, read by the same chapter model the site renders from. */
const termsOf = (mdx: string): string[] => buildChapterModel(parseMdx(mdx)).model.terms;

describe('glossary entries a chapter uses', () => {
  it('lists an entry that no chapter links, and only that one', () => {
    const glossary = [{ id: 'cloud' }, { id: 'instance' }, { id: 'pad' }];
    const chapters = [
      { terms: termsOf('## Une section\n\nUn <Terme id="cloud">nuage</Terme>, une <Terme id="instance">instance</Terme>.\n') },
      { terms: termsOf('## Une autre\n\nEncore un <Terme id="cloud">cloud</Terme>, et le mot pad écrit sans lien.\n') },
    ];
    expect(unusedEntries(glossary, chapters)).toEqual(['pad']);
    expect(unusedEntries(glossary, [...chapters, { terms: termsOf('Un <Terme id="pad">pad</Terme>.\n') }])).toEqual([]);
  });

  it('finds every entry of the guide’s glossary in at least one chapter', () => {
    const dir = 'content/chapitres';
    const chapters = readdirSync(dir)
      .filter((f) => f.endsWith('.mdx'))
      .map((f) => ({ terms: termsOf(readFileSync(join(dir, f), 'utf8').replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '')) }));
    expect(chapters.length).toBeGreaterThanOrEqual(8);
    expect(unusedEntries(loadGlossary('content'), chapters), 'entrées du glossaire qu’aucun chapitre n’utilise avec <Terme>').toEqual([]);
  });
});
