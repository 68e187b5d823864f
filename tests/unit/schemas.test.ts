import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chapterSchema, siteSchema, sourceSchema } from '../../src/lib/schemas.ts';
import { parseOrExplain } from '../../src/lib/validate.ts';
import { cacheDirFor, contentDir, loadLogo, loadSite } from '../../src/lib/loadSite.ts';

/** The field path and message of each problem a schema finds, or 'valide'. */
function problems(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return result.success ? 'valide' : result.error!.issues.map((i) => [i.path.join('.'), i.message]);
}

const valid = {
  titre: 'Pourquoi un numérique libre ?',
  description: 'Six raisons de changer d’outils numériques, chacune appuyée sur des faits datés et sourcés.',
  partie: 'comprendre',
  ordre: 2,
  duree: 25,
  duree_animation: 45,
  public: 'tous',
  objectifs: ['Expliquer les six raisons'],
  revise_le: new Date('2026-11-01'),
  sources: [{ titre: 'Insee Première 1953', auteur: 'Insee', url: 'https://www.insee.fr/fr/statistiques/7633654', date: '2023-06' }],
};
const today = () => new Date('2026-11-26');

describe('chapter front matter', () => {
  it('accepts a complete chapter', () => {
    expect(chapterSchema(today).parse(valid).ordre).toBe(2);
  });

  it('names the missing or wrong field', () => {
    const { titre: _t, ...withoutTitle } = valid;
    expect(() => parseOrExplain(chapterSchema(today), withoutTitle, 'content/chapitres/x.mdx')).toThrow(
      /content\/chapitres\/x\.mdx : contenu invalide\n {2}- champ « titre »/,
    );
    expect(() => parseOrExplain(chapterSchema(today), { ...valid, partie: 'ailleurs' }, 'f')).toThrow(/champ « partie »/);
    expect(() => parseOrExplain(chapterSchema(today), { ...valid, public: 'tout le monde' }, 'f')).toThrow(/champ « public »/);
    expect(() => parseOrExplain(chapterSchema(today), { ...valid, objectifs: [] }, 'f')).toThrow(/champ « objectifs »/);
  });

  it('needs a session duration in whole minutes, beside the reading time', () => {
    const { duree_animation: _d, ...withoutSession } = valid;
    expect(() => parseOrExplain(chapterSchema(today), withoutSession, 'content/chapitres/x.mdx')).toThrow(/content\/chapitres\/x\.mdx : contenu invalide\n {2}- champ « duree_animation »/);
    expect(() => parseOrExplain(chapterSchema(today), { ...valid, duree_animation: 42.5 }, 'f')).toThrow(/champ « duree_animation »/);
    expect(() => parseOrExplain(chapterSchema(today), { ...valid, duree_animation: '45' }, 'f')).toThrow(/champ « duree_animation »/);
  });

  it('refuses unknown fields, so a typo cannot pass silently', () => {
    expect(() => parseOrExplain(chapterSchema(today), { ...valid, titel: 'x' }, 'content/chapitres/x.mdx')).toThrow(
      /^content\/chapitres\/x\.mdx : contenu invalide\n {2}- .*"titel"/,
    );
  });

  it('refuses a review date in the future', () => {
    expect(() => parseOrExplain(chapterSchema(today), { ...valid, revise_le: new Date('2027-01-01') }, 'f')).toThrow(
      'f : contenu invalide\n  - champ « revise_le » : la date de révision est dans le futur',
    );
  });
});

describe('sources', () => {
  it('need a URL or a precise reference, and a date', () => {
    expect(problems(sourceSchema.safeParse({ titre: 'Rapport', auteur: 'Arcep', date: '2025' }))).toEqual([
      ['url', 'une source a besoin d’une adresse (url) ou d’une référence précise (reference)'],
    ]);
    expect(problems(sourceSchema.safeParse({ titre: 'Rapport', auteur: 'Arcep', reference: 'Arcep, rapport 2025, p. 12' }))).toEqual([
      ['date', expect.stringContaining('expected string')],
    ]);
    expect(sourceSchema.parse({ titre: 'Rapport', auteur: 'Arcep', reference: 'Arcep, rapport 2025, p. 12', date: 2025 }).date).toBe('2025');
  });

  it('accept a day, a month or a year, and turn YAML dates into text', () => {
    expect(sourceSchema.parse({ titre: 'Arrêt', auteur: 'CJUE', url: 'https://curia.europa.eu/', date: new Date('2020-07-16') }).date).toBe('2020-07-16');
    expect(problems(sourceSchema.safeParse({ titre: 'Arrêt', auteur: 'CJUE', url: 'https://curia.europa.eu/', date: '2020-13' }))).toEqual([
      ['date', 'date attendue : AAAA, AAAA-MM ou AAAA-MM-JJ'],
    ]);
  });

  it('refuse an address that is not https', () => {
    expect(problems(sourceSchema.safeParse({ titre: 'Site', auteur: 'Exemple', url: 'http://exemple.org/', date: '2020' }))).toEqual([
      ['url', 'doit être une adresse https://'],
    ]);
  });
});

