// Links written in the MDX carry the base path, and each one is checked against the pages and anchors that exist.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBuiltSite } from '../../src/integrations/internalLinks.ts';
import { builtLinkProblems, findBrokenLinks, htmlIds, linksOutsideBase, pageOfFile, rewriteLinks, type BuiltSite, type LinkNode } from '../../src/lib/links.ts';

const at = (line: number) => ({ start: { line } });
const link = (url: string, line = 1): LinkNode => ({ type: 'link', url, position: at(line), children: [{ type: 'text' }] });
const jsx = (name: string, attrs: Record<string, unknown>, type = 'mdxJsxTextElement'): LinkNode => ({
  type,
  name,
  attributes: Object.entries(attrs).map(([n, value]) => ({ type: 'mdxJsxAttribute', name: n, value })),
  position: at(7),
  children: [],
} as LinkNode);

describe('rewriteLinks', () => {
  it('puts the base in front of root-relative Markdown links, images and definitions, keeping their fragment', () => {
    const a = link('/guide/pourquoi/#une-section', 3);
    const img = { type: 'image', url: '/images/logo.png' };
    const def = { type: 'definition', url: '/glossaire/' };
    const tree = { type: 'root', children: [{ type: 'paragraph', children: [a, img] }, def] };
    const found = rewriteLinks(tree, '/notre-guide/');
    expect(a.url).toBe('/notre-guide/guide/pourquoi/#une-section');
    expect(img.url).toBe('/notre-guide/images/logo.png');
    expect(def.url).toBe('/notre-guide/glossaire/');
    expect(found).toEqual([{ url: '/guide/pourquoi/#une-section', line: 3 }, { url: '/images/logo.png' }, { url: '/glossaire/' }]);
  });

  it('rewrites href and src given as text to an MDX component, not an expression', () => {
    const a = jsx('a', { href: '/alternatives/nextcloud/', class: '/pas-un-lien/' });
    const expr = jsx('a', { href: { type: 'mdxJsxAttributeValueExpression', value: "'/x/'" } }, 'mdxJsxFlowElement');
    const found = rewriteLinks({ type: 'root', children: [a, expr] }, '/a/b/');
    expect(a.attributes?.map((x) => x.value)).toEqual(['/a/b/alternatives/nextcloud/', '/pas-un-lien/']);
    expect(expr.attributes?.[0].value).toEqual({ type: 'mdxJsxAttributeValueExpression', value: "'/x/'" });
    expect(found).toEqual([{ url: '/alternatives/nextcloud/', line: 7 }]);
  });

  it('leaves other sites, mail addresses, fragments and relative links as written, and records only the internal ones', () => {
    const urls = ['https://www.insee.fr/', '//autre.example/x', 'mailto:contact@exemple.org', '#objectifs', '../pourquoi/'];
    const nodes = urls.map((u) => link(u));
    const found = rewriteLinks({ type: 'root', children: nodes }, '/notre-guide/');
    expect(nodes.map((n) => n.url)).toEqual(urls);
    expect(found.map((f) => f.url)).toEqual(['#objectifs', '../pourquoi/']);
  });

  it('changes nothing under the root base', () => {
    const a = link('/guide/quand/');
    rewriteLinks({ type: 'root', children: [a] }, '/');
    expect(a.url).toBe('/guide/quand/');
  });
});

describe('pageOfFile', () => {
  it('gives the route of a chapter and of a text page, and nothing for another file', () => {
    expect(pageOfFile('/x/content/chapitres/quand.mdx')).toBe('/guide/quand/');
    expect(pageOfFile('content/pages/a-propos.mdx')).toBe('/a-propos/');
    expect(pageOfFile('content/autre/note.mdx')).toBeUndefined();
  });
});

describe('findBrokenLinks', () => {
  const site: BuiltSite = {
    pages: new Map([
      ['/', new Set(['parcours'])],
      ['/guide/pourquoi/', new Set(['objectifs', 'une-section-à-lier'])],
      ['/guide/quand/', new Set(['calendrier'])],
      ['/glossaire/', new Set(['instance'])],
      ['/alternatives/filtres/libre/', new Set()],
    ]),
    files: new Set(['/favicon.svg', '/guide/pourquoi/index.html']),
  };
  const check = (url: string) => findBrokenLinks([{ file: 'content/chapitres/quand.mdx', page: '/guide/quand/', links: [{ url, line: 12 }] }], site);

  it('accepts links to pages, anchors, files, the same page and a relative page', () => {
    for (const url of ['/', '/#parcours', '/guide/pourquoi/', '/glossaire/#instance', '/favicon.svg', '#calendrier', '../pourquoi/#objectifs', '/alternatives/filtres/libre/?x=1']) {
      expect(check(url), url).toEqual([]);
    }
  });

  it('accepts an anchor written with its accent or percent-encoded', () => {
    expect(check('/guide/pourquoi/#une-section-à-lier')).toEqual([]);
    expect(check('/guide/pourquoi/#une-section-%C3%A0-lier')).toEqual([]);
  });

  it('names the file, the line and the link of an unknown page', () => {
    expect(check('/guide/pourquio/')).toEqual(['content/chapitres/quand.mdx:12 : lien « /guide/pourquio/ » vers une page qui n’existe pas (/guide/pourquio/)']);
  });

  it('refuses a page written without its final slash', () => {
    expect(check('/guide/pourquoi')).toEqual(['content/chapitres/quand.mdx:12 : lien « /guide/pourquoi » vers une page qui n’existe pas (/guide/pourquoi)']);
  });

  it('names the file and the link of an unknown anchor, on another page or the same one', () => {
    expect(check('/guide/pourquoi/#une-section-a-lier')).toEqual([
      'content/chapitres/quand.mdx:12 : lien « /guide/pourquoi/#une-section-a-lier » vers une ancre qui n’existe pas sur /guide/pourquoi/ (#une-section-a-lier)',
    ]);
    expect(check('#nulle-part')).toEqual(['content/chapitres/quand.mdx:12 : lien « #nulle-part » vers une ancre qui n’existe pas sur /guide/quand/ (#nulle-part)']);
  });

  it('refuses a relative link from a file whose page is unknown', () => {
    expect(findBrokenLinks([{ file: 'content/autre.mdx', links: [{ url: '#x' }] }], site)).toEqual([
      'content/autre.mdx : lien « #x » impossible à vérifier (page du fichier inconnue) ; écrivez le chemin depuis la racine du site',
    ]);
  });
});

