import { ecoIndex, type EcoIndexGrade } from './ecoindex.ts';

/** Page types: each built page declares one on <html data-page-type>. */
export const PAGE_TYPES = ['home', 'reading', 'list', 'projection', 'livret', 'redirection'] as const;
export type PageType = (typeof PAGE_TYPES)[number];

export interface Budget {
  /** Compressed bytes transferred on a first visit (favicon excluded; content images excluded on reading pages). */
  bytes: number;
  /** Requests until the network is idle, favicon excluded. */
  requests: number;
  /** Elements in the DOM, those inside <svg> excluded (as EcoIndex counts them). */
  dom: number;
  ecoIndex: EcoIndexGrade;
}

/** Compressed bytes the slides script (src/scripts/diaporama.ts) may weigh. */
export const SLIDES_SCRIPT_BYTES = 6 * 1024;

/** Budgets by page type. Later features extend this table; they never loosen it. */
export const BUDGETS: Record<PageType, Budget> = {
  home: { bytes: 10 * 1024, requests: 4, dom: 250, ecoIndex: 'A' },
  reading: { bytes: 20 * 1024, requests: 6, dom: 380, ecoIndex: 'A' },
  list: { bytes: 30 * 1024, requests: 6, dom: 400, ecoIndex: 'A' },
  // a chapter's slides: the chapter's own budget, plus the script that projects them
  projection: { bytes: 20 * 1024 + SLIDES_SCRIPT_BYTES, requests: 6, dom: 380, ecoIndex: 'A' },
  // the whole guide on one page, for printing: the one stated exception to EcoIndex A. Its real bound is the sum of the
  // chapters' own pages (tests/e2e/livret.spec.ts); this ceiling only catches a booklet gone wild
  livret: { bytes: 40 * 20 * 1024, requests: 6, dom: 40 * 380, ecoIndex: 'G' },
  // the page left at an address that changed: a sentence and a link, no stylesheet, no script
  redirection: { bytes: 2 * 1024, requests: 1, dom: 20, ecoIndex: 'A' },
};

export interface PageFigures {
  url: string;
  type: PageType;
  bytes: number;
  requests: number;
  dom: number;
}

export interface MeasuredPage extends PageFigures {
  ecoIndexScore: number;
  ecoIndexGrade: EcoIndexGrade;
}

/** Add the EcoIndex to a page's measured figures. */
export function withEcoIndex(page: PageFigures): MeasuredPage {
  const { score, grade } = ecoIndex(page);
  return { ...page, ecoIndexScore: score, ecoIndexGrade: grade };
}

/** Every way a page exceeds its type's budget, in words; empty when it fits. */
export function budgetBreaches(page: MeasuredPage, budgets: Record<PageType, Budget> = BUDGETS): string[] {
  const budget = budgets[page.type];
  const breaches: string[] = [];
  if (page.bytes > budget.bytes) breaches.push(`${page.bytes} octets > ${budget.bytes}`);
  if (page.requests > budget.requests) breaches.push(`${page.requests} requêtes > ${budget.requests}`);
  if (page.dom > budget.dom) breaches.push(`${page.dom} éléments DOM > ${budget.dom}`);
  if (page.ecoIndexGrade > budget.ecoIndex) breaches.push(`EcoIndex ${page.ecoIndexGrade} (${page.ecoIndexScore}) moins bon que ${budget.ecoIndex}`);
  return breaches;
}

/** Render measured pages as a plain-text table for the test log. */
export function formatReport(pages: MeasuredPage[]): string {
  const header = ['Page', 'Type', 'Octets', 'Requêtes', 'DOM', 'EcoIndex'];
  const rows = [...pages]
    .sort((a, b) => a.url.localeCompare(b.url))
    .map((p) => [p.url, p.type, String(p.bytes), String(p.requests), String(p.dom), `${p.ecoIndexGrade} (${p.ecoIndexScore})`]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}
