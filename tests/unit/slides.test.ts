import { describe, expect, it } from 'vitest';
import { parseChapter, serialize, textOf, type Element } from '../../src/lib/chapterHtml.ts';
import { blockLines, chapterSlides, paginate, splitList, splitParagraph, type SlideLimits } from '../../src/lib/slides.ts';

// a small slide, so that fixtures stay short: 40 characters a line, 6 lines
const SMALL: SlideLimits = { lineChars: 40, lines: 6 };
const words = (n: number, word = 'mot') => Array.from({ length: n }, (_, i) => `${word}${i}`).join(' ');
const sentence = (n: number) => `Une phrase ${words(n, 'x')}.`;

const chapter = (html: string) => chapterSlides(parseChapter(html), 'Pour commencer', SMALL);
const bodyText = (nodes: Element['children']) => nodes.map((n) => textOf(n)).join(' ').replace(/\s+/g, ' ').trim();

describe('a chapter cut into slides', () => {
  it('gives each h2 section a slide headed by its title, the intro one of its own, and « À retenir » the last', () => {
    const { slides } = chapter(
      '<p>Intro courte.</p>' +
        '<section><h2 id="premiere">Première</h2><p>Un texte.</p></section>' +
        '<section><h2 id="deuxieme">Deuxième</h2><p>Un autre.</p></section>' +
        '<section class="bloc retenir"><h2 id="a-retenir">À retenir</h2><ul><li>Un point.</li></ul></section>',
    );
    expect(slides.map((s) => [s.kind, s.title, s.section, s.anchor, s.continued])).toEqual([
      ['intro', 'Pour commencer', undefined, undefined, false],
      ['section', 'Première', 'premiere', 'premiere', false],
      ['section', 'Deuxième', 'deuxieme', 'deuxieme', false],
      ['retenir', 'À retenir', undefined, 'a-retenir', false],
    ]);
    expect(bodyText(slides[1].body)).toBe('Un texte.');
  });

  it('goes on over several slides when a section is too long, the heading anchor on the first only', () => {
    const paragraphs = Array.from({ length: 5 }, (_, i) => `<p>${words(12, `p${i}m`)}</p>`).join('');
    const { slides } = chapter(`<section><h2 id="longue">Longue</h2>${paragraphs}</section>`);
    expect(slides.length).toBeGreaterThan(1);
    expect(slides.map((s) => s.continued)).toEqual([false, ...slides.slice(1).map(() => true)]);
    expect(slides.map((s) => s.anchor)).toEqual(['longue', ...slides.slice(1).map(() => undefined)]);
    // nothing lost, nothing repeated, in order
    expect(slides.map((s) => bodyText(s.body)).join(' ')).toBe(Array.from({ length: 5 }, (_, i) => words(12, `p${i}m`)).join(' '));
    for (const s of slides) expect(s.body.reduce((n, b) => n + blockLines(b as Element, SMALL), 0)).toBeLessThanOrEqual(SMALL.lines);
  });

  it('puts an exercise on slides of its own, after its section’s text, titled by it', () => {
    const { slides } = chapter(
      '<section><h2 id="s">Section</h2><p>Avant.</p>' +
        '<section class="bloc exercice" id="exercice-carte" data-exercice="carte"><h3><span class="bloc-label">À vous de jouer :</span> La carte</h3><p class="muted">20 min</p><ol><li>Dessinez.</li></ol></section>' +
        '<p>Après.</p></section>',
    );
    expect(slides.map((s) => [s.kind, s.title, s.anchor])).toEqual([
      ['section', 'Section', 's'],
      ['exercice', 'À vous de jouer : La carte', 'exercice-carte'],
    ]);
    expect(bodyText(slides[0].body)).toBe('Avant. Après.');
    expect(bodyText(slides[1].body)).toBe('20 min Dessinez.');
  });

  it('shows a diagram alone, and a comparison table as the list of what it compares', () => {
    const { slides } = chapter(
      '<section><h2 id="s">Section</h2><p>Avant.</p><figure class="schema"><svg></svg><figcaption><strong>Le schéma.</strong></figcaption></figure>' +
        '<div class="tableau"><table><caption>Remplacer Trello : les alternatives côte à côte</caption><thead><tr><td></td>' +
        '<th scope="col"><a href="/alternatives/kanboard/">Kanboard</a></th><th scope="col"><a href="/alternatives/wekan/">Wekan</a></th></tr></thead></table></div></section>',
    );
    expect(slides.map((s) => [s.kind, s.continued])).toEqual([
      ['section', false],
      ['schema', true],
      ['section', true],
    ]);
    expect(serialize(slides[2].body)).toBe(
      '<p class="diapo-comparatif"><strong>Remplacer Trello\u00a0:</strong> <a href="/alternatives/kanboard/">Kanboard</a> et <a href="/alternatives/wekan/">Wekan</a>.</p>',
    );
  });

  it('keeps the trainer notes out of every slide, by section, the chapter’s own under ""', () => {
    const { slides, notes } = chapter(
      '<section><h2 id="s">Section</h2><p>Texte.</p><details class="notes-formateur" data-notes-formateur><summary>Notes</summary><p>Pour animer la section.</p></details></section>' +
        '<details class="notes-formateur" data-notes-formateur><summary>Notes</summary><p>Pour tout le chapitre.</p></details>',
    );
    expect(slides.map((s) => bodyText(s.body))).toEqual(['Texte.']);
    expect(bodyText(notes.get('s')!)).toBe('Pour animer la section.');
    expect(bodyText(notes.get('')!)).toBe('Pour tout le chapitre.');
  });
});

