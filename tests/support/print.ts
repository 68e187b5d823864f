// What a page puts on paper, read in the browser once the print media is emulated (page.emulateMedia({ media: 'print' })).
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import type { Page } from '@playwright/test';

export interface PrintedLink {
  href: string;
  /** An http(s) address on another host than the page's canonical address. */
  external: boolean;
  /** Rendered on paper (not hidden by the print style sheet). */
  printed: boolean;
  /** The computed content of its ::after: "none" or "normal" when nothing is written after it. */
  after: string;
}

/** Every link of the page, with what the print style sheet writes after it. */
export function printedLinks(page: Page): Promise<PrintedLink[]> {
  return page.evaluate(() => {
    const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href');
    const siteHost = canonical ? new URL(canonical).host : location.host;
    return [...document.querySelectorAll('a[href]')].map((a) => {
      const href = a.getAttribute('href')!;
      return {
        href,
        external: /^https?:\/\//i.test(href) && new URL(href).host !== siteHost,
        printed: a.checkVisibility(),
        after: getComputedStyle(a, '::after').content,
      };
    });
  });
}

const NOTHING = new Set(['none', 'normal']);
// a path of the site, an anchor or a relative path, as a word of the generated text (not the path inside https://…)
const RELATIVE_PATH = /(^|[\s("'])(\/|#|\.\.?\/)/;

/** What is wrong with the printed links, one line each: anything after a link of this site, a missing address after another site's. */
export function linkProblems(links: PrintedLink[]): string[] {
  return links.flatMap((l) => {
    if (RELATIVE_PATH.test(l.after)) return [`${l.href} : chemin relatif imprimé (${l.after})`];
    if (!l.external && !NOTHING.has(l.after)) return [`${l.href} : lien du site suivi de ${l.after}`];
    if (l.external && l.printed && !l.after.includes(l.href)) return [`${l.href} : adresse absente à l’impression (${l.after})`];
    return [];
  });
}

/** What is generated after the page's h1, how it is laid out, and the page's canonical address. */
export function titleAddress(page: Page): Promise<{ content: string; display: string; canonical: string | null }> {
  return page.evaluate(() => {
    const after = getComputedStyle(document.querySelector('h1')!, '::after');
    return {
      content: after.content,
      display: after.display,
      canonical: document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null,
    };
  });
}

/** Printed text that is not dark ink, or a box that would print a coloured or dark background, one line each. */
export function inkProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const channels = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
    const problems: string[] = [];
    for (const el of document.body.querySelectorAll('*')) {
      if (el.closest('svg') || !el.checkVisibility()) continue;
      const style = getComputedStyle(el);
      const name = `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ').join('.')}` : ''}`;
      const [r, g, b, alpha = 1] = channels(style.backgroundColor);
      if (alpha > 0 && Math.min(r, g, b) < 255) problems.push(`${name} : fond ${style.backgroundColor}`);
      const hasText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== '');
      if (hasText && Math.max(...channels(style.color).slice(0, 3)) > 0x55) problems.push(`${name} : texte ${style.color}`);
    }
    return problems;
  });
}

/** Elements printed in a fixed position: the browser repeats them on every sheet, over the text. */
export function fixedOnPaper(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.body.querySelectorAll('*')]
      .filter((el) => el.checkVisibility() && getComputedStyle(el).position === 'fixed')
      .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`),
  );
}

/** What a QR code drawn on the page says, read from a screenshot of it as a phone would read it. */
export async function readQr(page: Page, selector: string): Promise<string | undefined> {
  const png = PNG.sync.read(await page.locator(selector).screenshot());
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
}
