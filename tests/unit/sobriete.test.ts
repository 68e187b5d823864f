import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse as parseHtml, type DefaultTreeAdapterMap } from 'parse5';
import { afterAll, describe, expect, it } from 'vitest';
import { gzipLength, pieceBuffer } from '../../src/lib/pieces.ts';
import { ecoIndex } from '../../src/lib/ecoindex.ts';
import {
  MAX_PASSES,
  MEASURES_TEXT,
  TABLE_SPAN,
  builtFiles,
  fileTableHolder,
  filledPage,
  filledPieces,
  guideMeasures,
  measureFile,
  measurePage,
  measuresTable,
  reweigh,
  scanPage,
  settleMeasures,
  staticImports,
  tableBlocks,
  tableHolder,
  tablesIn,
  transferredBytes,
  transferredFileBytes,
  writeFilledPage,
  type BuiltFiles,
  type PageWeight,
  type TableHolder,
} from '../../src/lib/sobriete.ts';

// A tiny built site: a page with a stylesheet, a module script importing another, an inline module, an image, an
// inline SVG, a template, a favicon that is not in the build, a stylesheet on another host and a data: image.
const DIR = 'tests/fixtures/sobriete';
const html = readFileSync(`${DIR}/index.html`, 'utf8');
const gz = (file: string) => gzipSync(readFileSync(`${DIR}/${file}`), { level: 6 }).length;

type Node = DefaultTreeAdapterMap['node'];
/** The elements of a whole parse5 tree, counted as the browser counts them for EcoIndex: every element, none inside an <svg>. */
const wholeTree = (node: Node): number =>
  'childNodes' in node ? node.childNodes.reduce((sum, c) => sum + ('tagName' in c ? 1 + (c.tagName === 'svg' ? 0 : wholeTree(c)) : 0), 0) : 0;

