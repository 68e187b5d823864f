import { describe, expect, it } from 'vitest';
import { buildToc, currentIndex } from '../../src/lib/toc.ts';
import { editUrl, pageLinks } from '../../src/lib/forge.ts';
import { resolveSiteUrl, withBase } from '../../src/lib/siteUrl.ts';

describe('table of contents', () => {
  const position = { start: { line: 1, column: 1 }, end: { line: 2, column: 1 } };
  it('lists the sections with their h3, then the page’s own blocks', () => {
    const toc = buildToc(
      {
        sections: [
          { slug: 'a', text: 'A', subsections: [{ slug: 'a1', text: 'A1' }], position },
          { slug: 'b', text: 'B', subsections: [], position },
        ],
      },
      [{ slug: 'sources', text: 'Sources' }],
    );
    expect(toc.map((t) => t.slug)).toEqual(['a', 'b', 'sources']);
    expect(toc[0].children).toEqual([{ slug: 'a1', text: 'A1', children: [] }]);
    expect(toc[2].children).toEqual([]);
  });
});

describe('forge links', () => {
  const real = {
    depot: 'https://framagit.org/o/r',
    modifier: 'https://framagit.org/o/r/-/edit/main/{chemin}',
    signaler: 'https://framagit.org/o/r/-/issues/new',
  };
  const placeholder = {
    depot: 'https://forge.example/o/r',
    modifier: 'https://forge.example/o/r/-/edit/main/{chemin}',
    signaler: 'https://forge.example/o/r/-/issues/new',
  };
  const organisation = { nom: 'Asso', ville: 'Lyon', site: 'https://asso.fr/', contact: 'https://asso.fr/contact/' };
  const page = { file: 'content/chapitres/quand.mdx', title: 'Quand ?', url: 'https://guide.asso.fr/guide/quand/' };

  it('lead to the forge when it is a real one', () => {
    expect(pageLinks({ forge: real, organisation }, page)).toEqual({
      edit: 'https://framagit.org/o/r/-/edit/main/content/chapitres/quand.mdx',
      report: 'https://framagit.org/o/r/-/issues/new',
    });
  });

  it('while the forge is a placeholder, offer no edit link and send errors to the organisation', () => {
    expect(pageLinks({ forge: placeholder, organisation }, page)).toEqual({ report: 'https://asso.fr/contact/' });
    const mail = pageLinks({ forge: placeholder, organisation: { ...organisation, courriel: 'guide@asso.fr' } }, page);
    expect(mail.edit).toBeUndefined();
    const url = new URL(mail.report);
    expect(url.protocol).toBe('mailto:');
    expect(url.pathname).toBe('guide@asso.fr');
    expect(url.searchParams.get('subject')).toBe('Erreur dans « Quand ? »');
    expect(url.searchParams.get('body')).toContain('Page : https://guide.asso.fr/guide/quand/');
  });

  it('fill the file path into the edit pattern', () => {
    expect(editUrl('https://forge.example/o/r/-/edit/main/{chemin}', 'content/chapitres/pourquoi.mdx')).toBe(
      'https://forge.example/o/r/-/edit/main/content/chapitres/pourquoi.mdx',
    );
    expect(editUrl('https://f.example/{chemin}', './content/à propos.mdx')).toBe('https://f.example/content/%C3%A0%20propos.mdx');
  });
});

describe('public URL', () => {
  it('splits the URL into Astro site and base', () => {
    expect(resolveSiteUrl('https://asso.org/guide')).toEqual({ site: 'https://asso.org', base: '/guide/', placeholder: false });
    expect(resolveSiteUrl('https://asso.org/')).toEqual({ site: 'https://asso.org', base: '/', placeholder: false });
  });

  it('lets SITE_URL win over site.yaml', () => {
    expect(resolveSiteUrl('https://numerique-libre.example/', { SITE_URL: 'https://zoomacom.frama.io/nl/' }).base).toBe('/nl/');
    expect(resolveSiteUrl('https://a.org/', { SITE_URL: '  ' }).site).toBe('https://a.org');
  });

  it('flags reserved example hosts as placeholders', () => {
    expect(resolveSiteUrl('https://numerique-libre.example/').placeholder).toBe(true);
    expect(resolveSiteUrl('https://example.org/').placeholder).toBe(true);
    expect(resolveSiteUrl('https://exemple.org/').placeholder).toBe(false);
  });

  it('refuses an address that is not a web URL', () => {
    expect(() => resolveSiteUrl('pas une adresse')).toThrow(/SITE_URL/);
    expect(() => resolveSiteUrl('ftp://asso.org/')).toThrow(/https/);
  });

  it('prefixes paths with the base', () => {
    expect(withBase('/', '/guide/x/')).toBe('/guide/x/');
    expect(withBase('/nl/', '/guide/x/')).toBe('/nl/guide/x/');
    expect(withBase('/nl', 'plan-du-site/')).toBe('/nl/plan-du-site/');
  });
});

describe('the section being read', () => {
  it('is the heading that last passed the upper third of the window, whatever the order of the list', () => {
    // the window is 1000 px tall: a heading counts once its top is at 300 px or above
    expect(currentIndex([-900, -200, 250, 700], 1000, false)).toBe(2);
    expect(currentIndex([-900, 900, -200], 1000, false)).toBe(2);
    expect(currentIndex([400, 900], 1000, false)).toBe(-1);
    expect(currentIndex([undefined, -50], 1000, false)).toBe(1);
  });

  it('at the bottom of the page, is the last heading in view, even below the upper third', () => {
    expect(currentIndex([-900, 100, 600], 1000, true)).toBe(2);
    expect(currentIndex([-900, 100, 1200], 1000, true)).toBe(1);
  });
});
