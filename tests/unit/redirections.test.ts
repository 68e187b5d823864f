// Addresses that changed: the redirections file validated entry by entry, and the list of published addresses merged.
import { describe, expect, it } from 'vitest';
import { redirectionsSchema } from '../../src/lib/redirections.ts';
import { mergePublished, parsePublished } from '../../src/lib/adresses.ts';

const paths = (data: unknown) => redirectionsSchema.safeParse(data).error?.issues.map((i) => `${i.path.join('.')} : ${i.message}`) ?? [];

describe('redirections', () => {
  it('accepts site paths, and a section of a page as a destination', () => {
    expect(paths([{ de: '/guide/ancien/', vers: '/guide/nouveau/#une-section' }, { de: '/vieux/', vers: '/' }])).toEqual([]);
  });

  it('refuses an address that is no site path, naming the entry and the field', () => {
    expect(paths([{ de: 'guide/ancien', vers: '/guide/nouveau/' }])).toEqual([expect.stringMatching(/^0\.de : un chemin du site qui commence et finit par \//)]);
    expect(paths([{ de: '/a/', vers: 'https://ailleurs.org/' }])).toEqual([expect.stringMatching(/^0\.vers : /)]);
  });

  it('refuses an address redirected twice, to itself, or to another redirected address', () => {
    expect(paths([{ de: '/a/', vers: '/b/' }, { de: '/a/', vers: '/c/' }])).toEqual(['1.de : « /a/ » est déjà redirigée plus haut']);
    expect(paths([{ de: '/a/', vers: '/a/#x' }])).toEqual(['0.vers : une adresse ne peut mener à elle-même']);
    expect(paths([{ de: '/a/', vers: '/b/' }, { de: '/b/', vers: '/c/' }])).toEqual([
      '0.vers : « /b/ » est elle-même redirigée : indiquez directement sa destination finale',
    ]);
  });
});

describe('the published addresses', () => {
  it('merges new addresses in order, each once, comments left out of the list', () => {
    const { text, added } = mergePublished('# commentaire\n/b/\n/a/\n', ['/c/', '/a/', '/c/']);
    expect(added).toEqual(['/c/']);
    expect(parsePublished(text)).toEqual(['/a/', '/b/', '/c/']);
    expect(text.startsWith('# Adresses publiées par le guide')).toBe(true);
    expect(mergePublished(text, ['/a/']).text).toBe(text);
  });
});