describe('site.yaml', () => {
  it('of the guide is valid', () => {
    expect(() => loadSite('content')).not.toThrow();
  });

  it('is read with its organisation and its parts in order', () => {
    const site = loadSite('tests/fixtures/contenu');
    expect(site.organisation.nom).toBe('Zoomacom');
    expect(Object.keys(site.parties)).toEqual(['comprendre', 'etat-des-lieux', 'passer-a-l-action', 'annexes']);
  });

  it('with a broken field stops with its file and field', () => {
    const dir = mkdtempSync(join(tmpdir(), 'site-'));
    const yaml = readFileSync('tests/fixtures/contenu/site.yaml', 'utf8').replace('url: "https://numerique-libre.example/"', 'url: "http://numerique-libre.example/"');
    writeFileSync(join(dir, 'site.yaml'), yaml);
    expect(() => loadSite(dir)).toThrow(`${dir}/site.yaml : contenu invalide\n  - champ « url » : doit être une adresse https://`);
  });

  it('missing is reported with its path', () => {
    expect(() => loadSite('/nulle-part')).toThrow(/\/nulle-part\/site\.yaml : lecture impossible/);
  });

  it('edit pattern must hold {chemin}', () => {
    const site = loadSite('tests/fixtures/contenu');
    const broken = { ...site, forge: { ...site.forge, modifier: 'https://forge.example/edit' } };
    expect(problems(siteSchema.safeParse(broken))).toEqual([['forge.modifier', 'doit contenir {chemin}']]);
  });

  it('lives where CONTENU_DIR says, content/ by default', () => {
    expect(contentDir({})).toBe('content');
    expect(contentDir({ CONTENU_DIR: 'tests/fixtures/x' })).toBe('tests/fixtures/x');
  });

  it('reads the logo that site.yaml names, and refuses a missing one or one that carries code', () => {
    const dir = mkdtempSync(join(tmpdir(), 'logo-'));
    writeFileSync(join(dir, 'logo.svg'), '<svg viewBox="0 0 8 8"><rect class="s-marque" width="8" height="8"/></svg>\n');
    writeFileSync(join(dir, 'mauvais.svg'), '<svg viewBox="0 0 8 8" onload="alert(1)"></svg>');
    expect(loadLogo({ logo: 'logo.svg' }, dir)).toBe('<svg viewBox="0 0 8 8"><rect class="s-marque" width="8" height="8"/></svg>');
    expect(() => loadLogo({ logo: 'absent.svg' }, dir)).toThrow(/site\.yaml : champ « logo » : le fichier .*absent\.svg n’existe pas/);
    expect(() => loadLogo({ logo: 'mauvais.svg' }, dir)).toThrow(/site\.yaml : champ « logo » : .*mauvais\.svg ne convient pas\n {2}- attribut interdit : gestionnaire/);
    const site = loadSite('tests/fixtures/contenu');
    expect(problems(siteSchema.safeParse({ ...site, logo: 'https://ailleurs.example/logo.svg' }))).toEqual([
      ['logo', 'un fichier .svg du dossier content/, par exemple « logo.svg »'],
    ]);
    rmSync(dir, { recursive: true });
  });

  it('keeps Astro’s cache for the guide’s content, and gives each other content folder a cache of its own', () => {
    expect(cacheDirFor({})).toBeUndefined();
    const a = cacheDirFor({ CONTENU_DIR: '/tmp/contenu-a' });
    expect(a).toMatch(/numerique-libre-cache-[0-9a-f]{12}$/);
    expect(cacheDirFor({ CONTENU_DIR: '/tmp/contenu-b' })).not.toBe(a);
    expect(cacheDirFor({ CONTENU_DIR: '/tmp/contenu-a/' })).toBe(a);
  });
});
