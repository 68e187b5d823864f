// How heavy the built pages are, read from the build output alone and counted as EcoIndex counts them: the bytes a
// first visit transfers (the page and the files it loads, compressed as the host sends them), its requests, and its
// elements outside <svg>. The first brick of a public sobriety audit: the build writes these figures into the chapter
// that shows them (src/integrations/sobriete.ts), and a browser test holds them to what Chromium measures.
import { closeSync, existsSync, fstatSync, openSync, readFileSync, readSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { initSync, parse as parseModule } from 'es-module-lexer';
import { PAGE_TYPES, withEcoIndex, type MeasuredPage, type PageType } from './budgets.ts';
import { ecoIndexGrade } from './ecoindex.ts';
import { formatDate } from './format.ts';
import { byteView, fromByteView } from './html.ts';
import { Parser, defaultTreeAdapter, type DefaultTreeAdapterMap } from 'parse5';
import { ownString } from './ownCopy.ts';
import { PIECE, filePieces, gzipLength } from './pieces.ts';
import { typographyFr } from './typography.ts';

/** Extensions the host compresses (gzip, level 6): the list of the test server, tests/support/serve.mjs. */
export const COMPRESSED = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.txt', '.xml', '.webmanifest']);

/** Bytes a file takes on the wire: gzipped for text, as is otherwise (HTTP headers and chunk framing left out). */
export function transferredBytes(path: string, content: Uint8Array | string): number {
  const bytes = typeof content === 'string' ? Buffer.from(content) : content;
  return COMPRESSED.has(extname(path).toLowerCase()) ? gzipSync(bytes, { level: 6 }).length : bytes.length;
}

/** The files of a build, named as the site's addresses name them. */
export interface BuiltFiles {
  /** The path the site is published under: "/" or "/notre-guide/". */
  base: string;
  /** A file's content by its path from the site's root ("/_astro/x.css"), undefined when the build has none. */
  read(path: string): Uint8Array | undefined;
}

/** The files of a build folder published under `base`. */
export function builtFiles(dist: string, base: string): BuiltFiles {
  return {
    base,
    read(path) {
      const file = join(dist, path);
      return existsSync(file) && statSync(file).isFile() ? readFileSync(file) : undefined;
    },
  };
}

// A page is read by parse5, which builds it as a browser would (implied elements, misnested tags, a <template>'s
// content kept apart), but what the measure needs is taken from each element as it joins the document, and an element's
// children are let go once it is closed: the booklet of a large guide is a page of tens of megabytes, whose whole tree
// would take about a gigabyte, when the open elements alone take a few kilobytes.
type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const isElement = (node: Node): node is Element => 'tagName' in node;
const childrenOf = (node: Node): Node[] => ('childNodes' in node ? node.childNodes : []);
const attribute = (el: Element, name: string): string | undefined => el.attrs.find((a) => a.name === name)?.value;

function textOf(node: Node): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value;
  return childrenOf(node).map(textOf).join('');
}

const tokens = (value: string | undefined): string[] => (value === undefined ? [] : value.toLowerCase().split(/\s+/));

/** Links that make the browser fetch a file as the page loads (the favicon left out, as the page budgets leave it). */
const FETCHING_LINKS = new Set(['stylesheet', 'modulepreload', 'preload']);
const SCRIPT_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);

/** What the measure of a page reads of its HTML. */
export interface ScannedPage {
  /** The root element's `data-page-type`. */
  type: string | undefined;
  /**
   * What the page makes the browser fetch as it loads, in document order: stylesheets, preloads, scripts and images
   * (an image's `src`; a `srcset` or a stylesheet's `url()` are not followed: this guide uses neither for files).
   */
  urls: string[];
  /** The source of its inline module scripts, whose imports load too. */
  inlineModules: string[];
  /** Its elements as a browser counts them for EcoIndex, `querySelectorAll('*')` less `svg *`. */
  dom: number;
  /** The text of its first h1, spaces as written. */
  title: string | undefined;
}

/**
 * Bytes handed to parse5's tokenizer at a time. It joins each text it is given to what it has not yet let go of (up
 * to 64 kB), so that a piece of 1 MB makes strings of megabytes, which V8 places among the large objects that only a
 * full collection frees: reading the booklet of 2,000 chapters by pieces of 1 MB left 240 MB of them to the
 * collector, by pieces of 16 kB 50 MB, in the same time.
 */
