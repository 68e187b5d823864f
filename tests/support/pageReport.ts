// After the browser tests: gather every page's figures into reports/pages.json and print them.
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { formatReport, type MeasuredPage } from '../../src/lib/budgets.ts';

export const REPORT_DIR = 'reports/pages';
export const REPORT_FILE = 'reports/pages.json';

/** Before the browser tests: forget the figures of an earlier run. */
export function clearPageReport(): void {
  rmSync(REPORT_DIR, { recursive: true, force: true });
}

export default function writePageReport(): void {
  if (!existsSync(REPORT_DIR)) return;
  const pages: MeasuredPage[] = readdirSync(REPORT_DIR)
    .filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(readFileSync(`${REPORT_DIR}/${f}`, 'utf8')) as MeasuredPage)
    .sort((a, b) => a.url.localeCompare(b.url));
  writeFileSync(REPORT_FILE, `${JSON.stringify(pages, null, 2)}\n`);
  console.log(`\nPoids, requêtes, DOM et EcoIndex de chaque page (${REPORT_FILE}) :\n${formatReport(pages)}\n`);
}
