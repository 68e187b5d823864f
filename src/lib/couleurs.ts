// The guide's palette, written in content/site.yaml: validated for AA contrast in both themes, then emitted as the
// theme's CSS variables (a stylesheet of the bundle, so the Content Security Policy needs no inline style).
import { z } from 'zod';

/** The colours of one theme, by their name in site.yaml; each becomes the CSS variable --color-<name with dashes>. */
export const COLOUR_NAMES = ['fond', 'surface', 'texte', 'discret', 'accent', 'accent_fond', 'bordure', 'exercice', 'exercice_bord'] as const;
type ColourName = (typeof COLOUR_NAMES)[number];
export type Theme = Record<ColourName, string>;
export type Palette = { clair: Theme; sombre: Theme };

/** What each colour is for, in the words of the contrast messages. */
const ROLES: Record<ColourName, string> = {
  fond: 'le fond des pages',
  surface: 'le fond des encadrés',
  texte: 'le texte',
  discret: 'le texte secondaire',
  accent: 'les liens et les boutons',
  accent_fond: 'le fond des encadrés « À retenir »',
  bordure: 'les bordures',
  exercice: 'le fond des exercices',
  exercice_bord: 'le trait des exercices',
};

/**
 * The pairs read as text on a background, which WCAG AA asks at least 4.5:1 of: the text on every background it
 * sits on, secondary text on pages and boxes, links and buttons (whose label is the page's background colour).
 */
export const TEXT_PAIRS: [ColourName, ColourName][] = [
  ['texte', 'fond'],
  ['texte', 'surface'],
  ['texte', 'accent_fond'],
  ['texte', 'exercice'],
  ['discret', 'fond'],
  ['discret', 'surface'],
  ['accent', 'fond'],
  ['accent', 'surface'],
  ['accent', 'accent_fond'],
];
/** Graphical marks that carry meaning (the exercise's side line) need 3:1 against the page (WCAG 1.4.11). */
export const MARK_PAIRS: [ColourName, ColourName][] = [['exercice_bord', 'fond']];
const TEXT_MIN = 4.5;
const MARK_MIN = 3;

const hex = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'une couleur en hexadécimal à six chiffres, par exemple « #0b5d4b »');
const themeSchema = z.object(Object.fromEntries(COLOUR_NAMES.map((n) => [n, hex])) as Record<ColourName, typeof hex>).strict();

/** The relative luminance of a #rrggbb colour (WCAG 2.2 definition). */
function luminance(colour: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(colour.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The WCAG contrast ratio of two #rrggbb colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/** Each pair of a theme under its minimum, as a sentence naming both colours, their roles and the ratio. */
export function contrastProblems(theme: Theme): { field: ColourName; message: string }[] {
  const check = (pairs: [ColourName, ColourName][], min: number) =>
    pairs.flatMap(([front, back]) => {
      const ratio = contrastRatio(theme[front], theme[back]);
      if (ratio >= min) return [];
      const shown = (Math.floor(ratio * 100) / 100).toLocaleString('fr-FR');
      return [
        {
          field: front,
          message: `« ${front} » (${ROLES[front]}, ${theme[front]}) sur « ${back} » (${ROLES[back]}, ${theme[back]}) : contraste de ${shown}:1, il faut au moins ${min.toLocaleString('fr-FR')}:1`,
        },
      ];
    });
  return [...check(TEXT_PAIRS, TEXT_MIN), ...check(MARK_PAIRS, MARK_MIN)];
}

/** The palette of site.yaml: two complete themes, each checked for contrast. */
export const paletteSchema = z
  .object({ clair: themeSchema, sombre: themeSchema })
  .strict()
  .superRefine((palette, ctx) => {
    for (const name of ['clair', 'sombre'] as const) {
      // a theme with a missing or malformed colour has its own message already
      if (!themeSchema.safeParse(palette[name]).success) continue;
      for (const p of contrastProblems(palette[name])) ctx.addIssue({ code: 'custom', path: [name, p.field], message: p.message });
    }
  });

/** The CSS variables of one theme. */
function declarations(theme: Theme): string {
  return COLOUR_NAMES.map((n) => `--color-${n.replace('_', '-')}:${theme[n].toLowerCase()}`).join(';');
}

/**
 * The stylesheet of the palette: light by default, dark when the reader's system asks for it. In the theme layer, so
 * that the print stylesheet (unlayered) still wins on paper.
 */
export function paletteCss(palette: Palette): string {
  return `@layer theme{:root{${declarations(palette.clair)}}@media (prefers-color-scheme:dark){:root{${declarations(palette.sombre)}}}}\n`;
}

/**
 * The guide's logo as its favicon: a file of its own, which the site's stylesheet does not reach, so the theme's
 * classes become the colours they stand for, light and dark (an SVG image may hold its own style).
 */
export function faviconSvg(logo: string, palette: Palette): string {
  return withStyle(logo, `${brandRules(palette.clair)}@media (prefers-color-scheme:dark){${brandRules(palette.sombre)}}`);
}

/** The logo's classes as the colours of a theme. */
const brandRules = (t: Theme) => `.s-marque{fill:${t.accent}}.s-marque-trait{fill:${t.fond}}`;

/** An SVG with a style of its own, first in it. */
const withStyle = (svg: string, css: string) => svg.replace(/<svg\b[^>]*>/, (open) => `${open}<style>${css}</style>`);

/**
 * The logo as the icon of the installed guide: drawn once, in the light theme's colours (an icon is shown on the
 * device's own background, with no theme to follow).
 */
export function iconSvg(logo: string, theme: Theme): string {
  return withStyle(logo, brandRules(theme));
}
