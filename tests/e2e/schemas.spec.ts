// Diagrams stay readable from a phone to a wide screen: one drawing shown at a time, labels at least 12 px tall and
// not oversized, nothing cut off, and only the text equivalent read out.
import { existsSync, readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { listBuiltPages } from '../support/builtSite.ts';

const DIST = 'dist';
const SMALLEST_LABEL = 12;
// labels above one and a half times the text size would shout over the text they illustrate
const LARGEST_LABEL_RATIO = 1.5;
const NARROWEST = 320;
const WIDEST = 1280;
const STEP = 16;

// the switch between drawings is the style sheet's alone
test.use({ javaScriptEnabled: false });

/** What a reader sees of one diagram at the current width. */
interface Drawing {
  /** Drawings the figure carries, and the index of the one with the widest viewBox. */
  drawings: number;
  widest: number;
  /** Indexes of the drawings on screen. */
  shown: number[];
  labels: { text: string; size: number; inside: boolean }[];
  textSize: number;
}

/** Every diagram of the page as drawn at the current viewport width. */
function measure(page: Page): Promise<Drawing[]> {
  return page.locator('figure.schema').evaluateAll((figures) =>
    figures.map((figure) => {
      const svgs = [...figure.querySelectorAll<SVGSVGElement>(':scope > svg')];
      const widths = svgs.map((svg) => svg.viewBox.baseVal.width);
      const shown = svgs.flatMap((svg, i) => (getComputedStyle(svg).display !== 'none' && svg.getBoundingClientRect().width > 0 ? [i] : []));
      const labels = shown.flatMap((i) => {
        const box = svgs[i].getBoundingClientRect();
        return [...svgs[i].querySelectorAll<SVGTextElement>('text')].map((text) => {
          const r = text.getBoundingClientRect();
          return {
            text: text.textContent ?? '',
            // the font size in the drawing's units, times the scale the drawing is shown at
            size: parseFloat(getComputedStyle(text).fontSize) * Math.abs(text.getScreenCTM()!.d),
            inside: r.left >= box.left - 0.5 && r.right <= box.right + 0.5 && r.top >= box.top - 0.5 && r.bottom <= box.bottom + 0.5,
          };
        });
      });
      return {
        drawings: svgs.length,
        widest: widths.indexOf(Math.max(...widths)),
        shown,
        labels,
        textSize: parseFloat(getComputedStyle(figure.closest('article') ?? document.body).fontSize),
      };
    }),
  );
}

/** What is wrong with the diagrams at one width, one line a fault. */
function faults(width: number, drawings: Drawing[]): string[] {
  return drawings.flatMap((d, n) => {
    const where = `${width} px, schéma n° ${n + 1}`;
    if (d.shown.length !== 1) return [`${where} : ${d.shown.length} dessins affichés sur ${d.drawings}`];
    return d.labels.flatMap((l) => [
      ...(l.size < SMALLEST_LABEL ? [`${where} : « ${l.text} » haut de ${l.size.toFixed(1)} px`] : []),
      ...(l.size > d.textSize * LARGEST_LABEL_RATIO ? [`${where} : « ${l.text} » haut de ${l.size.toFixed(1)} px pour un texte de ${d.textSize} px`] : []),
      ...(l.inside ? [] : [`${where} : « ${l.text} » dépasse du dessin`]),
    ]);
  });
}

/** Chapter pages holding a diagram, read from the build. */
const pages = existsSync(DIST)
  ? listBuiltPages(DIST).filter((p) => p.url.startsWith('/guide/') && readFileSync(p.file, 'utf8').includes('<figure class="schema"'))
  : [];

test('the build holds chapters with diagrams', () => {
  expect(existsSync(DIST), `construisez d’abord le site (npm run build)`).toBe(true);
  expect(pages.length).toBeGreaterThan(0);
});

for (const { url } of pages) {
  test(`the diagrams of ${url} show one drawing with readable labels at every width`, async ({ page }) => {
    await page.setViewportSize({ width: NARROWEST, height: 800 });
    await page.goto(url);
    const seen = new Map<number, Drawing[]>();
    const at = async (width: number) => {
      await page.setViewportSize({ width, height: 800 });
      seen.set(width, await measure(page));
      return seen.get(width)!;
    };
    const shownAt = (drawings: Drawing[]) => drawings.map((d) => d.shown.join()).join(';');
    let previous = await at(NARROWEST);
    for (let width = NARROWEST + STEP; width <= WIDEST; width += STEP) {
      const current = await at(width);
      // where the drawing shown changes, find the exact width by halving: the worst case sits on either side of it
      let [lo, hi] = [width - STEP, width];
      while (shownAt(current) !== shownAt(previous) && hi - lo > 1) {
        const mid = Math.floor((lo + hi) / 2);
        if (shownAt(await at(mid)) === shownAt(previous)) lo = mid;
        else hi = mid;
      }
      previous = current;
    }
    const all = [...seen].sort(([a], [b]) => a - b);
    expect(all.flatMap(([width, drawings]) => faults(width, drawings))).toEqual([]);
    expect(all.flatMap(([, drawings]) => drawings.flatMap((d) => d.labels)).length).toBeGreaterThan(0);

    // on a wide screen, the drawing made for it; on a phone, the narrow one where there is one
    for (const d of seen.get(WIDEST)!) expect(d.shown).toEqual([d.widest]);
    for (const d of await at(360)) if (d.drawings > 1) expect(d.shown).not.toEqual([d.widest]);
  });

  test(`the diagrams of ${url} are read out once, by their text equivalent`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto(url);
    for (const figure of await page.locator('figure.schema').all()) {
      await expect(figure.locator('figcaption')).toHaveCount(1);
      for (const svg of await figure.locator(':scope > svg').all()) await expect(svg).toHaveAttribute('aria-hidden', 'true');
      // what assistive technologies get of the figure is its caption, nothing of either drawing
      const caption = (await figure.locator('figcaption').ariaSnapshot()).split('\n');
      const read = (await figure.ariaSnapshot()).split('\n').slice(1).map((line) => line.replace(/^ {2}/, ''));
      expect(read).toEqual(caption);
    }
  });
}
