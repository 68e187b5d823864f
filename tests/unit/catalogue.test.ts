// Each validation rule of the catalogue has a fixture that breaks it.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/lib/catalogue.ts';
import { licenceProblems } from '../../src/lib/spdx.ts';

const today = new Date('2026-11-26T12:00:00Z');
const source = { titre: 'Site officiel', auteur: 'Projet', url: 'https://exemple.org/', date: '2026-11' };

const platform = (id: string, extra: object = {}) => ({
  id,
  nom: 'WhatsApp',
  entreprise: 'Meta',
  usage: 'discuter',
  usages_association: 'Le groupe des bénévoles de la banque alimentaire, pour les plannings.',
  ce_que_ca_coute: 'Un compte lié au numéro de téléphone, des métadonnées collectées par Meta.',
  choisir: [{ situation: 'Pour une petite équipe', alternative: 'signal' }],
  verifie_le: '2026-11-26',
  sources: [source],
  ...extra,
});

const alternative = (id: string, extra: object = {}) => ({
  id,
  nom: 'Signal',
  type: 'logiciel',
  usage: 'discuter',
  remplace: ['whatsapp'],
  resume: 'Une messagerie chiffrée de bout en bout, simple à utiliser.',
  description: 'Une messagerie pour téléphone et ordinateur, chiffrée de bout en bout, gérée par une fondation sans but lucratif.',
  licence: 'AGPL-3.0-only',
  site: 'https://signal.org/',
  auto_hebergeable: false,
  sans_installer: [],
  facilite_utilisation: 3,
  facilite_installation: 3,
  cout: 'Gratuit',
  public: ['structures', 'particuliers'],
  demarrer: ['Installer l’application.', 'Créer le compte avec son numéro.', 'Créer un groupe pour l’équipe.'],
  points_forts: ['Chiffré de bout en bout'],
  limites: ['Service centralisé'],
  pour_qui: 'Une équipe de bénévoles qui discute sur téléphone.',
  pas_pour_qui: 'Une structure qui veut héberger elle-même sa messagerie.',
  verifie_le: '2026-11-26',
  sources: [source],
  ...extra,
});

/** Write a catalogue to a throw-away folder and load it. */
function load(files: { platforms?: object[]; alternatives?: object[]; names?: Record<string, string> }) {
  const dir = mkdtempSync(join(tmpdir(), 'catalogue-'));
  mkdirSync(join(dir, 'plateformes'));
  mkdirSync(join(dir, 'alternatives'));
  writeFileSync(join(dir, 'usages.yaml'), stringify([{ id: 'discuter', titre: 'Discuter', description: 'Échanger des messages en équipe ou en groupe.' }]));
  for (const p of files.platforms ?? [platform('whatsapp')]) writeFileSync(join(dir, 'plateformes', `${(p as { id: string }).id}.yaml`), stringify(p));
  (files.alternatives ?? [alternative('signal')]).forEach((a, i) => {
    const name = files.names?.[String(i)] ?? `${(a as { id: string }).id}.yaml`;
    writeFileSync(join(dir, 'alternatives', name), stringify(a));
  });
  return { dir, run: () => loadCatalogue(dir, today) };
}

