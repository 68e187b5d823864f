import { describe, expect, it } from 'vitest';
import { frenchSpacing, typographyFr } from '../../src/lib/typography.ts';
import { compileMdx } from '../support/mdx.ts';

const NBSP = '\u00a0';
const NNBSP = '\u202f';

/** Compile MDX the way the site does and return the HTML it gives. */
async function mdx(source: string): Promise<string> {
  return compileMdx(source).code;
}

describe('French typography of a piece of text', () => {
  it('puts the right no-break space before ; : ! ? and %', () => {
    expect(typographyFr('Pourquoi ? Oui ; non ! Voici : 15,4 %')).toBe(
      `Pourquoi${NNBSP}? Oui${NNBSP}; non${NNBSP}! Voici${NBSP}: 15,4${NNBSP}%`,
    );
  });

  it('keeps the space an author typed, instead of deleting it as typograf does by default', () => {
    expect(typographyFr('Durée : 20 min')).toBe('Durée\u00a0: 20\u00a0min');
  });

  it('ties a unit to its number with a no-break space, and leaves other words after a number alone', () => {
    expect(typographyFr('40 Go, 15 km, 3 h et 12 €')).toBe('40\u00a0Go, 15\u00a0km, 3\u00a0h et 12\u00a0€');
    expect(typographyFr('5 minutes, 3 ans, 2 s’inscrivent')).toBe('5 minutes, 3 ans, 2 s’inscrivent');
  });

  it('sets quotes, apostrophes and thousands separators', () => {
    expect(typographyFr('Il dit "bonjour" à l\'AMAP de 15248 membres en 2024')).toBe(
      `Il dit «${NNBSP}bonjour${NNBSP}» à l’AMAP de 15${NNBSP}248 membres en 2024`,
    );
  });

  it('closes « » with narrow no-break spaces even when the text is cut at an inline element', () => {
    expect(frenchSpacing('Lisez « ')).toBe(`Lisez «${NNBSP}`);
    expect(frenchSpacing(' » puis')).toBe(`${NNBSP}» puis`);
    expect(typographyFr(' » et voilà')).toBe(`${NNBSP}» et voilà`);
  });

  it('keeps the quotes an author typed, even half a pair cut by an inline element, or nested', () => {
    expect(typographyFr(' »)')).toBe(`${NNBSP}»)`);
    expect(typographyFr('« Qui vous a dit : “Je ne savais pas” ? »')).toBe(`«${NNBSP}Qui vous a dit${NBSP}: “Je ne savais pas”${NNBSP}?${NNBSP}»`);
  });

  it('leaves times, URLs and blank text alone', () => {
    expect(typographyFr('à 10:30')).toBe('à 10:30');
    expect(typographyFr('https://exemple.org/a:b?c=d')).toBe('https://exemple.org/a:b?c=d');
    expect(typographyFr('  ')).toBe('  ');
  });
});

describe('French typography of MDX at build', () => {
  it('reaches text split across inline elements', async () => {
    const out = await mdx('Lisez « [ce guide](/guide/x/) » : **vraiment** !');
    expect(out).toContain(`Lisez «${NNBSP}`);
    expect(out).toContain(`${NNBSP}»${NBSP}: `);
    expect(out).toContain(`${NNBSP}!`);
  });

  it('never touches code, link targets or component attributes, and gives a component title its typography once', async () => {
    const out = await mdx(
      'Tapez `a : b ; c ?` puis [lisez : ceci](https://x.org/a:b?c=1).\n\n<Exercice id="essai-a" titre="Titre : brut">\n\nTexte : oui\n\n</Exercice>\n\n```\nx : y ?\n```',
    );
    expect(out).toContain('<code>a : b ; c ?</code>');
    expect(out).toContain(`<a href="https://x.org/a:b?c=1">lisez${NBSP}: ceci</a>`);
    expect(out).toContain('id="exercice-essai-a" data-exercice="essai-a"');
    expect(out).toContain(`</span> Titre${NBSP}: brut</h3>`);
    expect(out).toContain(`Texte${NBSP}: oui`);
    expect(out).toContain('x : y ?');
  });

  it('leaves a URL written in the text, or as a link text, as written', async () => {
    // a bare address becomes a link, as GFM has it: its text stays the address
    expect(await mdx('Voir https://exemple.org/a:b?c=1 ici')).toContain('<a href="https://exemple.org/a:b?c=1">https://exemple.org/a:b?c=1</a>');
    expect(await mdx('[https://exemple.org/a:b?c=1](https://exemple.org/)')).toContain('<a href="https://exemple.org/">https://exemple.org/a:b?c=1</a>');
  });
});

describe('references from chapters to content', () => {
  const known = { Terme: { ids: new Set(['instance']), where: 'content/glossaire.yaml' } };
  const check = async (source: string) => compileMdx(source, { knownRefs: known });

  it('accept a known term', async () => {
    await expect(check('Des <Terme id="instance">instances</Terme>.')).resolves.toBeTruthy();
  });

  it('stop on an unknown term, naming the chapter and the id', async () => {
    await expect(check('Des <Terme id="instanse">instances</Terme>.')).rejects.toThrow(
      /content\/chapitres\/essai\.mdx : référence inconnue\n {2}- <Terme id="instanse"> : « instanse » est inconnu de content\/glossaire\.yaml/,
    );
  });

  it('stop on a term without a literal id', async () => {
    await expect(check('Des <Terme>instances</Terme>.')).rejects.toThrow(/<Terme> sans attribut id/);
    await expect(check('Des <Terme id={x}>instances</Terme>.')).rejects.toThrow(/<Terme> sans attribut id/);
  });
});
