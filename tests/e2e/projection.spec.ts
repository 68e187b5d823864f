// The slides of every chapter, projected at 1280×720: nothing overflows, the text is large, the keys and the
// presenter view work, and once both windows are open nothing needs the network.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { parse } from 'yaml';
import { expect, test, type Page } from '@playwright/test';
import { SLIDES_SCRIPT_BYTES } from '../../src/lib/budgets.ts';
import { listBuiltPages } from '../support/builtSite.ts';
import { openSettled } from '../support/pageChecks.ts';

const PROJECTIONS = listBuiltPages('dist')
  .map((p) => p.url)
  .filter((u) => u.startsWith('/projection/'));

/** Each slide of the page shown in turn, as the script shows it: its overflow, its text size, any transform. */
async function measureSlides(page: Page) {
  return page.locator('.diapos > .diapo').evaluateAll((slides) =>
    slides.map((slide, i) => {
      for (const s of slides) (s as HTMLElement).hidden = s !== slide;
      const el = slide as HTMLElement;
      const texts = [...el.querySelectorAll('p, li, dd, figcaption')].filter((t) => (t as HTMLElement).offsetParent !== null && t.textContent!.trim() !== '');
      const sizes = texts.map((t) => parseFloat(getComputedStyle(t).fontSize));
      let transformed = false;
      for (let n: Element | null = el; n; n = n.parentElement) if (getComputedStyle(n).transform !== 'none' || (getComputedStyle(n).zoom ?? '1') !== '1') transformed = true;
      return { n: i + 1, title: el.querySelector('h1, h2')?.textContent?.trim() ?? '', scroll: el.scrollHeight, client: el.clientHeight, width: el.scrollWidth - el.clientWidth, smallest: sizes.length ? Math.min(...sizes) : 99, transformed };
    }),
  );
}

test.describe('at 1280×720', () => {
  test.use({ viewport: { width: 1280, height: 720 } });
  for (const url of PROJECTIONS) {
    test(`every slide of ${url} fits, with text of at least 28 px and no shrinking`, async ({ page }) => {
      await page.goto(url);
      await expect(page.locator('html')).toHaveAttribute('data-mode', 'diapo');
      const slides = await measureSlides(page);
      console.log(`${url} : ${slides.length} diapositives`);
      expect(slides.length).toBeGreaterThan(3);
      const faults = slides.flatMap((s) => {
        const f: string[] = [];
        if (s.scroll > s.client) f.push(`déborde de ${s.scroll - s.client} px`);
        if (s.width > 0) f.push(`déborde en largeur de ${s.width} px`);
        if (s.smallest < 28) f.push(`texte de ${s.smallest} px`);
        if (s.transformed) f.push('réduite par une transformation');
        return f.length ? [`${s.n} « ${s.title} » : ${f.join(', ')}`] : [];
      });
      expect(faults).toEqual([]);
    });
  }
});

const DECK = '/projection/quand/';
const shown = (page: Page) => page.locator('.diapos > .diapo:not([hidden])');

