// A diagram and its narrow variant: which files are diagrams, what a narrow variant must say, and the markup shown.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diagramIds, diagramMarkup, labelWords, narrowFileName, narrowProblems, unpairedNarrowFiles } from '../../src/lib/diagrams.ts';
import { decorativeSvg } from '../../src/lib/svg.ts';
import { parseChapter, prefixIds, serialize } from '../../src/lib/chapterHtml.ts';

const WIDE =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 640 100"><defs><marker id="x-fleche" viewBox="0 0 10 10"><path class="s-fleche" d="M0 0L10 5"/></marker></defs><path class="s-trait" marker-end="url(#x-fleche)" d="M0 0H90"/><text class="s-texte" x="5" y="45">Presse locale · Partenaires</text><text class="s-discret" x="5" y="90">ex. : Nextcloud</text></svg>';
const NARROW =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 360 200"><defs><marker id="x-fleche" viewBox="0 0 10 10"><path class="s-fleche" d="M0 0L10 5"/></marker></defs><path class="s-trait" marker-end="url(#x-fleche)" d="M0 0V90"/><text class="s-texte" x="5" y="45">Presse locale</text><text class="s-texte" x="5" y="70">Partenaires</text><text class="s-discret" x="5" y="190">ex. : <tspan>Nextcloud</tspan></text></svg>';

describe('the files of content/schemas/', () => {
  it('name diagrams by their file, a narrow variant being none of its own', () => {
    expect(diagramIds(['cycle.svg', 'cycle.etroit.svg', 'canaux.svg', 'notes.txt'])).toEqual(['cycle', 'canaux']);
    expect(narrowFileName('cycle')).toBe('cycle.etroit.svg');
  });

  it('reveal a narrow variant left without its diagram', () => {
    expect(unpairedNarrowFiles(['cycle.svg', 'cycle.etroit.svg', 'ancien.etroit.svg'])).toEqual(['ancien.etroit.svg']);
    expect(unpairedNarrowFiles(['cycle.svg'])).toEqual([]);
  });
});

describe('a narrow variant', () => {
  it('may split its labels over more lines, and drop signs that are only layout', () => {
    expect(labelWords(NARROW)).toEqual(labelWords(WIDE));
    expect(labelWords(WIDE)).toEqual(['Nextcloud', 'Partenaires', 'Presse', 'ex.', 'locale'].sort());
    expect(narrowProblems(WIDE, NARROW)).toEqual([]);
  });

  it('saying other words than its wide diagram is refused, since the text equivalent describes both', () => {
    const problems = narrowProblems(WIDE, NARROW.replace('Partenaires', 'Associations'));
    expect(problems).toEqual(['mots du schéma large absents : Partenaires', 'mots absents du schéma large : Associations']);
    expect(narrowProblems(WIDE, NARROW.replace('<text class="s-texte" x="5" y="70">Partenaires</text>', ''))).toEqual([
      'mots du schéma large absents : Partenaires',
    ]);
  });

  it('follows the rules of every diagram', () => {
    expect(narrowProblems(WIDE, NARROW.replace('class="s-trait"', 'style="stroke:red"'))[0]).toMatch(/aucun style/);
    expect(narrowProblems(WIDE, NARROW.replace('</svg>', '<script>alert(1)</script></svg>'))[0]).toMatch(/script/);
  });
});

describe('the markup of a diagram', () => {
  const ids = (html: string) => [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
  const refs = (html: string) => [...html.matchAll(/url\(#([^)]+)\)/g)].map((m) => m[1]);

  // a diagram in a chapter shown under an id prefix (the booklet)
  const prefixed = (html: string, prefix: string) => serialize(prefixIds(parseChapter(html), prefix));

  it('without a narrow variant is the diagram alone, as before', () => {
    expect(diagramMarkup(WIDE)).toBe(decorativeSvg(WIDE));
    expect(prefixed(diagramMarkup(WIDE), 'c2-')).not.toMatch(/class="schema-/);
    expect(ids(prefixed(diagramMarkup(WIDE), 'c2-'))).toEqual(['c2-x-fleche']);
  });

  it('with one holds both drawings, each marked for the style sheet and hidden from assistive technologies', () => {
    const html = diagramMarkup(WIDE, NARROW);
    expect([...html.matchAll(/<svg [^>]*>/g)].map((m) => m[0])).toEqual([
      '<svg aria-hidden="true" focusable="false" class="schema-large" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 640 100">',
      '<svg aria-hidden="true" focusable="false" class="schema-etroit" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 360 200">',
    ]);
  });

  it('keeps every id unique when both drawings use the same marker id, under a chapter prefix or none', () => {
    for (const prefix of ['', 'c2-']) {
      const html = prefixed(diagramMarkup(WIDE, NARROW), prefix);
      expect(ids(html)).toEqual([`${prefix}x-fleche`, `${prefix}etroit-x-fleche`]);
      // each drawing points at its own marker
      expect(refs(html)).toEqual(ids(html));
    }
  });

  it('adds its class beside one the drawing already has', () => {
    expect(decorativeSvg('<svg class="a" viewBox="0 0 1 1"></svg>', 'schema-etroit')).toBe(
      '<svg aria-hidden="true" focusable="false" class="schema-etroit a" viewBox="0 0 1 1"></svg>',
    );
  });
});

describe('the narrow variants of the guide', () => {
  const files = readdirSync('content/schemas');

  it('each stand beside their diagram and say the same words', () => {
    const narrow = files.filter((f) => f.endsWith('.etroit.svg'));
    expect(unpairedNarrowFiles(files)).toEqual([]);
    for (const f of narrow) {
      const wide = readFileSync(`content/schemas/${f.replace(/\.etroit\.svg$/, '.svg')}`, 'utf8');
      expect(narrowProblems(wide, readFileSync(`content/schemas/${f}`, 'utf8')), f).toEqual([]);
    }
  });
});
