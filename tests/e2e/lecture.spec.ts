// Reading comfort, measured in the browser on the built guide: type size and measure, the header on a phone, the
// contents list of a chapter (its height, its numbering, the mark that follows the reading), the way back to it on a
// phone, the boxes told apart by an icon, and the home page's parcours drawn as steps.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { expect, test, type Page } from '@playwright/test';
import { listBuiltPages, oneOfEachTemplate, withSiteFrame } from '../support/builtSite.ts';

const site = parse(readFileSync('content/site.yaml', 'utf8'));
const pages = listBuiltPages('dist');
const chapters = pages.map((p) => p.url).filter((u) => /^\/guide\/[^/]+\/$/.test(u));
// the pages framed by the site's header and footer (the slides fill the screen alone: projection.spec.ts)
const templates = withSiteFrame(
  oneOfEachTemplate(
    pages.map((p) => p.url),
    [],
  ).pages,
);

/** The chapter whose page is the tallest at the given width. */
async function longestChapter(page: Page): Promise<{ url: string; height: number }> {
  let longest = { url: chapters[0], height: 0 };
  for (const url of chapters) {
    await page.goto(url);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    if (height > longest.height) longest = { url, height };
  }
  return longest;
}

test.describe('type', () => {
  for (const [width, size] of [
    [360, 17],
    [1280, 19],
  ] as const) {
    test(`body text is at least ${size} px with a line height of 1.5 or more at ${width} px, on every template`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      for (const url of Object.values(templates)) {
        await page.goto(url);
        const text = await page.evaluate(() => {
          // the paragraphs of the page's main text, not its small print (breadcrumb, metadata, captions)
          const ps = [...document.querySelectorAll('main p')].filter((p) => !p.closest('.breadcrumb, .page-meta, .muted, figcaption, nav, .pagination'));
          return ps.map((p) => {
            const s = getComputedStyle(p);
            return { size: parseFloat(s.fontSize), line: parseFloat(s.lineHeight) / parseFloat(s.fontSize) };
          });
        });
        expect(text.length, `paragraphes de ${url}`).toBeGreaterThan(0);
        for (const t of text) {
          expect(t.size, `taille du texte de ${url}`).toBeGreaterThanOrEqual(size);
          expect(t.line, `interligne de ${url}`).toBeGreaterThanOrEqual(1.5);
        }
      }
    });
  }

  test('a chapter’s lines hold about 60 to 75 characters on a laptop', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    for (const url of chapters) {
      await page.goto(url);
      // characters on each full line of the chapter's longest paragraph (its last line is left out)
      const perLine = await page.evaluate(() => {
        // a paragraph's own text: the glossary's script, inlined after the first term of the page, is no text to read
        const length = (el: Element) => [...el.childNodes].filter((n) => n.nodeName !== 'SCRIPT').reduce((n, c) => n + (c.textContent ?? '').length, 0);
        const p = [...document.querySelectorAll('.prose p')].sort((a, b) => length(b) - length(a))[0];
        const lines = new Map<number, number>();
        const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
        const range = document.createRange();
        for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
          for (let i = 0; i < node.length; i++) {
            range.setStart(node, i);
            range.setEnd(node, i + 1);
            const box = range.getClientRects()[0];
            if (box) lines.set(Math.round(box.top), (lines.get(Math.round(box.top)) ?? 0) + 1);
          }
        }
        return [...lines.values()].slice(0, -1);
      });
      expect(perLine.length, `lignes pleines du plus long paragraphe de ${url}`).toBeGreaterThanOrEqual(2);
      const mean = perLine.reduce((a, b) => a + b, 0) / perLine.length;
      expect(mean, `signes par ligne dans ${url}`).toBeGreaterThanOrEqual(58);
      expect(mean, `signes par ligne dans ${url}`).toBeLessThanOrEqual(77);
    }
  });

  test('on a laptop the page uses its width: a chapter has the contents beside it, other pages a centred column', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(chapters[0]);
    const rail = await page.locator('.chapitre-corps > .toc').boundingBox();
    expect(rail!.x + rail!.width, 'le sommaire occupe la droite de l’écran').toBeGreaterThan(1280 * 0.85);
    for (const url of ['/', '/glossaire/', templates['page de texte'] ?? '/a-propos/']) {
      await page.goto(url);
      const main = (await page.locator('main').boundingBox())!;
      const left = main.x;
      const right = 1280 - (main.x + main.width);
      expect(Math.abs(left - right), `colonne centrée sur ${url}`).toBeLessThan(24);
    }
  });
});