test.describe('projecting', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test('the keys of a keyboard and of a clicker move through the slides, and the address follows', async ({ page }) => {
    await page.goto(DECK);
    const total = await page.locator('.diapos > .diapo').count();
    await expect(shown(page)).toHaveCount(1);
    await expect(shown(page)).toHaveAttribute('id', '1');
    const steps: [string, string][] = [
      ['ArrowRight', '2'], ['PageDown', '3'], [' ', '4'], ['ArrowDown', '5'], ['PageUp', '4'], ['ArrowLeft', '3'], ['ArrowUp', '2'],
      ['End', String(total)], ['Home', '1'],
    ];
    for (const [key, id] of steps) {
      await page.keyboard.press(key);
      await expect(shown(page), `après ${key}`).toHaveAttribute('id', id);
      await expect(page).toHaveURL(new RegExp(`#${id}$`));
    }
    // a number, then Enter
    await page.keyboard.type('12');
    await expect(page.locator('.diapo-saut')).toContainText('12');
    await page.keyboard.press('Enter');
    await expect(shown(page)).toHaveAttribute('id', '12');
    await expect(page.locator('.diapo-annonce')).toHaveText(/^Diapositive 12 sur \d+ : /);
    // a reload lands on the same slide
    await page.reload();
    await expect(shown(page)).toHaveAttribute('id', '12');
  });

  test('Escape closes the list of keys, then the overview, then the black screen, and only then goes back to the chapter', async ({ page }) => {
    await page.goto(`${DECK}#5`);
    const section = await shown(page).getAttribute('data-section');
    await page.keyboard.press('o');
    await expect(page.locator('.diapos')).toHaveAttribute('data-apercu', '');
    await page.keyboard.press('b');
    await expect(page.locator('.diapo-noir')).toBeVisible();
    await page.keyboard.press('?');
    const keys = page.getByRole('dialog', { name: 'Touches de la projection' });
    await expect(keys).toBeVisible();
    await expect(keys).toContainText('écran noir');
    await page.keyboard.press('Escape');
    await expect(keys).toHaveCount(0);
    await expect(page.locator('.diapos')).toHaveAttribute('data-apercu', '');
    await page.keyboard.press('Escape');
    await expect(page.locator('.diapos')).not.toHaveAttribute('data-apercu', '');
    await expect(page.locator('.diapo-noir')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.locator('.diapo-noir')).toBeHidden();
    await expect(page).toHaveURL(new RegExp(`${DECK}#5$`));
    await page.keyboard.press('Escape');
    await expect(page).toHaveURL(new RegExp(`/guide/quand/#${section}$`));
  });

  test('the overview shows every slide, and a click on one projects it', async ({ page }) => {
    await page.goto(DECK);
    await page.keyboard.press('o');
    const slides = page.locator('.diapos > .diapo');
    await expect(slides.nth(6)).toBeVisible();
    await slides.nth(6).click();
    await expect(page.locator('.diapos')).not.toHaveAttribute('data-apercu', '');
    await expect(shown(page)).toHaveAttribute('id', '7');
  });

  test('F asks for the full screen', async ({ page }) => {
    await page.goto(DECK);
    await page.keyboard.press('f');
    await expect.poll(() => page.evaluate(() => document.fullscreenElement?.tagName)).toBe('HTML');
  });

  test('trainer notes are in no slide, and the scroll view without JavaScript shows none either', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(DECK);
    await expect(page.locator('.diapos [data-notes-formateur], .diapos .notes-formateur')).toHaveCount(0);
    const notes = await page.locator('template[data-notes]').evaluateAll((ts) => ts.map((t) => (t as HTMLTemplateElement).content.textContent!.trim()).filter(Boolean));
    expect(notes.length).toBeGreaterThan(0);
    const text = (await page.locator('body').innerText()).replace(/\s+/g, ' ');
    for (const note of notes) expect(text).not.toContain(note.replace(/\s+/g, ' ').slice(0, 60));
    // the scroll view: every slide readable, one under the other, and no application role
    const slides = page.locator('.diapos > .diapo');
    const count = await slides.count();
    for (let i = 0; i < count; i++) await expect(slides.nth(i)).toBeVisible();
    await expect(page.locator('[role="application"]')).toHaveCount(0);
    await context.close();
  });
});

test.describe('on a tablet', () => {
  test.use({ viewport: { width: 1024, height: 768 }, hasTouch: true });

  test('a swipe to the left shows the next slide, to the right the previous one', async ({ page }) => {
    await page.goto(DECK);
    const cdp = await page.context().newCDPSession(page);
    const swipe = async (from: number, to: number) => {
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: from, y: 400 }] });
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: to, y: 400 }] });
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    };
    const current = () => page.evaluate(() => [...document.querySelectorAll('.diapos > .diapo')].filter((s) => !(s as HTMLElement).hidden).map((s) => s.id).join());
    await swipe(800, 200);
    await expect.poll(current).toBe('2');
    await swipe(800, 200);
    await expect.poll(current).toBe('3');
    await swipe(200, 800);
    await expect.poll(current).toBe('2');
  });
});