const TOKENIZER_BYTES = 1 << 14;

/**
 * A page read as the measure needs it, in one pass of parse5 that keeps only the open elements: each element is
 * counted and its loads noted when it joins the document (not inside an <svg>, not inside a <template>'s content,
 * which is no part of the document), and its children are dropped when it closes, except inside the first h1 and a
 * script, whose text is read then. Bytes are decoded and parsed as they are written, as a browser reads a page
 * arriving from the network: the booklet of a large guide (61 MB at 2,000 chapters) is never held, as bytes or text.
 */
export class PageScanner {
  readonly #page: ScannedPage = { type: undefined, urls: [], inlineModules: [], dom: 0, title: undefined };
  readonly #parser: Parser<DefaultTreeAdapterMap>;
  readonly #decoder = new TextDecoder();

  constructor() {
    const page = this.#page;
    const counted = new WeakSet<Node>();
    let document: Node | undefined;
    /** Where a node sits once attached: in the document, outside an <svg>, or neither. */
    const placeOf = (parent: Node): 'counted' | 'svg' | 'outside' => {
      let inSvg = false;
      for (let n: Node | null = parent; n; n = 'parentNode' in n ? (n.parentNode as Node | null) : null) {
        if (n === document) return inSvg ? 'svg' : 'counted';
        if (isElement(n) && n.tagName === 'svg') inSvg = true;
      }
      return 'outside';
    };
    const joined = (parent: Node, node: Node) => {
      if (!isElement(node) || counted.has(node)) return;
      const place = placeOf(parent);
      if (place !== 'counted') return;
      counted.add(node);
      page.dom++;
      if (parent === document && page.type === undefined) page.type = attribute(node, 'data-page-type') ?? '';
      const href = attribute(node, 'href');
      const src = attribute(node, 'src');
      if (node.tagName === 'link' && href !== undefined && tokens(attribute(node, 'rel')).some((r) => FETCHING_LINKS.has(r))) page.urls.push(href);
      if (node.tagName === 'script' && SCRIPT_TYPES.has((attribute(node, 'type') ?? '').toLowerCase()) && src !== undefined) page.urls.push(src);
      if (node.tagName === 'img' && src !== undefined) page.urls.push(src);
    };
    /** Whether a closed element's text may still be wanted: it is, or sits inside, the first h1 still open. */
    const keepsText = (el: Element): boolean => {
      if (page.title !== undefined) return false;
      for (let n: Node | null = el; n; n = 'parentNode' in n ? (n.parentNode as Node | null) : null) {
        if (isElement(n) && n.tagName === 'h1') return n !== el;
      }
      return false;
    };
    const adapter: typeof defaultTreeAdapter = {
      ...defaultTreeAdapter,
      createDocument() {
        document = defaultTreeAdapter.createDocument();
        return document as ReturnType<typeof defaultTreeAdapter.createDocument>;
      },
      appendChild(parent, node) {
        defaultTreeAdapter.appendChild(parent, node);
        joined(parent, node);
      },
      insertBefore(parent, node, reference) {
        defaultTreeAdapter.insertBefore(parent, node, reference);
        joined(parent, node);
      },
      onItemPop(el) {
        if (!counted.has(el)) return;
        if (el.tagName === 'script') {
          const type = (attribute(el, 'type') ?? '').toLowerCase();
          if (type === 'module' && attribute(el, 'src') === undefined) page.inlineModules.push(textOf(el));
        } else if (el.tagName === 'h1' && page.title === undefined) {
          // its own copy: the text may be a view on a whole piece of the page, which the measures keep
          page.title = ownString(textOf(el));
        } else if (keepsText(el)) {
          return;
        }
        el.childNodes = [];
      },
    };
    this.#parser = new Parser({ treeAdapter: adapter });
  }

  /** The page's next bytes; a letter cut between two writes waits in the decoder. */
  write(bytes: Uint8Array): void {
    // what parse5-parser-stream does with each chunk, TOKENIZER_BYTES at a time
    for (let at = 0; at < bytes.length; at += TOKENIZER_BYTES) {
      this.#parser.tokenizer.write(this.#decoder.decode(bytes.subarray(at, at + TOKENIZER_BYTES), { stream: true }), false);
    }
  }

