// The offline copy as the build prepares it: which files it holds, what they weigh, the size written into the pages,
// the names of its caches (one guide never removes another's) and the manifest drawn from site.yaml.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { Script } from 'node:vm';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'acorn';
import { afterAll, describe, expect, it } from 'vitest';
import { cacheNames, ownsCache, SIZE_PLACEHOLDER } from '../../src/lib/horsLigne.ts';
import { WORKER_TARGET, copiedFiles, formatMegabytes, manifestLiteral, offlinePage, revised, serviceWorker, webManifest, writeSize } from '../../src/lib/horsLigneBuild.ts';
import { loadSite } from '../../src/lib/loadSite.ts';
import { iconSvg } from '../../src/lib/couleurs.ts';

const folders: string[] = [];
afterAll(() => folders.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A build folder holding these files. */
function built(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'copie-'));
  folders.push(dir);
  for (const [path, body] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), body);
  }
  return dir;
}

const page = (words: string) => `<!doctype html><html lang="fr"><body><main>${words.repeat(40)}</main></body></html>`;

describe('the names of the copy’s caches', () => {
  const root = 'https://hote.example/';
  const other = 'https://hote.example/notre-guide/';
  const precache = (scope: string) => `${cacheNames('/').id}-precache-v2-${scope}`;

  it('belong to the guide of one scope and base, never to the guide under another path of the same host', () => {
    expect(ownsCache(precache(root), root, '/')).toBe(true);
    expect(ownsCache(cacheNames('/').pages, root, '/')).toBe(true);
    expect(ownsCache(precache(other), root, '/')).toBe(false);
    expect(ownsCache(cacheNames('/notre-guide/').pages, root, '/')).toBe(false);
    expect(ownsCache(precache(other), other, '/notre-guide/')).toBe(true);
    expect(ownsCache(cacheNames('/notre-guide/').pages, other, '/notre-guide/')).toBe(true);
    expect(ownsCache(precache(root), other, '/notre-guide/')).toBe(false);
    expect(ownsCache(cacheNames('/').pages, other, '/notre-guide/')).toBe(false);
  });

  it('leave the caches of another site of the host alone', () => {
    expect(ownsCache(`workbox-precache-v2-${root}`, root, '/')).toBe(false);
    expect(ownsCache('mon-appli', root, '/')).toBe(false);
  });
});

describe('the size of the copy, as a reader reads it', () => {
  it('is in megabytes with one decimal and a no-break space, never zero', () => {
    expect(formatMegabytes(1_949_999)).toBe('1,9\u00a0Mo');
    expect(formatMegabytes(1_950_000)).toBe('2,0\u00a0Mo');
    expect(formatMegabytes(12_345_678)).toBe('12,3\u00a0Mo');
    expect(formatMegabytes(20_000)).toBe('0,1\u00a0Mo');
  });

  it('is written where the page shows it, with the count of files; a page without the box is left as it is', () => {
    const html = `<p>Téléchargement de <strong data-taille-hors-ligne>${SIZE_PLACEHOLDER}</strong>.</p><section data-copie data-fichiers-hors-ligne="0"><button>Emporter (<span data-taille-hors-ligne>${SIZE_PLACEHOLDER}</span>)</button></section>`;
    const written = writeSize(html, 1_876_543, 542);
    expect(written).toBe(
      '<p>Téléchargement de <strong data-taille-hors-ligne>1,9\u00a0Mo</strong>.</p><section data-copie data-fichiers-hors-ligne="542"><button>Emporter (<span data-taille-hors-ligne>1,9\u00a0Mo</span>)</button></section>',
    );
    const other = '<main><p>Un chapitre.</p></main>';
    expect(writeSize(other, 1_876_543, 542)).toBe(other);
  });
});

