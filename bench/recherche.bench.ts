// Measures of the search, printed, not judged: how many readers' questions (tests/fixtures/recherche/questions.yaml,
// written before any tuning) find their page among the first three results, with the rank of each, and the bytes a
// first query downloads. Targets: 90 % of the questions, 150 KB. Run: npm run build, then npm run bench:recherche.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { expect, test } from '@playwright/test';
import { ask } from '../tests/support/recherche.ts';

interface Question {
  question: string;
  attendu: string;
  genre: string;
}
const questions = parse(readFileSync('tests/fixtures/recherche/questions.yaml', 'utf8')) as Question[];


test('readers’ questions: rank of the page that answers each', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('/recherche/');
  const rows: string[] = [];
  let inTopThree = 0;
  for (const q of questions) {
    const { urls, status } = await ask(page, q.question);
    const rank = urls.indexOf(q.attendu) + 1;
    if (rank >= 1 && rank <= 3) inTopThree++;
    const approximate = status.startsWith('Résultats approchants') ? ' (approchants)' : '';
    rows.push(`${rank >= 1 && rank <= 3 ? '✔' : '✘'} ${String(rank || '—').padStart(2)} | ${q.genre.padEnd(12)} | ${q.question} → ${q.attendu}${rank > 3 || rank === 0 ? ` ; en tête : ${urls.slice(0, 3).join(', ')}` : ''}${approximate}`);
  }
  const share = inTopThree / questions.length;
  console.log(`\nQualité de la recherche : ${inTopThree} questions sur ${questions.length} (${Math.round(share * 100)} %) trouvent leur page parmi les trois premiers résultats\nrang | genre | question → page attendue\n${rows.join('\n')}\n`);
});

test.describe('nothing until asked', () => {
  test('bytes of a first query, interface, engine, index and results together', async ({ page, context }) => {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    const figures: string[] = [];
    let heaviest = 0;
    for (const q of questions.filter((x) => x.genre === 'issue' || x.genre === 'phrase').slice(0, 8)) {
      await page.goto('/guide/quand/');
      const sizes: Promise<number>[] = [];
      const listener = (r: import('@playwright/test').Request) => sizes.push(r.sizes().then((s) => s.responseBodySize + s.responseHeadersSize));
      page.on('requestfinished', listener);
      await page.keyboard.press('/');
      await page.getByLabel('Votre question, ou quelques mots').fill(q.question);
      await expect(page.locator('.recherche-statut')).toContainText(q.question);
      await expect(page.locator('.recherche-statut')).not.toContainText('Recherche en cours');
      await expect(page.locator('.recherche-resultats li').first()).toBeVisible();
      await page.evaluate(() => new Promise((done) => setTimeout(done, 200)));
      page.off('requestfinished', listener);
      const bytes = (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
      heaviest = Math.max(heaviest, bytes);
      figures.push(`${(bytes / 1024).toFixed(1)} Ko — ${q.question}`);
    }
    console.log(`\nPremière recherche, octets transférés (compressés, en-têtes compris) :\n${figures.join('\n')}\n`);
    console.log(`La plus lourde : ${(heaviest / 1024).toFixed(1)} Ko (cible : 150 Ko)`);
  });
});