  /** What the page holds, once its last bytes are written. */
  end(): ScannedPage {
    this.#parser.tokenizer.write(this.#decoder.decode(), true);
    return this.#page;
  }
}

/** A page read as the measure needs it (PageScanner), whole as text, or as bytes written `piece` bytes at a time. */
export function scanPage(html: string | Uint8Array, piece = PIECE): ScannedPage {
  const scanner = new PageScanner();
  const bytes = typeof html === 'string' ? Buffer.from(html) : html;
  for (let at = 0; at < bytes.length; at += piece) scanner.write(bytes.subarray(at, at + piece));
  return scanner.end();
}

let lexerReady = false;

/** The modules a script imports statically, which the browser fetches with it; dynamic `import()` waits for a use. */
export function staticImports(source: string): string[] {
  if (!lexerReady) {
    initSync();
    lexerReady = true;
  }
  const [imports] = parseModule(source);
  return imports.filter((i) => i.d === -1 && typeof i.n === 'string').map((i) => i.n!);
}

/** An origin no page can name: the site's own addresses resolve against it. */
const SITE = 'http://site.invalid';

export interface PageWeight extends MeasuredPage {
  /** The page's h1, as a reader sees it. */
  title: string;
  /** Each file the page loads beside itself, by its path from the site's root, with the bytes it takes on the wire. */
  loads: { path: string; bytes: number }[];
}

/** What the measures keep of each file pages load, by its path: its bytes on the wire and, for a script, what it imports. */
export type KnownFiles = Map<string, { bytes: number; imports: string[] }>;

/**
 * Measure a built page (`url`, "/guide/x/", and its HTML) and the files it loads on a first visit, found in `files`:
 * compressed bytes, requests (the page and each file once), elements outside <svg>, and EcoIndex. A file of the site
 * that the build lacks stops the measure, naming the page and the file. `known` keeps what was read of the files
 * pages share.
 */
export function measurePage(url: string, page: Uint8Array | string, files: BuiltFiles, known: KnownFiles = new Map()): PageWeight {
  // the bytes, as read from the build, are gzipped and parsed as they are
  return weighed(url, scanPage(page), transferredBytes('index.html', page), files, known);
}

/**
 * Measure a built page from its file, as measurePage does, read through `buffer`: a page that fits is read into it
 * whole, a longer one (the booklet) is parsed and gzipped a piece at a time, so that no page is ever held whole.
 */
export async function measureFile(url: string, file: string, files: BuiltFiles, known: KnownFiles, buffer: Buffer): Promise<PageWeight> {
  const whole = readWhole(file, buffer);
  if (whole) return measurePage(url, whole, files, known);
  const scanner = new PageScanner();
  const bytes = await gzipLength(
    (function* () {
      for (const piece of filePieces(file, buffer)) {
        scanner.write(piece);
        yield piece;
      }
    })(),
  );
  return weighed(url, scanner.end(), bytes, files, known);
}

/** The bytes of `file` in `buffer` when they fit (a view that the next read overwrites), undefined when they do not. */
function readWhole(file: string, buffer: Buffer): Buffer | undefined {
  const fd = openSync(file, 'r');
  try {
    // a file that fills the buffer may be longer: it is read again, by pieces
    const read = readSync(fd, buffer, 0, buffer.length, 0);
    return read < buffer.length ? buffer.subarray(0, read) : undefined;
  } finally {
    closeSync(fd);
  }
}

/** Bytes a file of the build takes on the wire (transferredBytes), read through `buffer`, however long it is. */
export async function transferredFileBytes(path: string, file: string, buffer: Buffer): Promise<number> {
  if (!COMPRESSED.has(extname(path).toLowerCase())) return statSync(file).size;
  const whole = readWhole(file, buffer);
  return whole ? transferredBytes(path, whole) : gzipLength(filePieces(file, buffer));
}