describe('measuring a built page', () => {
  const page = measurePage('/', html, builtFiles(DIR, '/'));

  it('counts the elements a browser counts for EcoIndex: none inside the <svg>, none of a template’s content', () => {
    // html, head, meta, title, 3 links, 2 scripts; body, h1, p, img, svg, template, img
    expect(page.dom).toBe(16);
    // html, head, body, svg
    expect(scanPage('<svg><g><rect/></g></svg>').dom).toBe(4);
  });

  it('counts what a whole tree of the page holds, where the parser moves, implies or copies elements', () => {
    const pages = [
      // misnested formatting: the parser closes and copies <b> and <i> (the adoption agency)
      '<p><b>1<i>2</b>3</i>4</p><p><a href="#x"><div>bloc</div></a></p><b>1<p>2</b>3</p>',
      // implied <tbody>, content fostered out of a table, a table closing an open paragraph
      '<p>avant<table><tr><td>1<td>2</tr><div>dehors</div></table><ul><li>a<li>b</ul>',
      // a template's content and an svg's inner elements are left out, its foreignObject too
      '<template><p>x</p></template><svg><g><foreignObject><p>y</p></foreignObject></g></svg><math><mi>z</mi></math>',
      readFileSync(`${DIR}/index.html`, 'utf8'),
    ];
    for (const page of pages) expect(scanPage(page).dom, page).toBe(wholeTree(parseHtml(page)));
    expect(scanPage(pages[0]).dom).toBeGreaterThan(9);
  });

  it('reads the first h1’s whole text, elements inside it included, and the source of inline module scripts only', () => {
    const scanned = scanPage(
      '<body><header><h1>Un <em>titre</em> <span><b>long</b></span></h1></header><h1>Second</h1><script type="module">import "/a.js";</script><script>var x;</script><script type="module" src="/b.js"></script>',
    );
    expect(scanned.title).toBe('Un titre long');
    expect(scanned.inlineModules).toEqual(['import "/a.js";']);
    expect(scanned.urls).toEqual(['/b.js']);
  });

  it('reads a page given as bytes piece by piece exactly as its text, however the pieces cut its letters and tags', () => {
    // letters of two, three and four bytes, in the text, the title and the addresses the measure keeps
    const chapter = (i: number) => `<section id="s${i}"><h2>Partie ${i} — é’🌱</h2><p>Texte <b>gras</b> <a href="/guide/${i}/">lien</a>, ça ${'ô'.repeat(i % 7)}</p><img src="/é${i % 3}’🌱.png" alt=""><svg><g><rect/></g></svg></section>`;
    const text = `<!doctype html><html lang="fr" data-page-type="reading"><head><title>Livret</title><script type="module">import "/à.js"; // ’🌱</script></head><body><h1>Le <em>livret</em> ’🌱</h1>${Array.from({ length: 300 }, (_, i) => chapter(i)).join('')}</body></html>`;
    const whole = scanPage(text);
    expect(whole.dom).toBe(4 + 3 + 300 * 7);
    expect(whole.title).toBe('Le livret ’🌱');
    for (const piece of [1, 2, 3, 7, 1000, 1 << 20]) expect(scanPage(Buffer.from(text), piece), `morceaux de ${piece} octets`).toEqual(whole);
  });

  it('requests the page, its stylesheet, its scripts and what they import statically, and its image; not the favicon, another host, a data: address, nor a dynamic import', () => {
    expect(page.loads.map((l) => l.path).sort()).toEqual(['/app.js', '/logo.png', '/module.js', '/seul.js', '/style.css']);
    expect(page.requests).toBe(6);
  });

  it('weighs text files gzipped as the host sends them, images as they are', () => {
    const expected = gzipSync(html, { level: 6 }).length + gz('style.css') + gz('app.js') + gz('module.js') + gz('seul.js') + readFileSync(`${DIR}/logo.png`).length;
    expect(page.bytes).toBe(expected);
    expect(page.bytes).toBeLessThan(Buffer.byteLength(html) + 314 + 136 + 47 + 49 + 70);
  });

  it('measures the page’s bytes as read from the build exactly as its text', () => {
    expect(measurePage('/', readFileSync(`${DIR}/index.html`), builtFiles(DIR, '/'))).toEqual(page);
    const accented = html.replace('</h1>', ' — ’é🌱</h1>');
    expect(measurePage('/', Buffer.from(accented), builtFiles(DIR, '/'))).toEqual(measurePage('/', accented, builtFiles(DIR, '/')));
  });
  it('grades the page with the project’s own EcoIndex, and keeps its type and title', () => {
    expect({ score: page.ecoIndexScore, grade: page.ecoIndexGrade }).toEqual(ecoIndex(page));
    expect(page.type).toBe('reading');
    expect(page.title).toBe('Une page d’essai');
  });

  it('finds the files of a site published under a base path, and refuses an address that leaves it', () => {
    const files: BuiltFiles = { ...builtFiles(DIR, '/notre-guide/') };
    const underBase = html.replace(/(href|src)="\/(?!\/)/g, '$1="/notre-guide/').replace("import '/seul.js'", "import '/notre-guide/seul.js'");
    const measured = measurePage('/', underBase, files);
    expect(measured.loads.map((l) => l.path).sort()).toEqual(['/app.js', '/logo.png', '/module.js', '/seul.js', '/style.css']);
    expect(() => measurePage('/', html, files)).toThrow(/\/ : \/style\.css sort du chemin du site \(\/notre-guide\/\)/);
  });

  it('stops on a file the build lacks, naming the page and the address, and on a page without its type', () => {
    const missing = html.replace('/style.css', '/absente.css');
    expect(() => measurePage('/guide/essai/', missing, builtFiles(DIR, '/'))).toThrow('/guide/essai/ : /absente.css ne mène à aucun fichier de la construction');
    expect(() => measurePage('/x/', html.replace(' data-page-type="reading"', ''), builtFiles(DIR, '/'))).toThrow(/\/x\/ : data-page-type absent/);
  });

  it('weighs a page anew whose HTML changed by text alone exactly as measuring it again would', () => {
    const longer = html.replace('</h1>', ' — avec un titre bien plus long qu’avant, pour que le poids change</h1>');
    const again = measurePage('/', longer, builtFiles(DIR, '/'));
    expect(again.bytes).toBeGreaterThan(page.bytes);
    expect(reweigh(page, transferredBytes('index.html', longer))).toEqual({ ...again, title: page.title });
  });

  it('reads a minified module’s static imports, not its dynamic ones', () => {
    expect(staticImports('import{a as b}from"./a.js";import"./b.js";export{c}from"./c.js";import("./d.js");')).toEqual(['./a.js', './b.js', './c.js']);
  });

  it('compresses only what the host compresses', () => {
    expect(transferredBytes('x.png', Buffer.alloc(1000))).toBe(1000);
    expect(transferredBytes('x.css', Buffer.alloc(1000))).toBeLessThan(100);
  });
});

/** A measured page, for the table's tests. */
const weight = (url: string, bytes: number, type: PageWeight['type'] = 'reading', title = url): PageWeight => {
  const { score, grade } = ecoIndex({ dom: 200, requests: 2, bytes });
  return { url, type, bytes, requests: 2, dom: 200, ecoIndexScore: score, ecoIndexGrade: grade, title, loads: [] };
};
const site = [
  weight('/', 9000, 'home'),
  weight('/guide/court/', 12000, 'reading', 'Un chapitre court'),
  weight('/guide/long/', 19000, 'reading', 'Un chapitre long'),
  weight('/guide/mesures/', 25000, 'reading', 'Mesurer'),
  weight('/alternatives/', 18000, 'list'),
  weight('/projection/mesures/', 21000, 'projection'),
];
const DATE = new Date('2026-12-02T10:00:00Z');
const rowsOf = (table: string) =>
  [...table.matchAll(/<tr data-mesure="([^"]+)"(?: data-page="([^"]*)")?><th scope="row">([^<]*)<\/th>((?:<td>[^<]*<\/td>)+)<\/tr>/g)].map(([, row, page, label, tds]) => ({
    row,
    page,
    label,
    cells: [...tds.matchAll(/<td>([^<]*)<\/td>/g)].map((m) => m[1]),
  }));

