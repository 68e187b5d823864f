// Session plans (content/formations/*.yaml): each rule of their validation has a plan that breaks it, and the
// plans of the guide itself pass against its chapters.
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { formatElapsed, loadSessionPlans, timedSteps, type SessionStep } from '../../src/lib/formations.ts';

const CHAPTERS = ['pourquoi', 'quand'];

const step = (titre: string, duree: number, extra: object = {}) => ({
  titre,
  duree,
  deroule: 'Ce qui se passe pendant l’étape, pour la personne qui anime.',
  ...extra,
});

const plan = (extra: object = {}) => ({
  titre: 'Une séance d’essai',
  public: 'Les bénévoles d’un club de sport',
  duree: 60,
  objectifs: ['Essayer un plan de séance'],
  salle: { lieu: 'La salle de réunion du club', videoprojecteur: true, wifi: false, ordinateurs: 0, materiel: ['des feutres'] },
  etapes: [step('Accueil', 15), step('Pourquoi un numérique libre', 45, { chapitre: 'pourquoi' })],
  ...extra,
});

/** Write plans (file name → content) to a throw-away content folder and load them. */
function load(files: Record<string, object | string>) {
  const dir = mkdtempSync(join(tmpdir(), 'formations-'));
  mkdirSync(join(dir, 'formations'));
  for (const [name, data] of Object.entries(files)) writeFileSync(join(dir, 'formations', name), typeof data === 'string' ? data : stringify(data));
  return { file: (name: string) => join(dir, 'formations', name), run: () => loadSessionPlans(dir, CHAPTERS) };
}

/** The error a load throws, as text. */
function errorOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('le chargement n’a rien refusé');
}

describe('session plans', () => {
  it('load with their file name as id, their texts set in French typography', () => {
    const [loaded] = load({ 'essai.yaml': plan() }).run();
    expect(loaded.id).toBe('essai');
    expect(loaded.etapes.map((s) => s.chapitre)).toEqual([undefined, 'pourquoi']);
    expect(loaded.titre).toBe('Une séance d’essai');
    expect(load({ 'essai.yaml': plan({ titre: 'Pourquoi ? Parce que' }) }).run()[0].titre).toBe('Pourquoi\u202f? Parce que');
  });

  it('are none when the content has no formations folder', () => {
    expect(loadSessionPlans(mkdtempSync(join(tmpdir(), 'sans-formations-')), CHAPTERS)).toEqual([]);
  });

  it('stop on a step naming an unknown chapter, naming the file and the field', () => {
    const { file, run } = load({ 'essai.yaml': plan({ etapes: [step('Accueil', 15), step('Un chapitre', 45, { chapitre: 'pourquoii' })] }) });
    expect(run).toThrow(`${file('essai.yaml')} : champ « etapes.1.chapitre » : chapitre inconnu « pourquoii »`);
  });

  it('stop when the steps do not add up to the total, saying both and each step’s minutes', () => {
    const { file, run } = load({ 'essai.yaml': plan({ duree: 70 }) });
    expect(run).toThrow(`${file('essai.yaml')} : champ « duree » : les étapes durent 60 min en tout (15 + 45), la séance 70 min`);
  });

  it('stop on missing fields, naming each one', () => {
    const { salle, ...withoutRoom } = plan();
    const message = errorOf(load({ 'essai.yaml': { ...withoutRoom, salle: { ...salle, wifi: undefined }, titre: undefined } }).run);
    expect(message).toMatch(/champ « titre » /);
    expect(message).toMatch(/champ « salle\.wifi » /);
  });

  it('stop on a step without its minutes or with minutes that are not a whole positive number', () => {
    const message = errorOf(load({ 'essai.yaml': plan({ etapes: [{ titre: 'Accueil', deroule: 'On se présente à tour de rôle, en une phrase.' }, step('Suite', 0)] }) }).run);
    expect(message).toMatch(/champ « etapes\.0\.duree » /);
    expect(message).toMatch(/champ « etapes\.1\.duree » : un nombre entier de minutes/);
  });

  it('stop on an unknown field, so that a misspelt one is never silently ignored', () => {
    expect(errorOf(load({ 'essai.yaml': plan({ duree_totale: 60 }) }).run)).toMatch(/champ « \(racine\) » .*duree_totale/);
  });

  it('list every problem of every file in one message', () => {
    const { file, run } = load({
      'a.yaml': plan({ duree: 50 }),
      'b.yaml': plan({ etapes: [step('Accueil', 15, { chapitre: 'ailleurs' }), step('Suite', 45)] }),
      'Mauvais nom.yaml': plan(),
      'illisible.yaml': 'titre: "pas fermé',
    });
    const message = errorOf(run);
    expect(message).toMatch(/^Plans de séance invalides :/);
    expect(message).toContain(`${file('a.yaml')} : champ « duree »`);
    expect(message).toContain(`${file('b.yaml')} : champ « etapes.0.chapitre »`);
    expect(message).toContain(`${file('Mauvais nom.yaml')} : champ « (nom du fichier) »`);
    expect(message).toContain(`${file('illisible.yaml')} : champ « (fichier) » : lecture impossible`);
    // an unreadable file says so once, not once more for every field it lacks
    expect(message.split('\n').filter((l) => l.includes('illisible.yaml'))).toHaveLength(1);
  });
});

describe('the steps of a session', () => {
  const steps = [step('Accueil', 20), step('Premier chapitre', 35), step('Pause', 15)] as SessionStep[];

  it('start where the previous one ends, from minute 0', () => {
    expect(timedSteps(steps).map((s) => [s.titre, s.debut])).toEqual([
      ['Accueil', 0],
      ['Premier chapitre', 20],
      ['Pause', 55],
    ]);
  });

  it('are timed as a watch reads it', () => {
    expect(formatElapsed(0)).toBe('0\u00a0h\u00a000');
    expect(formatElapsed(55)).toBe('0\u00a0h\u00a055');
    expect(formatElapsed(200)).toBe('3\u00a0h\u00a020');
    expect(() => formatElapsed(-5)).toThrow(RangeError);
  });
});

describe('the guide’s own session plans', () => {
  it('pass against its chapters', () => {
    const chapters = readdirSync('content/chapitres').map((f) => f.replace(/\.mdx$/, ''));
    expect(loadSessionPlans('content', chapters).length).toBeGreaterThan(0);
  });
});