/** A scanned page, its own bytes on the wire known, weighed with the files it loads (measurePage). */
function weighed(url: string, scanned: ScannedPage, ownBytes: number, files: BuiltFiles, known: KnownFiles): PageWeight {
  const { type, urls, inlineModules, dom, title } = scanned;
  if (!PAGE_TYPES.includes(type as PageType)) throw new Error(`${url} : data-page-type absent ou inconnu (« ${String(type ?? '')} »)`);
  const pageAddress = new URL(files.base + url.slice(1), SITE);
  const loads: { path: string; bytes: number }[] = [];
  const seen = new Set<string>();
  const queue: { ref: string; from: URL }[] = [];
  for (const ref of urls) queue.push({ ref, from: pageAddress });
  for (const source of inlineModules) for (const ref of staticImports(source)) queue.push({ ref, from: pageAddress });
  while (queue.length > 0) {
    const { ref, from } = queue.shift()!;
    const target = new URL(ref, from);
    // another host, or a data: address: nothing this build serves
    if (target.origin !== SITE) continue;
    if (!target.pathname.startsWith(files.base)) throw new Error(`${url} : ${ref} sort du chemin du site (${files.base})`);
    const path = `/${decodeURIComponent(target.pathname.slice(files.base.length))}`;
    if (seen.has(path)) continue;
    seen.add(path);
    let facts = known.get(path);
    if (!facts) {
      // a file shared by thousands of pages is read, compressed and scanned for imports once
      const content = files.read(path);
      if (!content) throw new Error(`${url} : ${ref} ne mène à aucun fichier de la construction`);
      facts = { bytes: transferredBytes(path, content), imports: /\.m?js$/.test(path) ? staticImports(Buffer.from(content).toString('utf8')) : [] };
      known.set(path, facts);
    }
    loads.push({ path, bytes: facts.bytes });
    for (const imported of facts.imports) queue.push({ ref: imported, from: target });
  }
  const figures = withEcoIndex({
    url,
    type: type as PageType,
    bytes: ownBytes + loads.reduce((sum, l) => sum + l.bytes, 0),
    requests: 1 + loads.length,
    dom,
  });
  return { ...figures, title: (title ?? '').replace(/\s+/g, ' ').trim(), loads };
}

/**
 * A measured page weighed again once its HTML has changed without gaining or losing an element or a file to load,
 * as when its measures table is filled in: only its own bytes on the wire (`ownBytes`) change, so that a page as long
 * as the booklet is not parsed once per writing of its table.
 */
export function reweigh(page: PageWeight, ownBytes: number): PageWeight {
  const { ecoIndexScore: _score, ecoIndexGrade: _grade, title, loads, ...figures } = page;
  const bytes = ownBytes + loads.reduce((sum, l) => sum + l.bytes, 0);
  return { ...withEcoIndex({ ...figures, bytes }), title, loads };
}

// ——— The table of the guide's own figures ———

/** The rows of the table: a few pages that stand for the guide, then the average of every page. */
export const MEASURE_ROWS = ['accueil', 'chapitre-le-plus-lourd', 'catalogue', 'ce-chapitre', 'diapositives', 'moyenne'] as const;
export type MeasureRow = (typeof MEASURE_ROWS)[number];

/** Routes of the pages the rows name (src/pages/). */
const CHAPTER_PAGE = /^\/guide\/[^/]+\/$/;
const HOME = '/';
const CATALOGUE = '/alternatives/';

/**
 * The table's words. They stay here rather than in src/ui.ts: ui.ts is bundled whole into the browser scripts,
 * where these words would weigh on pages that never show them.
 */
export const MEASURES_TEXT = {
  caption: 'Ce guide, mesuré à sa construction',
  columns: ['Page', 'Poids', 'Requêtes', 'Éléments', 'EcoIndex'],
  rows: {
    accueil: 'L’accueil',
    'chapitre-le-plus-lourd': 'Le chapitre le plus lourd',
    catalogue: 'Le catalogue',
    'ce-chapitre': 'Ce chapitre',
    diapositives: 'Ses diapositives',
    moyenne: 'Moyenne des pages',
  } satisfies Record<MeasureRow, string>,
  average: (pages: number) => `Moyenne des ${pages} pages`,
  missing:
    'Mesures absentes : elles s’écrivent quand le site est construit (astro build), et cette copie de la page ne les a pas reçues. Aucun chiffre n’est écrit à la main.',
  measured: (date: string, heaviest: string) => `Mesuré à la construction du ${date}. Le chapitre le plus lourd : « ${heaviest} ».`,
  empty: '—',
};

