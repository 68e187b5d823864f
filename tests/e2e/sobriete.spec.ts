// The figures the build wrote into the guide's measures table (src/integrations/sobriete.ts) are those a browser
// measures on a first visit, as the page checks do: bytes within 2 % (the table rounds to 0.1 Ko, and the test
// server's chunked transfer adds a few bytes a file), requests exactly, elements exactly in the page as the server
// sends it (with JavaScript off: the guide's scripts add a few elements once they run), EcoIndex within a point.
import { existsSync, readFileSync } from 'node:fs';
import { expect } from '@playwright/test';
import { parseDocument } from '../../src/lib/html.ts';
import type { Element } from 'hast';
import { listBuiltPages } from '../support/builtSite.ts';
import { openPage, test, visitFigures } from '../support/pageChecks.ts';
import { ecoIndex } from '../../src/lib/ecoindex.ts';
import { MEASURES_TEXT, tablesIn } from '../../src/lib/sobriete.ts';

const DIST = 'dist';
const BYTES_TOLERANCE = 0.02;

/** A row of a built measures table: the page it names and its cells as a reader reads them. */
interface ShownRow {
  row: string;
  page?: string;
  label: string;
  cells: string[];
}

const text = (n: Element | Element['children'][number]): string =>
  n.type === 'text' ? n.value : n.type === 'element' ? n.children.map(text).join('') : '';

function shownRows(html: string): { rows: ShownRow[]; note: string } {
  const rows: ShownRow[] = [];
  let note = '';
  const visit = (n: Element | Element['children'][number], inTable: boolean) => {
    if (n.type !== 'element') return;
    const here = inTable || n.properties?.dataMesures !== undefined;
    if (here && n.tagName === 'tr' && n.properties?.dataMesure !== undefined) {
      const [label, ...cells] = n.children.filter((c): c is Element => c.type === 'element').map((c) => text(c).trim());
      rows.push({ row: String(n.properties.dataMesure), page: n.properties.dataPage === undefined ? undefined : String(n.properties.dataPage), label, cells });
    }
    if (here && n.tagName === 'p') note = text(n);
    n.children.forEach((c) => visit(c, here));
  };
  parseDocument(html).children.forEach((c) => visit(c as Element, false));
  return { rows, note };
}

/** "19,6 Ko" as bytes (1 Ko = 1,000 bytes). */
const shownBytes = (cell: string) => Number(cell.replace(/\s*Ko$/, '').replace(',', '.')) * 1000;

const holders = existsSync(DIST) ? listBuiltPages(DIST).filter((p) => tablesIn(readFileSync(p.file, 'utf8')).length > 0) : [];
const chapterPage = holders.find((p) => /^\/guide\/[^/]+\/$/.test(p.url));

if (!chapterPage) {
  test('un chapitre du site construit porte le tableau des mesures', () => {
    throw new Error(`Aucun chapitre de ${DIST}/ ne porte le tableau des mesures : construisez d’abord le site (npm run build), ou lancez tous les tests avec npm test.`);
  });
} else {
  const shown = shownRows(readFileSync(chapterPage.file, 'utf8'));

  test('the build filled the table: every row measured, dated, the average over every built page', () => {
    expect(shown.rows.map((r) => r.row)).toEqual(['accueil', 'chapitre-le-plus-lourd', 'catalogue', 'ce-chapitre', 'diapositives', 'moyenne']);
    for (const r of shown.rows) expect(r.cells.filter((c) => c === MEASURES_TEXT.empty), `cellules vides, ligne ${r.row}`).toEqual([]);
    expect(shown.note).not.toContain(MEASURES_TEXT.missing);
    expect(shown.note).toMatch(/construction du \d{1,2}(er)?\s\S+ \d{4}\./);
    expect(shown.rows.at(-1)!.label.replace(/\s/g, ' ')).toBe(MEASURES_TEXT.average(listBuiltPages(DIST).length));
  });

  test('every page holding the table shows the same figures', () => {
    for (const holder of holders) expect(shownRows(readFileSync(holder.file, 'utf8')).rows, holder.url).toEqual(shown.rows);
  });

  for (const row of shown.rows.filter((r) => r.page)) {
    test(`figures of « ${row.label} » (${row.page}) are those the browser measures`, async ({ watched, browser }) => {
      await openPage(watched.page, watched.watch, row.page!);
      const visit = await visitFigures(watched.page, watched.watch);
      // the elements of the page as sent, before any script adds its own
      const noScript = await browser.newContext({ javaScriptEnabled: false });
      const bare = await noScript.newPage();
      await bare.goto(new URL(row.page!, watched.page.url()).href, { waitUntil: 'load' });
      const dom = await bare.evaluate(() => document.querySelectorAll('*').length - document.querySelectorAll('svg *').length);
      await noScript.close();

      const [bytes, requests, elements, eco] = row.cells;
      const expected = ecoIndex({ dom, requests: visit.requests, bytes: visit.bytes });
      const score = Number(/\((\d+)\)/.exec(eco)?.[1]);
      console.log(`${row.page} : tableau ${bytes}, ${requests} requêtes, ${elements} éléments, ${eco} ; navigateur ${visit.bytes} octets, ${visit.requests} requêtes, ${dom} éléments (${visit.dom} une fois les scripts lancés), ${expected.grade} (${expected.score})`);
      expect(Math.abs(shownBytes(bytes) - visit.bytes), `octets : tableau ${bytes}, navigateur ${visit.bytes}`).toBeLessThanOrEqual(visit.bytes * BYTES_TOLERANCE);
      expect(Number(requests), 'requêtes').toBe(visit.requests);
      expect(Number(elements), 'éléments du DOM (page telle qu’envoyée)').toBe(dom);
      expect(eco.startsWith(expected.grade), `note EcoIndex : tableau ${eco}, navigateur ${expected.grade} (${expected.score})`).toBe(true);
      expect(Math.abs(score - expected.score), 'score EcoIndex').toBeLessThanOrEqual(1);
    });
  }
}