describe('the files of the copy', () => {
  it('are the pages and what they use, without the booklet, the 404, the worker, the host’s files and the search interfaces the guide does not load', async () => {
    const dir = built({
      'index.html': page('Accueil '),
      'guide/pourquoi/index.html': page('Pourquoi '),
      'hors-ligne/index.html': page('Hors ligne '),
      'hors-ligne/module.js': 'export const a = 1;',
      '_astro/site.abc123.css': 'body{color:red}',
      'pagefind/pagefind.js': 'export {}',
      'pagefind/wasm.fr.pagefind': Buffer.from([1, 2, 3]),
      'pagefind/fragment/fr_1.pf_fragment': gzipSync('un fragment'),
      'pagefind/pagefind-component-ui.js': 'ui',
      'pagefind/pagefind-ui.css': 'ui',
      'pagefind/wasm.unknown.pagefind': Buffer.from([4]),
      'guide-complet/index.html': page('Livret '),
      '404.html': page('Introuvable '),
      'sw.js': 'self',
      _headers: '/*',
      'robots.txt': 'User-agent: *',
    });
    const copy = await copiedFiles(dir, '/notre-guide/');
    expect(copy.urls.sort()).toEqual(
      [
        '_astro/site.abc123.css',
        'guide/pourquoi/index.html',
        'hors-ligne/index.html',
        'hors-ligne/module.js',
        'index.html',
        'pagefind/fragment/fr_1.pf_fragment',
        'pagefind/pagefind.js',
        'pagefind/wasm.fr.pagefind',
      ].map((p) => `/notre-guide/${p}`),
    );
    expect(copy.urls).toContain(offlinePage('/notre-guide/'));
  });

  it('weigh what a host sends: text compressed, Pagefind’s pieces as they are', async () => {
    const html = page('Une phrase qui se répète. ');
    const fragment = gzipSync('un fragment du guide');
    const dir = built({ 'index.html': html, 'pagefind/fragment/fr_1.pf_fragment': fragment });
    const copy = await copiedFiles(dir, '/');
    // gzip at the level of the test server and of common hosts (6)
    const gzipped = gzipSync(html, { level: 6 }).length;
    expect(gzipped).toBeLessThan(html.length / 5);
    expect(copy.bytes).toBe(gzipped + fragment.length);
    expect(Object.fromEntries(copy.parts)).toEqual({ racine: gzipped, 'recherche (fragment)': fragment.length });
  });

  it('stop the build when a file is too big to be copied, rather than leave it out of the copy', async () => {
    const dir = built({ 'index.html': page('Accueil '), 'guide/enorme/index.html': 'x'.repeat(5 * 1024 * 1024) });
    await expect(copiedFiles(dir, '/')).rejects.toThrow(/guide\/enorme\/index\.html/);
  });
});