export interface RowFigures {
  /** The page the row measures; none for the average. */
  url?: string;
  bytes: number;
  requests: number;
  dom: number;
  ecoIndexScore: number;
}

export interface GuideMeasures {
  date: Date;
  pages: number;
  heaviest?: { url: string; title: string };
  rows: Partial<Record<MeasureRow, RowFigures>>;
}

const figuresOf = (p: PageWeight): RowFigures => ({ url: p.url, bytes: p.bytes, requests: p.requests, dom: p.dom, ecoIndexScore: p.ecoIndexScore });

/** The figures of the table that `chapter` shows: its pages, the heaviest other chapter, home, catalogue, and the mean of all. */
export function guideMeasures(pages: PageWeight[], chapter: string, date: Date): GuideMeasures {
  const byUrl = new Map(pages.map((p) => [p.url, p]));
  const heaviest = pages
    .filter((p) => CHAPTER_PAGE.test(p.url) && p.url !== `/guide/${chapter}/`)
    .reduce<PageWeight | undefined>((max, p) => (!max || p.bytes > max.bytes ? p : max), undefined);
  const mean = (pick: (p: PageWeight) => number) => pages.reduce((sum, p) => sum + pick(p), 0) / Math.max(1, pages.length);
  const rows: Partial<Record<MeasureRow, RowFigures>> = {};
  const named: [MeasureRow, PageWeight | undefined][] = [
    ['accueil', byUrl.get(HOME)],
    ['chapitre-le-plus-lourd', heaviest],
    ['catalogue', byUrl.get(CATALOGUE)],
    ['ce-chapitre', byUrl.get(`/guide/${chapter}/`)],
    ['diapositives', byUrl.get(`/projection/${chapter}/`)],
  ];
  for (const [row, page] of named) if (page) rows[row] = figuresOf(page);
  if (pages.length > 0) {
    rows.moyenne = { bytes: mean((p) => p.bytes), requests: mean((p) => p.requests), dom: mean((p) => p.dom), ecoIndexScore: mean((p) => p.ecoIndexScore) };
  }
  return { date, pages: pages.length, heaviest: heaviest && { url: heaviest.url, title: heaviest.title }, rows };
}

/** A number the French way, decimal comma: 19.53 with one decimal gives "19,5". */
export function frenchNumber(value: number, decimals: number): string {
  return value.toFixed(decimals).replace('.', ',');
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The cells of a row: compressed kilobytes (1 Ko = 1,000 bytes, as EcoIndex counts), requests, elements, EcoIndex. */
function cells(row: MeasureRow, f: RowFigures | undefined): string[] {
  if (!f) return Array(4).fill(MEASURES_TEXT.empty);
  const average = row === 'moyenne';
  const score = Math.round(f.ecoIndexScore);
  return [
    `${frenchNumber(f.bytes / 1000, 1)}\u00a0Ko`,
    average ? frenchNumber(f.requests, 1) : String(f.requests),
    String(Math.round(f.dom)),
    `${ecoIndexGrade(score)} (${score})`,
  ];
}

/**
 * The table of the guide's figures as HTML: empty, saying so, until the build measures (`measures` absent), then
 * filled with the same rows and cells, so that filling it changes no element of the page. `chapter` names the
 * chapter whose pages the table shows, as `data-mesures`; each measured row names its page in `data-page`.
 */
export function measuresTable(chapter: string, measures?: GuideMeasures): string {
  const t = MEASURES_TEXT;
  const head = t.columns.map((c) => `<th scope="col">${escapeHtml(c)}</th>`).join('');
  const body = MEASURE_ROWS.map((row) => {
    const f = measures?.rows[row];
    const label = row === 'moyenne' && measures ? t.average(measures.pages) : t.rows[row];
    const page = f?.url ? ` data-page="${escapeHtml(f.url)}"` : '';
    return `<tr data-mesure="${row}"${page}><th scope="row">${escapeHtml(typographyFr(label))}</th>${cells(row, f)
      .map((c) => `<td>${escapeHtml(typographyFr(c))}</td>`)
      .join('')}</tr>`;
  }).join('');
  const note = measures ? t.measured(formatDate(measures.date), measures.heaviest?.title ?? t.empty) : t.missing;
  return (
    `<div class="mesures" data-mesures="${escapeHtml(chapter)}" role="region" aria-labelledby="mesures-du-guide" tabindex="0">` +
    `<table><caption id="mesures-du-guide">${escapeHtml(typographyFr(t.caption))}</caption><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>` +
    `<p>${escapeHtml(typographyFr(note))}</p></div>`
  );
}

/** A measures table in a built page, however the page's HTML was written: its opening tag up to its own </div>. */
const TABLE_BLOCK = /<div\b[^>]*\sdata-mesures="([^"]*)"[^>]*>[\s\S]*?<\/div>/g;