describe('the table of the guide’s figures', () => {
  it('says the figures are missing until the build measures, and shows no number', () => {
    const table = measuresTable('mesures');
    expect(table).toContain('data-mesures="mesures"');
    expect(table).toContain('Mesures absentes');
    expect(rowsOf(table).flatMap((r) => r.cells)).toEqual(Array(24).fill(MEASURES_TEXT.empty));
    expect(rowsOf(table).every((r) => r.page === undefined)).toBe(true);
  });

  it('names the heaviest other chapter, this chapter, its slides, home, the catalogue and the average of every page', () => {
    const m = guideMeasures(site, 'mesures', DATE);
    // « mesures » itself is the heaviest chapter, so the row names the heaviest of the others
    expect(m.heaviest).toEqual({ url: '/guide/long/', title: 'Un chapitre long' });
    expect(Object.fromEntries(Object.entries(m.rows).map(([row, f]) => [row, f.url]))).toEqual({
      accueil: '/',
      'chapitre-le-plus-lourd': '/guide/long/',
      catalogue: '/alternatives/',
      'ce-chapitre': '/guide/mesures/',
      diapositives: '/projection/mesures/',
      moyenne: undefined,
    });
    expect(m.rows.moyenne!.bytes).toBe((9000 + 12000 + 19000 + 25000 + 18000 + 21000) / 6);
    expect(m.pages).toBe(6);
  });

  it('writes the figures the French way, dated, each row naming its page', () => {
    const rows = rowsOf(measuresTable('mesures', guideMeasures(site, 'mesures', DATE)));
    expect(rows.find((r) => r.row === 'ce-chapitre')).toMatchObject({ page: '/guide/mesures/', cells: ['25,0\u00a0Ko', '2', '200', expect.stringMatching(/^[A-G] \(\d+\)$/)] });
    expect(rows.at(-1)!.label.replace(/\s/g, ' ')).toBe('Moyenne des 6 pages');
    expect(rows.at(-1)!.cells[0]).toBe('17,3\u00a0Ko');
    expect(measuresTable('mesures', guideMeasures(site, 'mesures', DATE))).toContain('2\u00a0décembre 2026');
  });

  it('has as many elements filled as empty, so that filling it changes no element count of the page', () => {
    const count = (t: string) => scanPage(t).dom;
    expect(count(measuresTable('mesures', guideMeasures(site, 'mesures', DATE)))).toBe(count(measuresTable('mesures')));
  });

  it('is found and replaced in a built page however its attributes are written, and nothing else is touched', () => {
    const before = '<main><p>Avant.</p>';
    const after = '<p>Après.</p></main>';
    const reordered = measuresTable('mesures').replace('<div class="mesures" data-mesures="mesures"', '<div tabindex="0" data-mesures="mesures" class="mesures"');
    const page = before + reordered + after;
    expect(tablesIn(page)).toEqual(['mesures']);
    expect(tableBlocks(page)).toEqual([{ chapter: 'mesures', html: reordered }]);
    const holder = tableHolder('/guide/x/', Buffer.from(page))!;
    expect(holder.chapters).toEqual(['mesures']);
    expect(filledPage(holder, ['[mesures]']).toString()).toBe(`${before}[mesures]${after}`);
    expect(tablesIn('<main><p>Sans tableau.</p></main>')).toEqual([]);
    expect(tableHolder('/guide/x/', Buffer.from('<main><p>Sans tableau.</p></main>'))).toBeUndefined();
  });

  it('fills each table of a page in its place, the text around it kept byte for byte, letters of every width included', () => {
    const page = `<p>Déjà — 🌱 ’</p>${measuresTable('un-chépitre')}<p>Entre les deux : « é »</p>${measuresTable('deux')}<p>Fin ’</p>`;
    const holder = tableHolder('/livret/', Buffer.from(page))!;
    expect(holder.chapters).toEqual(['un-chépitre', 'deux']);
    expect(filledPage(holder, holder.chapters.map((chapter, i) => `[${i} ${chapter}]`)).toString()).toBe('<p>Déjà — 🌱 ’</p>[0 un-chépitre]<p>Entre les deux : « é »</p>[1 deux]<p>Fin ’</p>');
  });
});