describe('htmlIds', () => {
  it('reads the ids Astro writes, decoding character references', () => {
    expect([...htmlIds('<h2 id="une-section-à-lier">x</h2><p data-id="non" id="a&amp;b">')]).toEqual(['une-section-à-lier', 'a&b']);
  });
});

describe('linksOutsideBase', () => {
  const page = 'https://exemple.org/notre-guide/guide/quand/';
  it('finds the paths that leave the base, root-relative or relative', () => {
    const html = '<a href="/guide/pourquoi/">x</a><a href="/notre-guide/guide/pourquoi/">y</a><img src="../../../logo.png"><script src="/notre-guide/_astro/a.js"></script><a href="#calendrier">z</a>';
    expect(linksOutsideBase(html, page, '/notre-guide/')).toEqual(['/guide/pourquoi/', '../../../logo.png']);
  });

  it('leaves full addresses out, even on the same host', () => {
    expect(linksOutsideBase('<a href="https://exemple.org/source">s</a><a href="mailto:a@exemple.org">m</a>', page, '/notre-guide/')).toEqual([]);
  });
});

describe('builtLinkProblems', () => {
  const site: BuiltSite = {
    pages: new Map([['/guide/x/', new Set(['section'])], ['/', new Set()]]),
    files: new Set(['/guide/x/index.html', '/index.html', '/_astro/site.css']),
  };
  const page = 'https://exemple.org/notre-guide/guide/x/';

  it('accepts links, assets and anchors that exist under the base, and other hosts', () => {
    const html = '<a href="/notre-guide/guide/x/#section">a</a><link href="/notre-guide/_astro/site.css"><a href="#section">b</a><a href="https://ailleurs.org/x">c</a><link rel="canonical" href="https://exemple.org/notre-guide/">';
    expect(builtLinkProblems(html, page, '/notre-guide/', site)).toEqual([]);
  });

  it('names a link that leaves the base, one that leads nowhere, and a missing anchor', () => {
    const html = '<a href="/guide/x/">a</a><script src="/notre-guide/_astro/absent.js"></script><a href="/notre-guide/guide/x/#nulle-part">b</a>';
    expect(builtLinkProblems(html, page, '/notre-guide/', site)).toEqual([
      'href="/guide/x/" sort de /notre-guide/',
      'src="/notre-guide/_astro/absent.js" ne mène à aucun fichier',
      'href="/notre-guide/guide/x/#nulle-part" vise une ancre absente',
    ]);
  });
});

describe('a built folder read for its links', () => {
  it('knows its pages by route and its other files by path, and reads a page’s ids when a link asks for them', () => {
    const dist = mkdtempSync(join(tmpdir(), 'site-'));
    mkdirSync(join(dist, 'guide/x'), { recursive: true });
    writeFileSync(join(dist, 'guide/x/index.html'), '<h2 id="une-partie">Une</h2><p id="l&#39;autre">x</p>');
    writeFileSync(join(dist, '404.html'), '<h1>Introuvable</h1>');
    writeFileSync(join(dist, 'favicon.svg'), '<svg id="pas-une-page"/>');
    const site = readBuiltSite(dist);
    expect(site.pages.has('/guide/x/')).toBe(true);
    expect(site.pages.has('/favicon.svg')).toBe(false);
    expect(site.files.has('/favicon.svg')).toBe(true);
    expect([...site.pages.get('/guide/x/')!]).toEqual(['une-partie', "l'autre"]);
    expect(site.pages.get('/404.html')!.size).toBe(0);
    expect(site.pages.get('/ailleurs/')).toBeUndefined();
    expect(findBrokenLinks([{ file: 'a.mdx', page: '/guide/a/', links: [{ url: '/guide/x/#une-partie' }, { url: '/guide/x/#autre' }] }], site)).toEqual([
      'a.mdx : lien « /guide/x/#autre » vers une ancre qui n’existe pas sur /guide/x/ (#autre)',
    ]);
  });
});