/** The measures tables a built page holds (none for most pages): the chapter each shows, and its HTML. */
export function tableBlocks(html: string): { chapter: string; html: string }[] {
  return [...html.matchAll(TABLE_BLOCK)].map((m) => ({ chapter: m[1], html: m[0] }));
}

/** The chapters whose measures tables a built page holds. */
export function tablesIn(html: string): string[] {
  return tableBlocks(html).map((b) => b.chapter);
}

/**
 * A built page that shows measures tables, kept as where its tables lie: filling them copies no text, and a page as
 * long as the booklet (61 MB at 2,000 chapters) is read again a piece at a time, never held in memory.
 */
export interface TableHolder {
  url: string;
  /** The chapter each table shows, in the page's order. */
  chapters: string[];
  /** The page's bytes before the first table, between two tables, and after the last, as [start, end) offsets: one more than the tables. */
  around: [number, number][];
  /** The page's bytes from `start` to `end`, as pieces that may share a buffer (each used before the next is asked for). */
  read(start: number, end: number): Iterable<Uint8Array>;
}

/**
 * The longest measures table a page may hold, in bytes: the build writes a few kilobytes (measuresTable). The tables
 * of a page read by pieces are looked for in windows that overlap by this much, so that none is cut between two.
 */
export const TABLE_SPAN = 1 << 16;

/** Where the tables of a text (a byte view) lie, from `from` on. */
function tablesFrom(view: string, from: number): { chapter: string; start: number; end: number }[] {
  const pattern = new RegExp(TABLE_BLOCK.source, 'g');
  pattern.lastIndex = from;
  return [...view.matchAll(pattern)].map((m) => ({ chapter: fromByteView(m[1]), start: m.index, end: m.index + m[0].length }));
}

/** A holder from the tables found in a page of `size` bytes, undefined when there are none. */
function holderOf(url: string, size: number, tables: { chapter: string; start: number; end: number }[], read: TableHolder['read']): TableHolder | undefined {
  if (tables.length === 0) return undefined;
  const around: [number, number][] = [];
  let from = 0;
  for (const t of tables) {
    around.push([from, t.start]);
    from = t.end;
  }
  around.push([from, size]);
  return { url, chapters: tables.map((t) => t.chapter), around, read };
}

/** The tables a built page's bytes hold and what lies around them; undefined for a page without one. */
export function tableHolder(url: string, content: Buffer): TableHolder | undefined {
  // most pages hold none: they are not read as text at all
  if (content.indexOf('data-mesures=') === -1) return undefined;
  const tables = tablesFrom(byteView(content), 0);
  return holderOf(url, content.length, tables, (start, end) => [content.subarray(start, end)]);
}

/**
 * The tables a built page holds, read from its file through `buffer` (longer than TABLE_SPAN), in windows of the
 * buffer's length that overlap by TABLE_SPAN: each table lies whole in some window, and each window is searched from
 * the end of the last table found, so that the tables found are those a reading of the whole page finds. Undefined
 * for a page without one.
 */
