// The palette of site.yaml: AA contrast checked in both themes, each failing pair named, emitted as the theme's variables.
import { describe, expect, it } from 'vitest';
import { COLOUR_NAMES, contrastProblems, contrastRatio, faviconSvg, paletteCss, paletteSchema, type Theme } from '../../src/lib/couleurs.ts';
import { loadSite } from '../../src/lib/loadSite.ts';

const guide = loadSite('content').couleurs;

describe('the palette', () => {
  it('computes the WCAG contrast ratio', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(contrastRatio('#0b5d4b', '#0b5d4b')).toBe(1);
  });

  it('accepts the guide’s own colours, light and dark', () => {
    expect(contrastProblems(guide.clair)).toEqual([]);
    expect(contrastProblems(guide.sombre)).toEqual([]);
  });

  it('names the pair, the roles and the ratio of a colour under AA contrast', () => {
    const pale: Theme = { ...guide.clair, discret: '#999999' };
    const problems = contrastProblems(pale);
    expect(problems.map((p) => p.field)).toEqual(['discret', 'discret']);
    expect(problems[0].message).toBe(
      '« discret » (le texte secondaire, #999999) sur « fond » (le fond des pages, #fdfcf9) : contraste de 2,77:1, il faut au moins 4,5:1',
    );
    expect(problems[1].message).toContain('sur « surface »');
  });

  it('asks 3:1 of the exercise’s side line against the page', () => {
    expect(contrastProblems({ ...guide.sombre, exercice_bord: '#444444' }).map((p) => p.message)).toEqual([
      expect.stringMatching(/^« exercice_bord » .* sur « fond » .*il faut au moins 3:1$/),
    ]);
  });

  it('refuses, with its path, a dark theme whose link colour is unreadable', () => {
    const result = paletteSchema.safeParse({ clair: guide.clair, sombre: { ...guide.sombre, accent: '#1d332c' } });
    expect(result.success).toBe(false);
    const paths = result.error!.issues.map((i) => i.path.join('.'));
    expect(paths).toContain('sombre.accent');
    expect(paths.every((p) => p === 'sombre.accent')).toBe(true);
  });

  it('refuses a colour that is not #rrggbb, and a missing one', () => {
    const short = paletteSchema.safeParse({ clair: { ...guide.clair, texte: '#000' }, sombre: guide.sombre });
    expect(short.error?.issues.map((i) => i.path.join('.'))).toEqual(['clair.texte']);
    const { bordure: _, ...withoutBorder } = guide.sombre;
    const missing = paletteSchema.safeParse({ clair: guide.clair, sombre: withoutBorder });
    expect(missing.error?.issues.map((i) => i.path.join('.'))).toEqual(['sombre.bordure']);
  });

  it('emits every colour as a variable of the theme layer, dark ones under the reader’s preference', () => {
    const css = paletteCss({ clair: { ...guide.clair, accent: '#0B5D4B' }, sombre: guide.sombre });
    const [light, dark] = css.split('@media (prefers-color-scheme:dark)');
    expect(css.startsWith('@layer theme{')).toBe(true);
    for (const name of COLOUR_NAMES) {
      const variable = `--color-${name.replace('_', '-')}:`;
      expect(light).toContain(`${variable}${guide.clair[name].toLowerCase()}`);
      expect(dark).toContain(`${variable}${guide.sombre[name]}`);
    }
    expect(light).toContain('--color-accent-fond:');
  });

  it('draws the favicon from the logo in the palette’s brand colours, light and dark', () => {
    const logo = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">\n<rect class="s-marque" width="32" height="32"/><path class="s-marque-trait" d="M0 0h1z"/></svg>';
    const icon = faviconSvg(logo, guide);
    expect(icon.startsWith(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><style>.s-marque{fill:${guide.clair.accent}}.s-marque-trait{fill:${guide.clair.fond}}`)).toBe(true);
    expect(icon).toContain(`@media (prefers-color-scheme:dark){.s-marque{fill:${guide.sombre.accent}}`);
    expect(icon.endsWith('<path class="s-marque-trait" d="M0 0h1z"/></svg>')).toBe(true);
  });
});
