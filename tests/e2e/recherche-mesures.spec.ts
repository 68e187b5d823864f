// What a reader gets from the search, measured on the built guide: the rank of the page that answers each reader's
// question (tests/fixtures/recherche/questions.yaml, written before any tuning), and the bytes a first query
// downloads. Both print their figures; at least 90 % of the questions must find their page among the first three
// results, and no first query may transfer more than 150 KB.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { expect, test, type Request } from '@playwright/test';
import { ask } from '../support/recherche.ts';
import { settle, watchPage } from '../support/pageChecks.ts';

interface Question {
  question: string;
  attendu: string;
  genre: string;
}
const questions = parse(readFileSync('tests/fixtures/recherche/questions.yaml', 'utf8')) as Question[];

/** Share of the questions that must find their page among the first three results. */
const QUALITY = 0.9;
/** Bytes a first query may transfer, compressed, headers included: interface, engine, index pieces and results. */
const FIRST_QUERY_BYTES = 150 * 1024;

test('readers’ questions find the page that answers them among the first three results', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('/recherche/');
  const rows: string[] = [];
  let inTopThree = 0;
  for (const q of questions) {
    const { urls, status } = await ask(page, q.question, q.attendu);
    const rank = urls.indexOf(q.attendu) + 1;
    const found = rank >= 1 && rank <= 3;
    if (found) inTopThree++;
    const approximate = status.startsWith('Résultats approchants') ? ' (approchants)' : '';
    rows.push(`${found ? '✔' : '✘'} ${String(rank || '—').padStart(2)} | ${q.genre.padEnd(12)} | ${q.question} → ${q.attendu}${found ? '' : ` ; en tête : ${urls.slice(0, 3).join(', ')}`}${approximate}`);
  }
  console.log(
    `\nQualité de la recherche : ${inTopThree} questions sur ${questions.length} (${Math.round((inTopThree / questions.length) * 100)} %) trouvent leur page parmi les trois premiers résultats\n` +
      `rang | genre | question → page attendue\n${rows.join('\n')}\n`,
  );
  expect(inTopThree / questions.length, rows.filter((r) => r.startsWith('✘')).join('\n')).toBeGreaterThanOrEqual(QUALITY);
});

test('a first query transfers at most 150 KB, interface, engine, index and results together', async ({ page, context }) => {
  test.setTimeout(120_000);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  // the four questions of the issue and the whole sentences: the most words, so the most pieces of the index
  const sample = questions.filter((x) => x.genre === 'issue' || x.genre === 'phrase').slice(0, 8);
  const figures: { bytes: number; question: string }[] = [];
  for (const q of sample) {
    await page.goto('/guide/quand/');
    const sizes: Promise<number>[] = [];
    const listener = (r: Request) => sizes.push(r.sizes().then((s) => s.responseBodySize + s.responseHeadersSize));
    page.on('requestfinished', listener);
    const watch = watchPage(page);
    await page.keyboard.press('/');
    await page.getByLabel('Votre question, ou quelques mots').fill(q.question);
    const status = page.locator('.recherche-statut');
    await expect(status).toContainText(q.question);
    await expect(status).not.toContainText('Recherche en cours');
    await expect(page.locator('.recherche-resultats li').first()).toBeVisible();
    // the results' excerpts arrive after the list: every request started is waited for
    await settle(page, watch);
    watch.stop();
    page.off('requestfinished', listener);
    figures.push({ bytes: (await Promise.all(sizes)).reduce((a, b) => a + b, 0), question: q.question });
  }
  const heaviest = Math.max(...figures.map((f) => f.bytes));
  console.log(
    `\nPremière recherche, octets transférés (compressés, en-têtes compris) :\n${figures.map((f) => `${(f.bytes / 1024).toFixed(1)} Ko — ${f.question}`).join('\n')}\n` +
      `La plus lourde : ${(heaviest / 1024).toFixed(1)} Ko (budget : ${FIRST_QUERY_BYTES / 1024} Ko)\n`,
  );
  // something was downloaded at all: the engine and the index come only with the first query
  expect(Math.min(...figures.map((f) => f.bytes))).toBeGreaterThan(60 * 1024);
  expect(heaviest).toBeLessThanOrEqual(FIRST_QUERY_BYTES);
});