export function fileTableHolder(url: string, file: string, buffer: Buffer): TableHolder | undefined {
  if (buffer.length <= TABLE_SPAN) throw new Error(`tampon de ${buffer.length} octets : il en faut plus de ${TABLE_SPAN} pour chercher les tableaux des mesures`);
  const step = buffer.length - TABLE_SPAN;
  const tables: { chapter: string; start: number; end: number }[] = [];
  const fd = openSync(file, 'r');
  let size: number;
  try {
    size = fstatSync(fd).size;
    // where the last table found ends: the search goes on from there, as a search of the whole page would
    let next = 0;
    for (let at = 0, last = false; !last; at += step) {
      const window = buffer.subarray(0, readSync(fd, buffer, 0, buffer.length, at));
      last = at + window.length >= size;
      if (window.indexOf('data-mesures=') === -1) continue;
      // a table cut by the window's end is not found here: it starts in the overlap, which the next window begins with
      for (const t of tablesFrom(byteView(window), Math.max(0, next - at))) {
        tables.push({ chapter: t.chapter, start: at + t.start, end: at + t.end });
        next = at + t.end;
      }
    }
  } finally {
    closeSync(fd);
  }
  return holderOf(url, size, tables, (start, end) => filePieces(file, buffer, start, end));
}

/** A holder's page with `tables` written in its tables' places, as pieces (which may share a buffer, as `read` gives them). */
export function* filledPieces(holder: TableHolder, tables: string[]): Generator<Uint8Array> {
  for (const [i, [start, end]] of holder.around.entries()) {
    yield* holder.read(start, end);
    if (i < holder.chapters.length) yield Buffer.from(tables[i]);
  }
}

/** A holder's page with `tables` written in its tables' places, whole. */
export function filledPage(holder: TableHolder, tables: string[]): Buffer {
  const parts: Buffer[] = [];
  for (const piece of filledPieces(holder, tables)) parts.push(Buffer.from(piece));
  return Buffer.concat(parts);
}

/**
 * Write a holder's page, with `tables` filled in, over its `file`: written beside it, a piece at a time, then put in
 * its place, since the page's own bytes are read while it is written; a failed writing leaves the page as it was.
 */
export function writeFilledPage(holder: TableHolder, tables: string[], file: string): void {
  const written = `${file}.mesures`;
  try {
    const fd = openSync(written, 'w');
    try {
      for (const piece of filledPieces(holder, tables)) {
        for (let done = 0; done < piece.length; ) done += writeSync(fd, piece, done);
      }
    } finally {
      closeSync(fd);
    }
    renameSync(written, file);
  } finally {
    rmSync(written, { force: true });
  }
}

export interface SettledMeasures {
  /** Every page's figures, those of the pages holding a table measured with the table filled in. */
  pages: PageWeight[];
  /** The tables written into each page that holds some, by URL, in the page's order. */
  tables: Map<string, string[]>;
  /** How many times the tables were written; `stable` when the last writing showed what it measures. */
  passes: number;
  stable: boolean;
}

/** Times a table is rewritten at most, looking for figures that describe the page they are written in. */
export const MAX_PASSES = 5;

/**
 * Fill the tables of the pages that hold one, with figures that include those very pages: a page's weight changes
 * once its table is filled, so each pass measures the filled pages again and writes the tables anew, until the
 * tables no longer change (the figures shown are those of the page as written, at the precision shown).
 */
export async function settleMeasures(
  pages: PageWeight[],
  holders: TableHolder[],
  measure: (holder: TableHolder, tables: string[]) => PageWeight | Promise<PageWeight>,
  date: Date,
): Promise<SettledMeasures> {
  const current = new Map(pages.map((p) => [p.url, p]));
  const tablesOf = (all: PageWeight[]) => new Map(holders.map((h) => [h.url, h.chapters.map((chapter) => measuresTable(chapter, guideMeasures(all, chapter, date)))]));
  const same = (a: Map<string, string[]>, b: Map<string, string[]>) => holders.every((h) => a.get(h.url)?.join('\0') === b.get(h.url)?.join('\0'));
  let written = new Map<string, string[]>();
  for (let pass = 1; pass <= MAX_PASSES; pass++) {
    const all = [...current.values()];
    const next = tablesOf(all);
    if (same(next, written)) return { pages: all, tables: written, passes: pass - 1, stable: true };
    written = next;
    for (const h of holders) current.set(h.url, await measure(h, written.get(h.url)!));
  }
  const all = [...current.values()];
  return { pages: all, tables: written, passes: MAX_PASSES, stable: same(tablesOf(all), written) };
}
