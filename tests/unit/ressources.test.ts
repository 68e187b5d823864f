// Each validation rule of the resources directory has a fixture that breaks it; the page's grouping is checked too.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadResources, resourcesByLanguage } from '../../src/lib/ressources.ts';

const today = new Date('2026-12-02T12:00:00Z');

const resource = (extra: object = {}) => ({
  nom: 'CHATONS',
  url: 'https://www.chatons.org/',
  auteur: 'Collectif CHATONS',
  pour_qui: 'Une association qui cherche un hébergeur.',
  utile_pour: 'Chercher un hébergeur de services libres, service par service ou sur une carte.',
  langue: 'fr',
  verifie_le: '2026-12-02',
  ...extra,
});

/** Write a directory to a throw-away folder and load it. */
function load(data: unknown) {
  const dir = mkdtempSync(join(tmpdir(), 'ressources-'));
  const file = join(dir, 'ressources.yaml');
  writeFileSync(file, typeof data === 'string' ? data : stringify(data));
  return { file, run: () => loadResources(dir, today) };
}

describe('the resources directory', () => {
  it('loads a valid directory, its texts set in French typography and its dates read as days', () => {
    const themes = load([{ theme: "Mesurer l'impact", ressources: [resource()] }]).run();
    expect(themes).toHaveLength(1);
    expect(themes[0].theme).toBe('Mesurer l’impact');
    expect(themes[0].ressources[0].verifie_le.toISOString().slice(0, 10)).toBe('2026-12-02');
  });

  it('loads the guide’s own directory, with one address per resource', () => {
    const themes = loadResources('content');
    const urls = themes.flatMap((t) => t.ressources.map((r) => r.url));
    expect(urls.length).toBeGreaterThan(5);
    expect(new Set(urls).size).toBe(urls.length);
  });

  it('stops on an address that is not https, naming the file, the theme, the entry and the field', () => {
    const { file, run } = load([{ theme: 'Trouver un service libre', ressources: [resource({ url: 'http://www.chatons.org/' })] }]);
    expect(run).toThrow(`${file} : champ « Trouver un service libre › CHATONS › url » : doit être une adresse https://`);
  });

  it('stops on a check date in the future', () => {
    const { file, run } = load([{ theme: 'Trouver un service libre', ressources: [resource({ verifie_le: '2026-12-03' })] }]);
    expect(run).toThrow(`${file} : champ « Trouver un service libre › CHATONS › verifie_le » : date de vérification dans le futur`);
  });

  it('stops on the same address given twice, even written differently, naming the entry that repeats it', () => {
    const { file, run } = load([
      { theme: 'Trouver un service libre', ressources: [resource()] },
      { theme: 'Se faire accompagner', ressources: [resource({ nom: 'Encore CHATONS', url: 'https://WWW.chatons.org/' })] },
    ]);
    expect(run).toThrow(`${file} : champ « Se faire accompagner › Encore CHATONS › url » : adresse déjà donnée par « CHATONS »`);
  });

  it('stops on a language other than fr or en, a missing field and an unknown field, listing every problem in one message', () => {
    const { nom: _nom, ...nameless } = resource();
    const { file, run } = load([
      {
        theme: 'Trouver un service libre',
        ressources: [resource({ langue: 'de' }), { ...nameless, url: 'https://entraide.chatons.org/' }, resource({ url: 'https://framalibre.org/', prix: 0 })],
      },
    ]);
    let message = '';
    try {
      run();
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain(`${file} : champ « Trouver un service libre › CHATONS › langue »`);
    // an entry without a name is named by its rank in its theme
    expect(message).toContain(`${file} : champ « Trouver un service libre › ressource n° 2 › nom »`);
    expect(message).toMatch(/champ « Trouver un service libre › CHATONS » : .*prix/);
    expect(message.split('\n').filter((line) => line.startsWith('  - '))).toHaveLength(3);
  });

  it('stops on a theme without resources, and on a theme given twice', () => {
    const { file, run } = load([
      { theme: 'Trouver un service libre', ressources: [resource()] },
      { theme: 'Trouver un service libre', ressources: [resource({ url: 'https://framalibre.org/' })] },
      { theme: 'Se faire accompagner', ressources: [] },
    ]);
    expect(run).toThrow(`${file} : champ « Trouver un service libre › theme » : thème en double « Trouver un service libre »`);
    expect(run).toThrow(`${file} : champ « Se faire accompagner › ressources » : un thème a au moins une ressource`);
  });

  it('stops on a file that is not a list of themes, or cannot be read, naming the file', () => {
    expect(load({ theme: 'Seul' }).run).toThrow(/ressources\.yaml : champ « \(racine\) » : une liste de thèmes est attendue/);
    expect(load('- theme: "ouvert\n').run).toThrow(/ressources\.yaml : champ « \(fichier\) » : lecture impossible/);
  });
});

describe('the resources page', () => {
  it('shows the French resources by theme, each theme with its own anchor, then the English ones in the order of their themes', () => {
    const themes = load([
      { theme: 'Trouver un service libre', ressources: [resource({ nom: 'PRISM Break', url: 'https://prism-break.org/', langue: 'en' }), resource()] },
      { theme: "Mesurer l'impact", ressources: [resource({ nom: 'Arcep', url: 'https://www.arcep.fr/' }), resource({ nom: 'Green', url: 'https://green.example.org/', langue: 'en' })] },
      { theme: 'Lire en anglais', ressources: [resource({ nom: 'switching.software', url: 'https://switching.software/', langue: 'en' })] },
    ]).run();
    const { french, english } = resourcesByLanguage(themes);
    expect(french.map((s) => [s.id, s.ressources.map((r) => r.nom)])).toEqual([
      ['trouver-un-service-libre', ['CHATONS']],
      ['mesurer-limpact', ['Arcep']],
    ]);
    expect(english.map((r) => r.nom)).toEqual(['PRISM Break', 'Green', 'switching.software']);
  });

  it('has no English part when every resource is in French', () => {
    const themes = load([{ theme: 'Trouver un service libre', ressources: [resource()] }]).run();
    expect(resourcesByLanguage(themes).english).toEqual([]);
  });
});