test.describe('the presenter view', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test('follows the projected window and drives it, with the notes of the section and the glossary of the slide', async ({ context }) => {
    const projected = await context.newPage();
    await projected.goto(DECK);
    // P opens the presenter view in a second window
    const [presenter] = await Promise.all([context.waitForEvent('page'), projected.keyboard.press('p')]);
    await presenter.waitForLoadState();
    await expect(presenter).toHaveURL(/\?vue=presentateur#1$/);
    const count = presenter.locator('[data-pres="numero"]');
    const total = await projected.locator('.diapos > .diapo').count();
    await expect(count).toHaveText(`1 / ${total}`);
    // the projected window drives the presenter view
    await projected.keyboard.press('ArrowRight');
    await projected.keyboard.press('ArrowRight');
    await expect(count).toHaveText(`3 / ${total}`);
    const title = (await shown(projected).locator('h2').textContent())!;
    await expect(presenter.locator('.pres-courante h2')).toHaveText(title);
    await expect(presenter.locator('.pres-suivante h2').nth(1)).toHaveText((await projected.locator('.diapos > .diapo').nth(3).locator('h2').textContent())!);
    // and the presenter view drives the projected window
    await presenter.getByRole('button', { name: 'Suivante' }).click();
    await expect(shown(projected)).toHaveAttribute('id', '4');
    await presenter.keyboard.press('PageDown');
    await expect(shown(projected)).toHaveAttribute('id', '5');
    // the notes of the section of a slide, and nothing of them on the projected slide
    const withNotes = await projected.locator('.diapos > .diapo').evaluateAll((slides) => {
      const sections = new Set([...document.querySelectorAll('template[data-notes]')].map((t) => t.getAttribute('data-notes')));
      const i = slides.findIndex((s) => sections.has((s as HTMLElement).dataset.section ?? ''));
      return i + 1;
    });
    expect(withNotes).toBeGreaterThan(0);
    await presenter.keyboard.type(String(withNotes));
    await presenter.keyboard.press('Enter');
    await expect(shown(projected)).toHaveAttribute('id', String(withNotes));
    const notes = presenter.locator('[data-pres="notes"]');
    await expect(notes).not.toBeEmpty();
    await expect(notes.locator('.pres-prevu')).toHaveText(/^Prévu pour cette section : \d+\smin$/);
    const noteText = (await notes.innerText()).trim().slice(0, 50);
    expect(await shown(projected).innerText()).not.toContain(noteText);
    // a slide with glossary terms lists their definitions in the presenter view
    const withTerm = await projected.locator('.diapos > .diapo').evaluateAll((slides) => slides.findIndex((s) => s.querySelector('[aria-describedby]')) + 1);
    expect(withTerm).toBeGreaterThan(0);
    await presenter.keyboard.type(String(withTerm));
    await presenter.keyboard.press('Enter');
    await expect(presenter.locator('[data-pres="mots"] dd').first()).not.toBeEmpty();
    // the time runs against the session's duration
    await expect(presenter.locator('[data-pres="chrono"]')).toHaveText(/^\d+:\d\d$/);
    await expect(presenter.locator('.pres-barre')).toContainText(/\/ \d+\s(min|h)/);
  });
});

test('the QR code of the title slide reads as the chapter’s public address, printed under it', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(DECK);
  const png = PNG.sync.read(await page.locator('.diapo-qr svg').screenshot());
  const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  const site = (parse(readFileSync('content/site.yaml', 'utf8')) as { url: string }).url;
  const expected = new URL('guide/quand/', process.env.SITE_URL ?? site).href;
  expect(decoded?.data).toBe(expected);
  await expect(page.locator('.diapo-qr figcaption')).toHaveText(expected);
});

test('the slides script stays within its budget', () => {
  const html = readFileSync('dist/projection/quand/index.html', 'utf8');
  const scripts = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]);
  expect(scripts).toHaveLength(1);
  const bytes = gzipSync(readFileSync(`dist${scripts[0]}`), { level: 9 }).length;
  console.log(`Script des diapositives : ${bytes} octets compressés (budget : ${SLIDES_SCRIPT_BYTES})`);
  expect(bytes).toBeLessThanOrEqual(SLIDES_SCRIPT_BYTES);
});

test('once the slides and the presenter view are open, the whole chapter is presented with the server stopped and the network off', async ({ browser }) => {
  test.setTimeout(60_000);
  // a server of this test's own, stopped once both windows have loaded
  const port = Number(process.env.PORT_TESTS ?? 4322) + 50;
  const server = spawn('node', ['tests/support/serve.mjs', 'dist', String(port), '/'], { stdio: 'ignore' });
  try {
    const origin = `http://127.0.0.1:${port}`;
    await expect.poll(async () => (await fetch(`${origin}${DECK}`).catch(() => undefined))?.status, { timeout: 10_000 }).toBe(200);
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    // both windows loaded, every request of their scripts ended, before the server stops
    const projected = await context.newPage();
    const presenter = await context.newPage();
    await openSettled(projected, `${origin}${DECK}`);
    await openSettled(presenter, `${origin}${DECK}?vue=presentateur#1`);
    server.kill();
    await context.setOffline(true);
    const failed: string[] = [];
    // the browser asks again for the tab's icon as the address changes: the slides do not need it
    for (const p of [projected, presenter]) p.on('requestfailed', (r) => !r.url().endsWith('/favicon.svg') && failed.push(r.url()));
    const total = await projected.locator('.diapos > .diapo').count();
    for (let n = 2; n <= total; n++) {
      await projected.keyboard.press('ArrowRight');
      await expect(presenter.locator('[data-pres="numero"]')).toHaveText(`${n} / ${total}`);
    }
    await expect(shown(projected)).toHaveAttribute('id', String(total));
    expect(failed).toEqual([]);
    await context.close();
  } finally {
    server.kill();
  }
});
