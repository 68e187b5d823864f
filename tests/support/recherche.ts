// Running a query in the search of the /recherche/ page, for the browser tests and the search measures.
import { expect, type Page } from '@playwright/test';

/**
 * Run a query in the search of the /recherche/ page and return the addresses of its results, in order: all of them,
 * or, when `wanted` is given, those down to it (all of them if it is not among them).
 */
export async function ask(page: Page, query: string, wanted?: string): Promise<{ urls: string[]; status: string }> {
  const field = page.getByLabel('Votre question, ou quelques mots');
  await field.fill(query);
  await field.press('Enter');
  const status = page.locator('.recherche-statut');
  await expect(status).toContainText(query);
  await expect(status).not.toContainText('Recherche en cours');
  // every result of the answer: « Afficher plus » until there is no more, or until `wanted` is shown (its rank is known)
  const more = page.locator('.recherche-plus');
  const shown = () => page.locator('.recherche-resultats li > a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href)).map((u) => u.pathname + u.hash));
  while ((wanted === undefined || !(await shown()).includes(wanted)) && (await more.isVisible())) {
    const before = await page.locator('.recherche-resultats li').count();
    await more.click();
    // each further page of results downloads its excerpts first: slow on a busy machine, so more time than a click
    await expect.poll(() => page.locator('.recherche-resultats li').count(), { timeout: 20_000 }).toBeGreaterThan(before);
  }
  return { urls: await shown(), status: (await status.textContent()) ?? '' };
}