describe('settling the figures of the pages that show them', () => {
  const holderUrl = '/guide/mesures/';
  const holder = tableHolder(holderUrl, Buffer.from(`<main>${measuresTable('mesures')}</main>`))!;
  // a stand-in for measuring the filled page: its bytes grow with its HTML, so that filling the table changes them
  const measure = (h: TableHolder, tables: string[]) => weight(h.url, 20000 + filledPage(h, tables).length * 10);

  it('rewrites the table until it shows the figures of the page as written, table included', async () => {
    const settled = await settleMeasures(site, [holder], measure, DATE);
    expect(settled.stable).toBe(true);
    expect(settled.passes).toBeGreaterThanOrEqual(2);
    const tables = settled.tables.get(holderUrl)!;
    const own = rowsOf(filledPage(holder, tables).toString()).find((r) => r.row === 'ce-chapitre')!;
    expect(own.cells[0]).toBe(`${(measure(holder, tables).bytes / 1000).toFixed(1).replace('.', ',')}\u00a0Ko`);
    expect(settled.pages.find((p) => p.url === holderUrl)!.bytes).toBe(measure(holder, tables).bytes);
  });

  it('gives up after a few passes, saying so, when the figures keep moving', async () => {
    let flip = 0;
    const restless = (h: TableHolder) => weight(h.url, 20000 + 500 * (flip++ % 2));
    const settled = await settleMeasures(site, [holder], restless, DATE);
    expect(settled.stable).toBe(false);
    expect(settled.passes).toBe(MAX_PASSES);
  });

  it('writes nothing when no page shows the table', async () => {
    expect(await settleMeasures(site, [], measure, DATE)).toMatchObject({ stable: true, passes: 0 });
  });
});

