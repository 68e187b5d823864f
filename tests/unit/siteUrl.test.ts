// One helper puts the deployment base in front of every site path.
import { describe, expect, it } from 'vitest';
import { withBase } from '../../src/lib/siteUrl.ts';

describe('withBase', () => {
  it('leaves paths alone at the root of a domain', () => {
    expect(withBase('/', '/')).toBe('/');
    expect(withBase('/', '/guide/pourquoi/')).toBe('/guide/pourquoi/');
    expect(withBase('/', '/#parcours')).toBe('/#parcours');
  });

  it('puts a one-folder base in front of the home page, a page, a fragment and a query', () => {
    expect(withBase('/notre-guide/', '/')).toBe('/notre-guide/');
    expect(withBase('/notre-guide/', '')).toBe('/notre-guide/');
    expect(withBase('/notre-guide/', '/guide/pourquoi/')).toBe('/notre-guide/guide/pourquoi/');
    expect(withBase('/notre-guide/', '/#parcours')).toBe('/notre-guide/#parcours');
    expect(withBase('/notre-guide/', '/guide/pourquoi/#une-section')).toBe('/notre-guide/guide/pourquoi/#une-section');
    expect(withBase('/notre-guide/', '/alternatives/?usage=fichiers&auto=oui')).toBe('/notre-guide/alternatives/?usage=fichiers&auto=oui');
    expect(withBase('/notre-guide/', '/favicon.svg')).toBe('/notre-guide/favicon.svg');
  });

  it('accepts a base of two folders', () => {
    expect(withBase('/a/b/', '/')).toBe('/a/b/');
    expect(withBase('/a/b/', '/glossaire/#instance')).toBe('/a/b/glossaire/#instance');
    expect(withBase('/a/b/', '/alternatives/?public=Structures#usage-fichiers')).toBe('/a/b/alternatives/?public=Structures#usage-fichiers');
  });

  it('accepts a base and a path with or without their slashes, never doubling one', () => {
    expect(withBase('/a/b', 'guide/x/')).toBe('/a/b/guide/x/');
    expect(withBase('a/b/', '/guide/x/')).toBe('/a/b/guide/x/');
    expect(withBase('', '/guide/x')).toBe('/guide/x');
    expect(withBase('/notre-guide/', '#parcours')).toBe('/notre-guide/#parcours');
  });

  it('refuses what is not a path of the site, instead of turning it into one', () => {
    expect(() => withBase('/notre-guide/', 'https://exemple.org/')).toThrow('« https://exemple.org/ » n’est pas un chemin du site');
    expect(() => withBase('/notre-guide/', '//autre.example/x')).toThrow('« //autre.example/x » n’est pas un chemin du site');
    expect(() => withBase('/', 'mailto:contact@exemple.org')).toThrow('n’est pas un chemin du site');
  });
});
