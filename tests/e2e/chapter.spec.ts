// The anatomy of a chapter page and the 404 page (the printed page: print.spec.ts).
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { expect, test } from '@playwright/test';

const site = parse(readFileSync('content/site.yaml', 'utf8'));

test('a chapter page shows its header, its table of contents and its metadata', async ({ page }) => {
  await page.goto('/guide/pourquoi/');
  const header = page.locator('.chapitre-entete');
  await expect(header.locator('.surtitre')).toHaveText(/Partie\s*:\s*Comprendre/);
  await expect(header.locator('h1')).toHaveText('Pourquoi un numérique libre ?');
  await expect(header.locator('dl')).toContainText(/Durée estimée\s*:?\s*30\s*min/);
  await expect(header.getByRole('heading', { name: 'Ce que vous allez apprendre' })).toBeVisible();
  expect(await header.locator('.objectifs li').count()).toBeGreaterThanOrEqual(3);

  const toc = page.getByRole('navigation', { name: 'Sur cette page' });
  const tocLinks = toc.locator('a');
  expect(await tocLinks.count()).toBeGreaterThanOrEqual(4);
  await expect(toc.locator('a[href="#sources"]')).toHaveCount(1);
  await expect(toc.locator('a[href="#a-retenir"]')).toHaveCount(1);

  await expect(page.getByRole('navigation', { name: 'Fil d’Ariane' }).locator('[aria-current="page"]')).toHaveText('Pourquoi un numérique libre ?');
  await expect(page.getByRole('navigation', { name: 'Parcours du guide' }).locator('[aria-current="page"]')).toHaveAttribute('href', '/guide/pourquoi/');

  // while the forge of site.yaml is a placeholder, no link leads there: errors go to the organisation
  const edit = page.getByRole('link', { name: 'Modifier cette page' });
  const report = page.getByRole('link', { name: 'Signaler une erreur' });
  if (new URL(site.forge.depot).hostname.endsWith('.example')) {
    await expect(edit).toHaveCount(0);
    if (site.organisation.courriel) await expect(report).toHaveAttribute('href', new RegExp(`^mailto:${site.organisation.courriel}\\?subject=`));
    else await expect(report).toHaveAttribute('href', site.organisation.contact);
  } else {
    await expect(edit).toHaveAttribute('href', site.forge.modifier.replace('{chemin}', 'content/chapitres/pourquoi.mdx'));
    await expect(report).toHaveAttribute('href', site.forge.signaler);
  }
  await expect(page.locator('.page-meta time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);

  const sources = page.locator('#sources + ol > li');
  expect(await sources.count()).toBeGreaterThanOrEqual(2);
  await expect(sources.first()).toContainText(/\b(19|20)\d{2}\./);

  const notes = page.locator('details[data-notes-formateur]');
  expect(await notes.count()).toBeGreaterThanOrEqual(1);
  await expect(notes.first()).not.toHaveAttribute('open');
  await expect(notes.first().locator('summary')).toContainText('Notes pour l’animation');
  await expect(page.locator('[data-exercice] h3').first()).toContainText('À vous de jouer');
});

const chapterIds = readdirSync('content/chapitres').filter((f) => f.endsWith('.mdx')).map((f) => f.replace(/\.mdx$/, ''));
/** A chapter's front matter, as its author wrote it. */
const frontMatter = (id: string) => parse(/^---\n([\s\S]*?)\n---\n/.exec(readFileSync(`content/chapitres/${id}.mdx`, 'utf8'))![1]);
/** « 45 min », « 1 h », « 1 h 30 », spaces of any kind. */
const spoken = (minutes: number) => (minutes < 60 ? `${minutes}\\s*min` : `${Math.floor(minutes / 60)}\\s*h${minutes % 60 ? `\\s*${String(minutes % 60).padStart(2, '0')}` : ''}`);

test('each chapter shows its reading time and its session time, and its sections’ trainer notes carry minutes that add up to the session', async ({ page }) => {
  for (const id of chapterIds) {
    const { duree, duree_animation: session } = frontMatter(id);
    await page.goto(`/guide/${id}/`);
    const infos = page.locator('.chapitre-entete dl');
    await expect(infos, id).toContainText(new RegExp(`Durée estimée\\s*:?\\s*${spoken(duree)}`));
    await expect(infos, id).toContainText(new RegExp(`En séance\\s*:?\\s*${spoken(session)}`));

    const timed = page.locator('details[data-notes-formateur][data-duree]');
    const notes = await timed.evaluateAll((els) => {
      // a section of the chapter's text opens with its h2 (the header's and the sources' blocks are sections too)
      const isSectionOfText = (section: Element | null) => section !== null && section.firstElementChild?.tagName === 'H2' && !section.matches('.bloc, .sources');
      return els.map((el) => ({ minutes: Number(el.getAttribute('data-duree')), summary: el.querySelector('summary')?.textContent ?? '', inSection: isSectionOfText(el.closest('section')), searchIgnored: el.hasAttribute('data-pagefind-ignore') }));
    });
    expect(notes.length, id).toBeGreaterThanOrEqual(2);
    expect(notes.reduce((sum, n) => sum + n.minutes, 0), `${id} : somme des notes minutées`).toBe(session);
    for (const note of notes) {
      expect(note.inSection, `${id} : note minutée hors de toute section`).toBe(true);
      expect(note.summary, id).toMatch(new RegExp(`^Notes pour l’animation · ${spoken(note.minutes)}$`));
      expect(note.searchIgnored, id).toBe(true);
    }
  }
});

test('an unknown address answers 404 with the guide’s French page', async ({ page }) => {
  const response = await page.goto('/guide/ce-chapitre-n-existe-pas/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Page introuvable');
  await page.locator('main').getByRole('link', { name: 'plan du site' }).click();
  await expect(page).toHaveURL('/plan-du-site/');
});

test('the last chapter of the parcours leads on to the catalogue of alternatives', async ({ page }) => {
  await page.goto('/plan-du-site/');
  // the chapter's own link, not the links to its trainer's pages under its description
  const last = await page.locator('main .chapitres > li > a').last().getAttribute('href');
  await page.goto(last!);
  await expect(page.locator('.pagination a[rel="next"]')).toHaveCount(0);
  await page.locator('.pagination a', { hasText: 'Et maintenant' }).click();
  await expect(page).toHaveURL('/alternatives/');
});

test('on a phone, the table of contents is folded so the text starts early', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/guide/pourquoi/');
  const toc = page.getByRole('navigation', { name: 'Sur cette page' });
  await expect(toc.locator('a').first()).toBeHidden();
  await toc.getByText('Sur cette page').click();
  await expect(toc.locator('a').first()).toBeVisible();
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto('/guide/pourquoi/');
  await expect(page.getByRole('navigation', { name: 'Sur cette page' }).locator('a').first()).toBeVisible();
});