describe('measuring the built files a piece at a time', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'sobriete-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));
  const fileOf = (name: string, content: string | Buffer) => {
    const file = join(tmp, name);
    writeFileSync(file, content);
    return file;
  };
  // the fixture page, grown past a small buffer with text of every letter width inside its h1 and its body
  // and an inline module, whose text the measure reads, far past the first bites of the tokenizer
  const script = `/* ${'« é » 🌱 ’ '.repeat(3000)} */`;
  const long = html
    .replace('</h1>', ` ${'titre — « é » 🌱 '.repeat(30)}</h1>`)
    .replace('</body>', `<p>${'Déjà — 🌱 ’ '.repeat(4000)}</p><script type="module">${script}</script></body>`);

  it('reads a page far longer than what the tokenizer is given at a time as a whole tree of it holds', () => {
    const scanned = scanPage(Buffer.from(long));
    expect(scanned.dom).toBe(wholeTree(parseHtml(long)));
    expect(scanned.title).toBe(/<h1>([^<]*)<\/h1>/.exec(long)![1]);
    expect(scanned.inlineModules.at(-1)).toBe(script);
    expect(Buffer.byteLength(long)).toBeGreaterThan(40000);
  });

  it('weighs a page from its file as measurePage weighs its bytes, whether it fits the buffer or not', async () => {
    const files = builtFiles(DIR, '/');
    for (const [name, page] of [['court.html', html], ['long.html', long]] as const) {
      const file = fileOf(name, page);
      const expected = measurePage('/', page, files);
      // 1 MB: read whole into the buffer; 64 and 1,000 bytes: parsed and gzipped by pieces
      for (const size of [1 << 20, 64, 1000]) expect(await measureFile('/', file, files, new Map(), Buffer.alloc(size)), `${name} ${size}`).toEqual(expected);
    }
    expect(Buffer.byteLength(long)).toBeGreaterThan(40000);
  });

  it('counts a file’s bytes on the wire as transferredBytes does, longer than the buffer or not, compressed or not', async () => {
    for (const [name, content] of [['a.html', long], ['b.css', 'body{color:red}'.repeat(900)], ['c.png', Buffer.from(long)]] as const) {
      const file = fileOf(name, content);
      for (const size of [1 << 20, 100]) expect(await transferredFileBytes(name, file, Buffer.alloc(size)), `${name} ${size}`).toBe(transferredBytes(name, content));
    }
  });

  // a page of about 300 kB holding three tables, one of them straddling where the windows of some buffers meet
  const table = (chapter: string) => measuresTable(chapter);
  const filler = (n: number) => `<p>${'Déjà — 🌱 ’ '.repeat(n)}</p>`;
  const page = `<main>${filler(100)}${table('un-chépitre')}${filler(9000)}${table('deux')}${table('trois')}${filler(3000)}</main>`;
  const bytes = Buffer.from(page);
  const whole = tableHolder('/livret/', bytes)!;

  it('finds the tables of a page read in overlapping windows where a reading of the whole page finds them', () => {
    expect(whole.chapters).toEqual(['un-chépitre', 'deux', 'trois']);
    expect(bytes.length).toBeGreaterThan(2 * (TABLE_SPAN + 4096));
    // a page whose second table opens inside the first, as no build writes it: the whole page's reading skips it
    const nested = `${filler(6000)}<div data-mesures="a"><div data-mesures="b">x</div></div>${filler(6000)}`;
    expect(tableHolder('/x/', Buffer.from(nested))!.chapters).toEqual(['a']);
    const outer = Buffer.from(nested).indexOf('<div data-mesures="a"');
    for (const [name, content] of [['livret.html', page], ['imbrique.html', nested]] as const) {
      const file = fileOf(name, content);
      const expected = tableHolder('/x/', Buffer.from(content))!;
      const starts = expected.around.slice(1).map(([start]) => start);
      const sizes = [
        // windows that move by a few steps, one of which starts just inside the nested table
        ...[1 << 20, 997, 4096, 65536, outer + 5].map((step) => TABLE_SPAN + step),
        // windows whose end cuts each table a few bytes in
        ...starts.filter((start) => start > TABLE_SPAN + 10).map((start) => start + 10),
      ];
      for (const size of sizes) {
        const found = fileTableHolder('/x/', file, Buffer.alloc(size))!;
        expect({ chapters: found.chapters, around: found.around }, `${name} ${size}`).toEqual({ chapters: expected.chapters, around: expected.around });
      }
    }
    expect(fileTableHolder('/x/', fileOf('sans.html', filler(5000)), pieceBuffer())).toBeUndefined();
    expect(() => fileTableHolder('/x/', fileOf('court.html', page), Buffer.alloc(TABLE_SPAN))).toThrow(/il en faut plus de 65536/);
  });

  it('fills a page read from its file, a piece at a time, as the page in memory, and weighs it as gzipSync would', async () => {
    const file = fileOf('livret.html', page);
    const tables = whole.chapters.map((chapter, i) => `<div>${i} « ${chapter} »</div>`);
    const fromFile = fileTableHolder('/livret/', file, Buffer.alloc(TABLE_SPAN + 1000))!;
    const expected = filledPage(whole, tables);
    expect(filledPage(fromFile, tables).equals(expected)).toBe(true);
    expect(await gzipLength(filledPieces(fromFile, tables))).toBe(gzipSync(expected, { level: 6 }).length);
    writeFilledPage(fromFile, tables, file);
    expect(readFileSync(file).equals(expected)).toBe(true);
    expect(readdirSync(tmp).filter((f) => f.endsWith('.mesures'))).toEqual([]);
  });

  it('leaves the page as it was when its writing fails halfway', () => {
    const file = fileOf('echec.html', page);
    let pieces = 0;
    const failing: TableHolder = {
      ...whole,
      *read(start, end) {
        if (++pieces === 3) throw new Error('disque plein');
        yield bytes.subarray(start, end);
      },
    };
    expect(() => writeFilledPage(failing, whole.chapters.map(() => '<div></div>'), file)).toThrow('disque plein');
    expect(readFileSync(file, 'utf8')).toBe(page);
    expect(readdirSync(tmp).filter((f) => f.endsWith('.mesures'))).toEqual([]);
  });
});