describe('the catalogue', () => {
  it('loads a valid catalogue', () => {
    const catalogue = load({}).run();
    expect(catalogue.alternatives.map((a) => a.id)).toEqual(['signal']);
    expect(catalogue.platforms[0].choisir[0].alternative).toBe('signal');
  });

  it('stops on an unknown platform id, naming the file and the field', () => {
    const { dir, run } = load({ alternatives: [alternative('signal', { remplace: ['whatsap', 'whatsapp'] })] });
    expect(run).toThrow(`${dir}/alternatives/signal.yaml : champ « remplace.0 » : plateforme inconnue « whatsap »`);
  });

  it('stops on a duplicate id', () => {
    const { run } = load({ alternatives: [alternative('signal'), alternative('signal')], names: { '1': 'signal-bis.yaml' } });
    expect(run).toThrow(/alternatives\/signal(-bis)?\.yaml : champ « id » : identifiant en double « signal »/);
  });

  it('stops on a licence that is not in the SPDX list', () => {
    const { run } = load({ alternatives: [alternative('signal', { licence: 'AGPL-3' })] });
    expect(run).toThrow(/signal\.yaml : champ « licence » : « AGPL-3 » n’est pas un identifiant de la liste SPDX/);
  });

  it('refuses a licence that is not free, so a proprietary tool cannot be listed', () => {
    const { run } = load({ alternatives: [alternative('signal', { licence: 'SSPL-1.0' })] });
    expect(run).toThrow(/« SSPL-1\.0 » n’est pas une licence libre reconnue/);
  });

  it('stops on an address that is not https', () => {
    const { run } = load({ alternatives: [alternative('signal', { site: 'http://signal.org/' })] });
    expect(run).toThrow(/signal\.yaml : champ « site » : doit être une adresse https/);
  });

  it('stops on a date in the future', () => {
    const { run } = load({ alternatives: [alternative('signal', { verifie_le: '2027-01-01' })] });
    expect(run).toThrow(/signal\.yaml : champ « verifie_le » : date dans le futur/);
    const sources = load({ alternatives: [alternative('signal', { sources: [{ ...source, date: '2026-12' }] })] });
    expect(sources.run).toThrow(/champ « sources\.0\.date » : date dans le futur/);
  });

  it('stops on a platform that no alternative replaces', () => {
    const { run } = load({ platforms: [platform('whatsapp'), platform('slack', { choisir: [{ situation: 'Pour une équipe', alternative: 'signal' }] })] });
    expect(run).toThrow(/plateformes\/slack\.yaml : champ « id » : aucune alternative ne remplace « slack »/);
  });

  it('asks every alternative whom it suits and whom it does not, naming the missing field', () => {
    const { pour_qui: _pour, ...withoutFor } = alternative('signal');
    expect(load({ alternatives: [withoutFor] }).run).toThrow(/signal\.yaml : champ « pour_qui » : champ obligatoire : dites en une phrase à qui l’outil convient/);
    const { pas_pour_qui: _pas, ...withoutNotFor } = alternative('signal');
    expect(load({ alternatives: [withoutNotFor] }).run).toThrow(/signal\.yaml : champ « pas_pour_qui » : champ obligatoire/);
  });

  it('keeps installation details apart, and refuses the CHATONS search before a named service', () => {
    const catalogue = load({ alternatives: [alternative('signal', { installer: ['Un serveur avec 2 Go de mémoire.'] })] }).run();
    // set in French typography, as every text of the catalogue (a no-break space before the unit)
    expect(catalogue.alternatives[0].installer).toEqual(['Un serveur avec 2\u00a0Go de mémoire.']);
    const chatons = { nom: 'Chercher parmi les CHATONS', url: 'https://www.chatons.org/search/by-service', verifie_le: '2026-11-26' };
    const named = { nom: 'framadate.org', url: 'https://framadate.org/', precision: 'sans compte', verifie_le: '2026-11-26' };
    expect(load({ alternatives: [alternative('signal', { sans_installer: [named, chatons] })] }).run()).toBeDefined();
    expect(load({ alternatives: [alternative('signal', { sans_installer: [chatons, named] })] }).run).toThrow(
      /signal\.yaml : champ « sans_installer\.0 » : le premier lien sans installation doit être un service nommé/,
    );
  });

  it('accepts a platform with no free equivalent when it says why and what to do, and refuses silence', () => {
    const none = { explication: 'Aucun logiciel libre ne touche le même public professionnel que ce réseau.', que_faire: ['Publier d’abord sur votre site.'] };
    const catalogue = load({ platforms: [platform('whatsapp'), platform('linkedin', { choisir: [], sans_equivalent: none })] }).run();
    expect(catalogue.platforms.find((p) => p.id === 'linkedin')?.sans_equivalent?.que_faire).toEqual(['Publier d’abord sur votre site.']);
    expect(load({ platforms: [platform('whatsapp'), platform('linkedin', { choisir: [] })] }).run).toThrow(
      /linkedin\.yaml : champ « choisir » : indiquez au moins une alternative à choisir, ou dites dans « sans_equivalent »/,
    );
    expect(load({ platforms: [platform('whatsapp'), platform('linkedin', { choisir: [], sans_equivalent: { explication: 'Trop court.', que_faire: [] } })] }).run).toThrow(
      /linkedin\.yaml : champ « sans_equivalent\.(explication|que_faire) »/,
    );
  });

  it('stops on an alternative that replaces nothing', () => {
    const { run } = load({ alternatives: [alternative('signal', { remplace: [] })] });
    expect(run).toThrow(/signal\.yaml : champ « remplace » : une alternative remplace au moins une plateforme/);
  });

  it('asks a service for its software and operator, and a protocol for its standard instead of a licence', () => {
    expect(load({ alternatives: [alternative('signal', { type: 'service' })] }).run).toThrow(/champ « logiciel » : un service nomme le logiciel/);
    expect(load({ alternatives: [alternative('signal', { type: 'protocole' })] }).run).toThrow(/champ « norme » : un protocole nomme sa norme/);
    expect(load({ alternatives: [alternative('signal', { type: 'protocole', norme: 'RFC 6120' })] }).run).toThrow(/champ « licence » : un protocole n’a pas de licence/);
  });

  it('stops on advice pointing at an unknown alternative, or at one that does not replace the platform', () => {
    const { run } = load({
      platforms: [platform('whatsapp'), platform('slack', { choisir: [{ situation: 'Pour une équipe', alternative: 'signal' }] })],
      alternatives: [alternative('signal'), alternative('zulip', { remplace: ['slack'] })],
    });
    expect(run).toThrow(/slack\.yaml : champ « choisir\.0\.alternative » : « signal » ne remplace pas « slack »/);
    const wrong = load({ platforms: [platform('whatsapp', { choisir: [{ situation: 'Pour une équipe', alternative: 'inconnue' }] })] });
    expect(wrong.run).toThrow(/champ « choisir\.0\.alternative » : alternative inconnue « inconnue »/);
  });

  it('wants the id to be the file name, and the usage to exist', () => {
    expect(load({ alternatives: [alternative('signal')], names: { '0': 'autre.yaml' } }).run).toThrow(/autre\.yaml : champ « id » : l’identifiant « signal » doit être le nom du fichier/);
    expect(load({ alternatives: [alternative('signal', { usage: 'danser' })] }).run).toThrow(/champ « usage » : usage inconnu « danser »/);
  });

  it('lists every problem of every file in one message', () => {
    const { run } = load({ alternatives: [alternative('signal', { site: 'http://x.org/', licence: 'Nope' })] });
    expect(run).toThrow(/champ « site »[\s\S]*champ « licence »/);
  });
});

describe('SPDX licences', () => {
  it('accept free licences and expressions', () => {
    expect(licenceProblems('AGPL-3.0-only')).toEqual([]);
    expect(licenceProblems('GPL-2.0-or-later AND MIT')).toEqual([]);
    expect(licenceProblems('(MPL-2.0 OR Apache-2.0)')).toEqual([]);
    expect(licenceProblems('GPL-2.0-or-later WITH Classpath-exception-2.0')).toEqual([]);
    expect(licenceProblems('ODbL-1.0')).toEqual([]);
  });

  it('refuse unknown ids and licences that are not free', () => {
    expect(licenceProblems('GPLv3')).toHaveLength(1);
    expect(licenceProblems('BUSL-1.1')[0]).toMatch(/pas une licence libre/);
    expect(licenceProblems('')).toEqual(['licence vide']);
  });
});
