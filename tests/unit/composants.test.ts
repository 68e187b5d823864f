import { describe, expect, it } from 'vitest';
import { parseChapter, prefixIds, serialize } from '../../src/lib/chapterHtml.ts';
import { COMPARATIF_MARK, plainTermLinks } from '../../src/lib/composants.ts';
import { compileMdx, fixtureComponents } from '../support/mdx.ts';

const NBSP = '\u00a0';
const html = (source: string, base = '/', frontmatter = {}) => compileMdx(source, { components: { ...fixtureComponents(), base }, frontmatter }).code;
const FILE = /content\/chapitres\/essai\.mdx/;

describe('the components of a chapter, turned into HTML while it compiles', () => {
  it('renders each box with the classes, ids and data attributes the pages and the tests rely on', () => {
    const out = html(
      '## Une section\n\n<Exercice id="essai" titre="Un titre" duree={15}>\n\nConsigne.\n\n</Exercice>\n\n<NotesFormateur duree={4}>\n\nNote.\n\n</NotesFormateur>\n\n<ARetenir>\n\n- Un point\n\n</ARetenir>',
      '/',
      // the timed note is the section's time in a session: the chapter's total must say so
      { duree_animation: 4 },
    );
    expect(out).toContain(`<section class="bloc exercice" id="exercice-essai" data-exercice="essai"><h3><span class="bloc-label">À vous de jouer${NBSP}:</span> Un titre</h3>`);
    expect(out).toContain(`<p class="muted">15${NBSP}min</p>`);
    expect(out).toContain(`<details class="notes-formateur" data-notes-formateur="" data-duree="4" data-pagefind-ignore=""><summary>Notes pour l’animation · 4${NBSP}min</summary>`);
    expect(out).toContain('<section class="bloc retenir" aria-labelledby="a-retenir" data-a-retenir=""><h2 id="a-retenir">À retenir</h2>');
  });

  it('gives a glossary term and an alternative their link under the base path, and the alternative its summary', () => {
    const out = html('Un <Terme id="instance">serveur</Terme> et <Alternative id="nextcloud" />, ou <Alternative id="signal" sansResume />.', '/notre-guide/');
    expect(out).toContain('<a class="terme" href="/notre-guide/glossaire/#instance" aria-describedby="def-instance" data-terme="">serveur</a>');
    expect(out).toMatch(/<a href="\/notre-guide\/alternatives\/nextcloud\/" class="alternative">Nextcloud<\/a> \([^)]+\)/);
    expect(out).toContain('<a href="/notre-guide/alternatives/signal/" class="alternative">Signal</a>.');
  });

  it('names the publisher from site.yaml, and keeps an HTML element written in the file as written', () => {
    const out = html('<Editeur /> anime.\n\n<table><caption>Légende</caption><tbody><tr><th scope="row" colspan="2">A</th></tr></tbody></table>');
    expect(out).toContain('Zoomacom anime.');
    expect(out).toContain('<caption>Légende</caption>');
    expect(out).toMatch(/<th scope="row" colspan="2">A<\/th>/);
  });

  it('leaves a mark where a comparison goes, which the page replaces by the comparison', () => {
    const out = html('<Comparatif plateforme="whatsapp" />');
    expect([...out.matchAll(COMPARATIF_MARK)].map((m) => m[1])).toEqual(['whatsapp']);
  });

  it('refuses code, naming the file and the line: an import, an expression, a computed attribute', () => {
    expect(() => html("Texte.\n\nimport X from './x.js'\n")).toThrow(new RegExp(`${FILE.source} \\(ligne 3\\) : une ligne import ou export`));
    expect(() => html('Texte.\n\n{1 + 1}\n')).toThrow(new RegExp(`${FILE.source} \\(ligne 3\\) : l’expression \\{1 \\+ 1\\}`));
    expect(() => html('<Exercice id="a" titre="b" duree={dix}>\n\nx\n\n</Exercice>')).toThrow(/ligne 1\) : <Exercice duree=\{dix\}> : seul un nombre/);
    expect(() => html('<Exercice id="a" titre="b" {...props}>\n\nx\n\n</Exercice>')).toThrow(/<Exercice> reçoit un attribut calculé/);
  });

  it('refuses an unknown component and a component without its id, naming them', () => {
    expect(() => html('Voir <Encadre>ceci</Encadre>.')).toThrow(/ligne 1\) : composant inconnu <Encadre> \(le guide connaît <ARetenir>, /);
    expect(() => html('<Schema titre="b">\n\nx\n\n</Schema>')).toThrow(/ligne 1\) : <Schema> sans l’attribut id="…"/);
    expect(() => html('<MentionsLegales partie="auteur" />')).toThrow(/<MentionsLegales partie="auteur"> : partie vaut « editeur » ou « hebergeur »/);
  });
});

describe('a chapter’s HTML on a page', () => {
  it('takes an id prefix on every id and every reference to one, and nothing else', () => {
    const source = '<p id="x" class="x">Lien <a href="#x">ici</a>, <a href="/guide/">ailleurs</a>.</p><section aria-labelledby="x y"><svg><g marker-end="url(#fleche)"></g></svg></section>';
    const out = serialize(prefixIds(parseChapter(source), 'ch--'));
    expect(out).toBe(
      '<p id="ch--x" class="x">Lien <a href="#ch--x">ici</a>, <a href="/guide/">ailleurs</a>.</p><section aria-labelledby="ch--x ch--y"><svg><g marker-end="url(#ch--fleche)"></g></svg></section>',
    );
  });

  it('makes a glossary term a plain link on a page that lists no definitions', () => {
    const out = html('Un <Terme id="instance">serveur</Terme>.');
    expect(plainTermLinks(out)).toContain('<a class="terme" href="/glossaire/#instance">serveur</a>');
    expect(plainTermLinks(out)).not.toContain('def-instance');
  });
});
