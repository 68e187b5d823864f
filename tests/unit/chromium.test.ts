import { describe, expect, it } from 'vitest';
import { resolveChromium } from '../support/chromium.ts';
import { oneOfEachTemplate, urlOf } from '../support/builtSite.ts';
import { javaMajor, javaProblem, nodeProblem } from '../support/prerequisites.mjs';

const only = (...paths: string[]) => (p: string) => paths.includes(p);

describe('Chromium for the browser tests', () => {
  it('prefers the explicit CHROMIUM_PATH', () => {
    expect(resolveChromium({ CHROMIUM_PATH: '/opt/c' }, '/pw/chrome', only('/opt/c', '/pw/chrome', '/usr/bin/chromium'))).toBe('/opt/c');
  });

  it('reports nothing when CHROMIUM_PATH names a missing file, rather than silently using another', () => {
    expect(resolveChromium({ CHROMIUM_PATH: '/opt/c' }, '/pw/chrome', only('/pw/chrome'))).toBeUndefined();
  });

  it('then takes Playwright’s own browser, then the system one', () => {
    expect(resolveChromium({}, '/pw/chrome', only('/pw/chrome', '/usr/bin/chromium'))).toBe('/pw/chrome');
    expect(resolveChromium({}, '/pw/chrome', only('/usr/bin/chromium'))).toBe('/usr/bin/chromium');
    expect(resolveChromium({}, undefined, only())).toBeUndefined();
  });
});

describe('built pages', () => {
  it('map built files to the URL a reader visits', () => {
    expect(urlOf('index.html')).toBe('/');
    expect(urlOf('guide/pourquoi/index.html')).toBe('/guide/pourquoi/');
    expect(urlOf('404.html')).toBe('/404.html');
  });
});

describe('prerequisites of npm test', () => {
  it('read the major version java -version prints, old and new numbering', () => {
    expect(javaMajor('openjdk version "17.0.15" 2025-04-15\nOpenJDK Runtime Environment')).toBe(17);
    expect(javaMajor('openjdk version "21" 2023-09-19')).toBe(21);
    expect(javaMajor('java version "1.8.0_381"')).toBe(8);
    expect(javaMajor('bash: java: command not found')).toBeUndefined();
  });

  it('accept Java 17 or newer, and say what to install otherwise', () => {
    expect(javaProblem({ stderr: 'openjdk version "17.0.15" 2025-04-15' })).toBeUndefined();
    expect(javaProblem({ stderr: 'java version "1.8.0_381"' })).toMatch(/^Java 8 est installé ; le validateur HTML demande Java 17 ou plus : installez/);
    expect(javaProblem({ error: Object.assign(new Error('spawnSync java ENOENT'), { code: 'ENOENT' }) })).toMatch(/^Java est introuvable \(ENOENT\) : installez Java 17/);
  });

  it('accept Node 22.18 or newer, and point to npm test and its pinned Node otherwise', () => {
    expect(nodeProblem('v24.21.0')).toBeUndefined();
    expect(nodeProblem('v22.18.0')).toBeUndefined();
    expect(nodeProblem('v23.0.0')).toBeUndefined();
    expect(nodeProblem('v22.12.0')).toMatch(/^Node v22\.12\.0 exécute les tests ; il faut Node 22\.18 ou plus récent.*« npm test »/);
    expect(nodeProblem('v20.20.2')).toMatch(/^Node v20\.20\.2 /);
  });
});

describe('one page of each template', () => {
  const urls = ['/', '/404.html', '/a-propos/', '/alternatives/', '/alternatives/b/', '/alternatives/a/', '/alternatives/filtres/facile/', '/alternatives/usages/ecrire/', '/glossaire/', '/guide/quand/', '/guide/pourquoi/', '/plan-du-site/', '/projection/quand/', '/recherche/', '/remplacer/x/', '/formation/', '/formation/deroule/quand/', '/formation/seances/demi-journee/', '/fiche/quand/', '/fiche/pourquoi/', '/ressources/', '/nouveautes/', '/hors-ligne/'];

  it('is the first page whose URL has the template’s shape, text pages coming from the content’s pages folder', () => {
    expect(oneOfEachTemplate(urls, ['a-propos.mdx'])).toEqual({
      pages: {
        accueil: '/',
        chapitre: '/guide/pourquoi/',
        alternative: '/alternatives/a/',
        remplacer: '/remplacer/x/',
        catalogue: '/alternatives/',
        filtre: '/alternatives/filtres/facile/',
        usage: '/alternatives/usages/ecrire/',
        glossaire: '/glossaire/',
        ressources: '/ressources/',
        nouveautés: '/nouveautes/',
        'plan du site': '/plan-du-site/',
        recherche: '/recherche/',
        formation: '/formation/',
        fiche: '/fiche/pourquoi/',
        déroulé: '/formation/deroule/quand/',
        'plan de séance': '/formation/seances/demi-journee/',
        'page 404': '/404.html',
        'hors ligne': '/hors-ligne/',
        projection: '/projection/quand/',
        'page de texte': '/a-propos/',
      },
      missing: [],
    });
  });

  it('names the templates a build lacks', () => {
    expect(oneOfEachTemplate(['/', '/glossaire/'], []).missing).toEqual([
      'chapitre',
      'alternative',
      'remplacer',
      'catalogue',
      'filtre',
      'usage',
      'ressources',
      'nouveautés',
      'plan du site',
      'recherche',
      'formation',
      'fiche',
      'déroulé',
      'plan de séance',
      'page 404',
      'hors ligne',
      'projection',
      'page de texte',
    ]);
  });
});