test.describe('header and home page', () => {
  test('the header is at most 90 px high on a phone, and its menu opens with the keyboard', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    for (const url of Object.values(templates)) {
      await page.goto(url);
      const header = (await page.locator('.site-header').boundingBox())!;
      expect(header.height, `hauteur de l’en-tête de ${url}`).toBeLessThanOrEqual(90);
    }
    await page.goto('/');
    const nav = page.getByRole('navigation', { name: 'Navigation principale' });
    await expect(nav.getByRole('link', { name: 'Glossaire' })).toBeHidden();
    await nav.locator('summary').focus();
    await page.keyboard.press('Enter');
    await expect(nav.getByRole('link', { name: 'Glossaire' })).toBeVisible();
    await nav.getByRole('link', { name: 'Glossaire' }).click();
    await expect(page).toHaveURL('/glossaire/');
  });

  test('the header stays one line, at most 90 px high, at every width from a small phone to a large screen', async ({ page }) => {
    for (const width of [320, 360, 480, 600, 768, 992, 1050, 1120, 1280, 1440, 1600]) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto('/guide/pourquoi/');
      const header = (await page.locator('.site-header').boundingBox())!;
      expect(header.height, `hauteur de l’en-tête à ${width} px`).toBeLessThanOrEqual(90);
      const menu = (await page.locator('.menu').boundingBox())!;
      expect(menu.x + menu.width, `menu visible en entier à ${width} px`).toBeLessThanOrEqual(width);
    }
  });

  test('on a laptop, the header shows the logo, the name and every link at once', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/');
    const logo = page.locator('.site-name svg');
    await expect(logo).toBeVisible();
    await expect(logo).toHaveAttribute('aria-hidden', 'true');
    await expect(page.locator('.site-name')).toContainText(site.nom);
    const nav = page.getByRole('navigation', { name: 'Navigation principale' });
    for (const name of ['Le parcours', 'Alternatives', 'Glossaire', 'Plan du site']) await expect(nav.getByRole('link', { name })).toBeVisible();
  });

  test('the logo is the file site.yaml names, drawn in the theme’s colours', async ({ page }) => {
    const file = readFileSync(`content/${site.logo}`, 'utf8');
    const classes = [...file.matchAll(/class="([^"]+)"/g)].map((m) => m[1]);
    expect(classes.length).toBeGreaterThan(0);
    await page.goto('/');
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      const fills = await page.locator('.site-name svg [class]').evaluateAll((els) => els.map((e) => getComputedStyle(e).fill));
      expect(fills.length).toBe(classes.length);
      // two colours that differ: the mark stays visible in both schemes
      expect(new Set(fills).size, `couleurs du logo en thème ${scheme}`).toBeGreaterThan(1);
    }
  });

  test('the home page does not repeat the site’s name as its title, and draws the parcours as numbered steps with their times', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('h1')).not.toHaveText(site.nom);
    const steps = page.locator('.etapes > li');
    expect(await steps.count()).toBeGreaterThanOrEqual(2);
    for (let i = 0; i < (await steps.count()); i++) {
      const step = steps.nth(i);
      expect(await step.evaluate((li) => getComputedStyle(li, '::before').content)).toMatch(/counter|"\d+"/);
      await expect(step.locator('.part-titre')).toContainText(/\d+\s*(h|min)/);
      const chapterTimes = await step.locator('.chapitres li').allTextContents();
      for (const t of chapterTimes) expect(t).toMatch(/\d+\s*(h|min)/);
    }
  });
});