describe('cutting a block', () => {
  it('cuts a paragraph between sentences, each part within the slide', () => {
    const p = parseChapter(`<p>${sentence(10)} ${sentence(10)} ${sentence(10)} ${sentence(10)}</p>`).children[0] as Element;
    const parts = splitParagraph(p, 3, SMALL);
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(textOf(part)).toMatch(/\.$/);
    expect(parts.map((x) => textOf(x)).join(' ')).toBe(textOf(p));
  });

  it('counts no script as text: a short paragraph with a script in it stays whole', () => {
    const p = parseChapter(`<p>${sentence(3)} <a href="/x/">un terme</a><script type="module">${'var x=1;'.repeat(200)}</script> ${sentence(3)}</p>`).children[0] as Element;
    expect(splitParagraph(p, 6, SMALL)).toHaveLength(1);
    expect(textOf(p)).not.toContain('var x');
  });

  it('never cuts inside a link or other inline element', () => {
    const p = parseChapter(`<p>${sentence(8)} <a href="/x/">Un lien. Avec deux phrases.</a> ${sentence(8)} ${sentence(8)}</p>`).children[0] as Element;
    const parts = splitParagraph(p, 2, SMALL);
    expect(parts.filter((x) => serialize(x).includes('<a href="/x/">Un lien. Avec deux phrases.</a>'))).toHaveLength(1);
  });

  it('cuts an ordered list between items, numbering on', () => {
    const ol = parseChapter(`<ol>${Array.from({ length: 6 }, (_, i) => `<li>${words(15, `i${i}m`)}</li>`).join('')}</ol>`).children[0] as Element;
    const parts = splitList(ol, SMALL.lines, SMALL);
    expect(parts.length).toBeGreaterThan(1);
    expect(parts[0].properties.start).toBeUndefined();
    let next = 1;
    for (const part of parts) {
      if (next > 1) expect(part.properties.start).toBe(next);
      next += part.children.filter((c) => c.type === 'element').length;
    }
    expect(next).toBe(7);
  });

  it('never ends a slide on a sub-heading', () => {
    const blocks = parseChapter(`<p>${words(30)}</p><h3>Sous-titre</h3><p>${words(20)}</p>`).children as Element[];
    const pages = paginate(blocks, SMALL);
    for (const page of pages) expect(page.at(-1)!.tagName).not.toBe('h3');
  });

  it('counts a block wrapping a table as its table and its text, so that it never shares a slide it would overflow', () => {
    const rows = Array.from({ length: 5 }, (_, i) => `<tr><th>L${i}</th><td>${i}</td></tr>`).join('');
    const [block] = parseChapter(`<div class="mesures"><table><caption>Chiffres</caption><tbody>${rows}</tbody></table><p>Mesuré hier.</p></div>`).children as Element[];
    // its text alone would take two lines; its five rows take more than five
    expect(blockLines(block, SMALL)).toBeGreaterThan(5 + 1);
    const pages = paginate([...(parseChapter(`<p>${words(12)}</p>`).children as Element[]), block], SMALL);
    expect(pages.map((p) => p.length)).toEqual([1, 1]);
  });
});

describe('the minutes the notes plan', () => {
  it('are added up by section, from each note’s data-duree', () => {
    const { minutes } = chapter(
      '<section><h2 id="s">S</h2><p>T.</p><details data-notes-formateur data-duree="5"><summary>N</summary><p>a</p></details>' +
        '<details data-notes-formateur data-duree="10"><summary>N</summary><p>b</p></details></section>' +
        '<section><h2 id="t">T</h2><p>T.</p><details data-notes-formateur><summary>N</summary><p>c</p></details></section>',
    );
    expect([...minutes]).toEqual([['s', 15]]);
  });
});

describe('a table on a slide', () => {
  it('counts each row as tall as its fullest cell, so that a long table goes on the next slide', () => {
    const row = (a: string, b: string) => `<tr><td>${a}</td><td>${b}</td></tr>`;
    const short = parseChapter(`<table><caption>Court</caption><tbody>${row('a', 'b')}</tbody></table>`).children[0] as Element;
    const tall = parseChapter(`<table><caption>Long</caption><tbody>${row(words(20), 'b')}${row('a', words(20))}${row(words(20), words(20))}</tbody></table>`).children[0] as Element;
    expect(blockLines(short, SMALL)).toBeLessThan(4);
    // three rows whose fullest cell wraps over several lines of a half-width column
    expect(blockLines(tall, SMALL)).toBeGreaterThan(SMALL.lines);
    const { slides } = chapter(`<section><h2 id="s">S</h2><p>${words(20)}</p>${serialize(short)}${serialize(tall)}</section>`);
    expect(slides.length).toBeGreaterThan(1);
  });
});