describe('the service worker', () => {
  const entries = [
    { url: '/notre-guide/index.html', revision: 'a1b2' },
    { url: '/notre-guide/hors-ligne/index.html', revision: 'c3d4' },
    { url: '/notre-guide/_astro/page.css', revision: null },
  ];

  it('carries the base in its scope’s caches and falls back on this guide’s offline page, and registers nothing itself', async () => {
    const worker = await serviceWorker('/notre-guide/', entries);
    expect(worker).toContain('numerique-libre-pages-/notre-guide/');
    expect(worker).toContain('/notre-guide/hors-ligne/index.html');
    // a new version waits for the reader's « recharger »; the developers' messages of Workbox are left out
    expect(worker).toContain('SKIP_WAITING');
    expect(worker).not.toMatch(/process\.env|WORKER_CONFIG|__WB_MANIFEST/);
    // nothing loaded from elsewhere: the only address of another host is in a warning Workbox writes to the console
    expect(worker).not.toMatch(/importScripts\(/);
    expect(worker.replaceAll('https://bit.ly/wb-precache', '')).not.toMatch(/https?:\/\//);
  });

  it('is one classic script, since the copy registers it without type: module, holding the list of files as written', async () => {
    const worker = await serviceWorker('/', entries);
    // a classic script: an import or an export would not compile
    expect(() => new Script(worker)).not.toThrow();
    // in the syntax of the browsers generateSW writes for (Chrome 56, 2017): no ?., ??, catch without its binding
    expect(WORKER_TARGET).toBe('chrome56');
    expect(() => parse(worker, { ecmaVersion: 2017, sourceType: 'script' })).not.toThrow();
    expect(() => parse('a?.b', { ecmaVersion: 2017 })).toThrow();
    expect(worker).toContain(manifestLiteral(entries));
    expect(manifestLiteral(entries)).toBe(
      '[{url:"/notre-guide/index.html",revision:"a1b2"},{url:"/notre-guide/hors-ligne/index.html",revision:"c3d4"},{url:"/notre-guide/_astro/page.css",revision:null}]',
    );
    // an address with a quote or a backslash stays a string of the list
    const odd = [{ url: '/x/"\\é.html', revision: 'e' }];
    expect(JSON.parse(JSON.stringify(new Script(manifestLiteral(odd)).runInNewContext()))).toEqual(odd);
  });

  it('lists a page written into after the list was made with the revision of its new bytes, as Workbox would', () => {
    const html = '<p>La copie : 1,9 Mo</p>';
    const list = revised(entries, '/notre-guide/index.html', html);
    expect(list[0]).toEqual({ url: '/notre-guide/index.html', revision: createHash('md5').update(html).digest('hex') });
    expect(list.slice(1)).toEqual(entries.slice(1));
    expect(revised(entries, '/notre-guide/_astro/page.css', 'x')[2].revision).toBeNull();
    expect(() => revised(entries, '/ailleurs.html', html)).toThrow('/ailleurs.html n’est pas dans la liste des fichiers');
  });
});

describe('Workbox in the build', () => {
  it('is loaded by the step that prepares the copy, its listing of files alone, not with the configuration that the whole build carries', async () => {
    // the integration and its library imported in a fresh process, as astro.config.mjs imports them
    const loaded = (extra: string) =>
      execFileSync(
        process.execPath,
        [
          '--input-type=module',
          '-e',
          `import { createRequire } from 'node:module';
           const { copieHorsLigne } = await import('./src/integrations/horsLigne.ts');
           const build = await import('./src/lib/horsLigneBuild.ts');
           copieHorsLigne('/');
           ${extra}
           const cache = Object.keys(createRequire(import.meta.url).cache);
           console.log(JSON.stringify(['workbox-build', 'rollup', '@babel/core', 'terser'].filter((m) => cache.some((f) => f.includes(\`/node_modules/\${m}/\`)))));`,
        ],
        { encoding: 'utf8' },
      );
    expect(JSON.parse(loaded(''))).toEqual([]);
    // the step loads Workbox's listing of the files alone, and bundles the worker without the rest of the package
    expect(JSON.parse(loaded('await build.workbox();'))).toEqual(['workbox-build']);
    expect(JSON.parse(loaded("await build.serviceWorker('/', []);"))).toEqual([]);
  });
});

describe('the web app manifest', () => {
  const site = loadSite('content');

  it('is in French, named and coloured from site.yaml, its addresses under the base', () => {
    const manifest = webManifest(site, '/notre-guide/');
    expect(manifest).toMatchObject({
      lang: 'fr',
      name: `${site.nom} — ${site.sous_titre}`,
      short_name: site.nom,
      start_url: '/notre-guide/',
      scope: '/notre-guide/',
      theme_color: site.couleurs.clair.accent,
      background_color: site.couleurs.clair.fond,
    });
    expect((manifest.icons as { src: string }[]).map((i) => i.src)).toEqual(['/notre-guide/icones/guide-192.png', '/notre-guide/icones/guide-512.png']);
  });

  it('has icons drawn from the logo in the light theme’s colours', () => {
    const svg = iconSvg('<svg viewBox="0 0 32 32"><rect class="s-marque"/></svg>', site.couleurs.clair);
    expect(svg).toBe(`<svg viewBox="0 0 32 32"><style>.s-marque{fill:${site.couleurs.clair.accent}}.s-marque-trait{fill:${site.couleurs.clair.fond}}</style><rect class="s-marque"/></svg>`);
  });
});