test.describe('the contents list of a chapter', () => {
  test('is never numbered twice: no line starts with a number of its own', async ({ page }) => {
    for (const url of chapters) {
      await page.goto(url);
      const lines = await page.locator('.toc a').allTextContents();
      for (const line of lines) expect(line.trim(), `ligne du sommaire de ${url}`).not.toMatch(/^(\d+|[IVX]+)\s*[.)]/);
    }
  });

  test('pinned beside the text, is never taller than the window', async ({ page }) => {
    for (const url of chapters) {
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.goto(url);
      // the layout follows the window: one load, two heights, each from the top of the page and of the list
      for (const height of [800, 600]) {
        await page.setViewportSize({ width: 1280, height });
        await page.evaluate(() => {
          window.scrollTo(0, 0);
          document.querySelector('.chapitre-corps > .toc')!.scrollTop = 0;
        });
        const box = (await page.locator('.chapitre-corps > .toc').boundingBox())!;
        expect(box.height, `hauteur du sommaire de ${url} dans une fenêtre de ${height} px`).toBeLessThanOrEqual(height);
        // the bottom of the list can still be reached: scrolling inside the list shows its last line
        const last = page.locator('.chapitre-corps > .toc a').last();
        await last.scrollIntoViewIfNeeded();
        await expect(last).toBeInViewport();
      }
    }
  });

  test('marks the section being read with aria-current as the reader scrolls', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/guide/pourquoi/');
    const toc = page.locator('.chapitre-corps > .toc');
    const targets = await toc.locator('ol > li > a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).hash.slice(1)));
    expect(targets.length).toBeGreaterThan(4);
    for (const id of targets.slice(0, -1)) {
      // bring the heading just under the top of the window, as a reader scrolling down would
      await page.evaluate((id) => {
        const el = document.getElementById(decodeURIComponent(id))!;
        window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 40);
      }, id);
      const current = toc.locator('a[aria-current="true"]');
      await expect(current).toHaveCount(1);
      // the mark is on the section's own line, or on one of its sub-sections
      await expect
        .poll(async () => current.evaluate((a, id) => (a as HTMLAnchorElement).hash === `#${id}` || a.closest('li')!.parentElement!.closest('li')?.querySelector('a')?.hash === `#${id}`, id))
        .toBe(true);
      await expect(current).toBeInViewport();
    }
    // back at the top, no section is marked yet
    await page.evaluate(() => window.scrollTo(0, 0));
    await expect(toc.locator('a[aria-current]')).toHaveCount(0);
  });

  test('on a phone, a link back to the contents stays in view at every scroll offset of the longest chapter', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    const { url, height } = await longestChapter(page);
    expect(height, `hauteur de ${url}`).toBeGreaterThan(8000);
    await page.goto(url);
    const back = page.getByRole('link', { name: 'Sommaire' });
    for (const share of [0, 0.1, 0.25, 0.5, 0.75, 0.9, 1]) {
      await page.evaluate((share) => window.scrollTo(0, share * (document.documentElement.scrollHeight - innerHeight)), share);
      await expect(back, `à ${share * 100} % de ${url}`).toBeInViewport({ ratio: 1 });
    }
    await back.click();
    // the contents open where the link lands
    await expect(page.locator('.toc a').first()).toBeVisible();
    await expect(page.locator('.toc a').first()).toBeInViewport();
  });
});

test('each kind of box shows an icon and a label as well as its tint', async ({ page }) => {
  await page.goto('/guide/pourquoi/');
  await page.$$eval('details', (ds) => ds.forEach((d) => ((d as HTMLDetailsElement).open = true)));
  const boxes = {
    objectifs: '.objectifs > h2',
    exercice: '.exercice .bloc-label',
    'à retenir': '.retenir > h2',
    'notes d’animation': '.notes-formateur > summary',
    sources: '.sources > h2',
  };
  const icons = new Set<string>();
  for (const [name, selector] of Object.entries(boxes)) {
    const label = page.locator(selector).first();
    await expect(label, `libellé de la boîte ${name}`).toHaveText(/\p{L}{4,}/u);
    const icon = await label.evaluate((el) => {
      const s = getComputedStyle(el, '::before');
      return { mask: s.maskImage, width: parseFloat(s.width) };
    });
    expect(icon.mask, `icône de la boîte ${name}`).toMatch(/^url\(/);
    expect(icon.width).toBeGreaterThan(10);
    icons.add(icon.mask);
  }
  expect(icons.size, 'une icône différente par sorte de boîte').toBe(Object.keys(boxes).length);
});
