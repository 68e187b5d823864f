import { describe, expect, it } from 'vitest';
import type { Alternative, Catalogue, Platform } from '../../src/lib/catalogue.ts';
import {
  alternativesFor,
  describeAlternative,
  describePlatform,
  filterFacts,
  findAlternative,
  findPlatform,
  FILTER_PAGES,
  groupByUsage,
  howToStart,
  inlineSummary,
  matchesFilters,
  platformsReplacedBy,
} from '../../src/lib/catalogueView.ts';
import { licenceFamily, licenceIds, spdxUrl } from '../../src/lib/spdx.ts';

const alt = (id: string, over: Partial<Alternative>): Alternative =>
  ({ id, nom: id, resume: 'Un outil.', type: 'logiciel', licence: 'MIT', site: 'https://exemple.org/', sans_installer: [], usage: 'discuter', public: ['structures'], facilite_utilisation: 2, facilite_installation: 2, auto_hebergeable: false, remplace: ['whatsapp'], ...over }) as Alternative;
const platform = (id: string, nom: string) => ({ id, nom }) as Platform;

const catalogue: Catalogue = {
  usages: [
    { id: 'fichiers', titre: 'Fichiers', description: 'Stocker des fichiers' },
    { id: 'discuter', titre: 'Discuter', description: 'Échanger des messages' },
    { id: 'cartes', titre: 'Cartes', description: 'Trouver un lieu' },
  ],
  platforms: [platform('whatsapp', 'WhatsApp'), platform('dropbox', 'Dropbox')],
  alternatives: [
    alt('signal', { nom: 'Signal', facilite_utilisation: 3, public: ['structures', 'particuliers'] }),
    alt('element', { nom: 'Élément', auto_hebergeable: true }),
    alt('delta', { nom: 'Delta Chat', facilite_utilisation: 3 }),
    alt('nextcloud', { nom: 'Nextcloud', usage: 'fichiers', auto_hebergeable: true, remplace: ['dropbox', 'whatsapp'] }),
  ],
};

describe('catalogue filters', () => {
  const facts = filterFacts(catalogue.alternatives[0]);

  it('match when every set filter matches, and ignore unset ones', () => {
    expect(matchesFilters(facts, {})).toBe(true);
    expect(matchesFilters(facts, { public: 'particuliers', facilite: 3 })).toBe(true);
    expect(matchesFilters(facts, { public: 'particuliers', facilite: 2 })).toBe(false);
    expect(matchesFilters(facts, { usage: 'fichiers' })).toBe(false);
    expect(matchesFilters(facts, { auto: true })).toBe(false);
  });

  it('have one pre-built page per value, with unique slugs', () => {
    expect(new Set(FILTER_PAGES.map((p) => p.slug)).size).toBe(FILTER_PAGES.length);
    expect(FILTER_PAGES.filter((p) => p.group === 'facilite').map((p) => p.filters.facilite)).toEqual([3, 2, 1]);
  });
});

describe('catalogue grouping', () => {
  it('groups by usage in the order of usages.yaml, sorts names the French way, and drops empty groups', () => {
    const groups = groupByUsage(catalogue);
    expect(groups.map((g) => g.usage.id)).toEqual(['fichiers', 'discuter']);
    expect(groups[1].alternatives.map((a) => a.nom)).toEqual(['Delta Chat', 'Élément', 'Signal']);
  });

  it('applies filters before grouping', () => {
    expect(groupByUsage(catalogue, { auto: true }).flatMap((g) => g.alternatives.map((a) => a.id))).toEqual(['nextcloud', 'element']);
  });

  it('lists the alternatives to a platform, easiest first', () => {
    expect(alternativesFor(catalogue, 'whatsapp').map((a) => a.id)).toEqual(['delta', 'signal', 'element', 'nextcloud']);
    expect(platformsReplacedBy(catalogue, catalogue.alternatives[3]).map((p) => p.nom)).toEqual(['Dropbox', 'WhatsApp']);
  });
});

describe('catalogue wording', () => {
  it('turns a summary into a phrase that fits in a sentence', () => {
    expect(inlineSummary('Une messagerie chiffrée.')).toBe('une messagerie chiffrée');
    expect(inlineSummary('PeerTube héberge des vidéos')).toBe('PeerTube héberge des vidéos');
    expect(inlineSummary('CalDAV relie les agendas.')).toBe('CalDAV relie les agendas');
  });

  it('says how to start: online, an app, or a server', () => {
    const base = catalogue.alternatives[0];
    expect(howToStart({ ...base, sans_installer: [{ nom: 'x', url: 'https://x.org/', verifie_le: new Date() }] })).toMatch(/^en ligne/);
    expect(howToStart({ ...base, sans_installer: [], facilite_installation: 3 })).toMatch(/application/);
    expect(howToStart({ ...base, sans_installer: [], facilite_installation: 1 })).toMatch(/serveur/);
  });

  it('links a licence expression to the SPDX page of its first licence', () => {
    expect(spdxUrl('AGPL-3.0-only')).toBe('https://spdx.org/licenses/AGPL-3.0-only.html');
    expect(spdxUrl('(MPL-2.0 OR Apache-2.0)')).toBe('https://spdx.org/licenses/MPL-2.0.html');
  });
});

describe('licence expressions', () => {
  it('split into their ids once, without operators, parentheses or exceptions', () => {
    expect(licenceIds('(MPL-2.0 OR Apache-2.0) AND GPL-2.0-or-later WITH Classpath-exception-2.0')).toEqual(['MPL-2.0', 'Apache-2.0', 'GPL-2.0-or-later']);
    expect(licenceIds('  ')).toEqual([]);
  });
});

describe('licences and sources for readers', () => {
  it('name the licence families of an expression', async () => {
    expect(licenceFamily('AGPL-3.0-or-later AND AGPL-3.0-only')).toBe('AGPL');
    expect(licenceFamily('AGPL-3.0-only OR GPL-3.0-only')).toBe('AGPL, GPL');
    expect(licenceFamily('MPL-2.0')).toBe('MPL');
    expect(licenceFamily('Apache-2.0')).toBe('Apache');
    expect(licenceFamily('CECILL-B')).toBe('CeCILL');
    expect(licenceFamily('GPL-2.0-or-later WITH Classpath-exception-2.0')).toBe('GPL');
  });

  it('sort platforms by the name readers see', async () => {
    const { platformsByName } = await import('../../src/lib/catalogueView.ts');
    expect(platformsByName({ ...catalogue, platforms: [platform('x', 'Zoom'), platform('y', 'écran'), platform('z', 'Canva')] }).map((p) => p.nom)).toEqual(['Canva', 'écran', 'Zoom']);
  });

  it('say a source without an address once, dated, ending with a full stop', async () => {
    const { referenceText, endWithStop } = await import('../../src/lib/sources.ts');
    expect(referenceText({ titre: 'T', auteur: 'A', reference: 'Insee, rapport n° 1, mars 2019', date: '2019-03' })).toBe('Insee, rapport n° 1, mars 2019.');
    expect(referenceText({ titre: 'T', auteur: 'A', reference: 'Loi sur les données.', date: '2016-04' })).toBe('Loi sur les données, avril 2016.');
    expect(endWithStop('Fin ?')).toBe('Fin ?');
  });
});

const full = (over: Partial<Alternative> = {}): Alternative =>
  ({
    id: 'nextcloud',
    nom: 'Nextcloud',
    type: 'logiciel',
    usage: 'fichiers',
    remplace: ['dropbox', 'whatsapp'],
    resume: 'Un espace de fichiers partagés.',
    description: 'Description.',
    licence: 'AGPL-3.0-or-later',
    site: 'https://nextcloud.com/fr/',
    auto_hebergeable: true,
    sans_installer: [],
    facilite_utilisation: 2,
    facilite_installation: 1,
    cout: 'Gratuit',
    public: ['particuliers', 'structures'],
    demarrer: ['a', 'b', 'c'],
    points_forts: ['x'],
    limites: ['y'],
    verifie_le: new Date('2026-11-01'),
    sources: [],
    installer: [],
    ...over,
  }) as Alternative;

describe('one description of an alternative', () => {
  const withFull = { ...catalogue, alternatives: [...catalogue.alternatives.filter((a) => a.id !== 'nextcloud'), full()] };

  it('says every fact in words, with the platforms it replaces named and linked', () => {
    const v = describeAlternative(full(), withFull);
    expect(v.type).toBe('Logiciel');
    expect(v.usage).toEqual({ id: 'fichiers', text: 'Fichiers', path: '/alternatives/usages/fichiers/' });
    expect(v.licence).toEqual({
      expression: 'AGPL-3.0-or-later',
      family: 'AGPL',
      words: 'libre, licence AGPL',
      url: 'https://spdx.org/licenses/AGPL-3.0-or-later.html',
      precision: undefined,
    });
    expect(v.licenceWords).toBe('libre, licence AGPL');
    expect(v.use).toEqual({ level: 2, words: 'demande un temps d’adaptation', scale: 'le niveau du milieu' });
    expect(v.understand).toBe(false);
    expect(v.install.words).toBe('demande une administration système');
    expect(v.howToStart).toBe('à installer sur un serveur, ou à demander à un hébergeur');
    expect(v.replaces).toEqual([
      { id: 'dropbox', text: 'Dropbox', path: '/remplacer/dropbox/' },
      { id: 'whatsapp', text: 'WhatsApp', path: '/remplacer/whatsapp/' },
    ]);
    expect(v.site.host).toBe('nextcloud.com');
    expect(v.listFacts).toBe('Prise en main\u00a0: demande un temps d’adaptation · pour commencer\u00a0: à installer sur un serveur, ou à demander à un hébergeur');
  });

  it('reads the ease on a scale whose direction is in the words, and keeps installation details apart', () => {
    expect(describeAlternative(full({ facilite_utilisation: 3 }), withFull).use.scale).toBe('le plus simple des trois niveaux');
    expect(describeAlternative(full({ facilite_utilisation: 1 }), withFull).use.scale).toBe('le plus exigeant des trois niveaux');
    const v = describeAlternative(full({ pour_qui: 'Une association qui a un serveur.', pas_pour_qui: 'Un particulier seul.', installer: ['PostgreSQL 15 ou plus.'] }), withFull);
    expect([v.forWhom, v.notForWhom, v.installNotes]).toEqual(['Une association qui a un serveur.', 'Un particulier seul.', ['PostgreSQL 15 ou plus.']]);
  });

  it('names its publics in words for readers and in the search filter’s one vocabulary, never as raw ids', () => {
    const v = describeAlternative(full(), withFull);
    expect(v.publics.words).toEqual(['les particuliers', 'les structures']);
    expect(v.publics.filterValues).toEqual(['Structures', 'Particuliers']);
  });

  it('says that a protocol has no licence, and keeps the date of an online offer only where it differs', () => {
    const offer = { nom: 'Chatons', url: 'https://chatons.org/', verifie_le: new Date('2026-10-01') };
    const same = { nom: 'Autre', url: 'https://autre.org/', verifie_le: new Date('2026-11-01') };
    const v = describeAlternative(full({ type: 'protocole', licence: undefined, norme: 'RFC 1', sans_installer: [offer, same] }), withFull);
    expect(v.licence).toBeUndefined();
    expect(v.licenceWords).toBe('protocole ouvert, sans licence');
    expect(v.understand).toBe(true);
    expect(v.listFacts).toBe('Pour comprendre · protocole ouvert, sans licence');
    expect(v.withoutInstall.map((s) => s.checkedOn)).toEqual([offer.verifie_le, undefined]);
    expect(v.howToStart).toBe('en ligne, sans rien installer');
  });

  it('stops on an unknown platform or usage id instead of printing a blank', () => {
    expect(() => describeAlternative(full({ remplace: ['myspace'] }), withFull)).toThrow(/plateforme inconnue du catalogue : « myspace »/);
    expect(() => describeAlternative(full({ usage: 'danser' }), withFull)).toThrow(/usage inconnue du catalogue : « danser »/);
  });
});

describe('look-ups by id', () => {
  it('find an entry, and name the id that does not exist', () => {
    expect(findAlternative(catalogue, 'delta').nom).toBe('Delta Chat');
    expect(findPlatform(catalogue, 'dropbox').nom).toBe('Dropbox');
    expect(() => findAlternative(catalogue, 'absente')).toThrow('alternative inconnue du catalogue : « absente »');
  });
});

describe('a platform’s page', () => {
  it('is filed under the union of its alternatives’ publics', () => {
    const platforms = [{ ...platform('whatsapp', 'WhatsApp'), usage: 'discuter', choisir: [{ situation: 'Petite équipe', alternative: 'signal' }] } as Platform, { ...platform('dropbox', 'Dropbox'), usage: 'fichiers', choisir: [] } as unknown as Platform];
    const c = { ...catalogue, platforms };
    expect(describePlatform(platforms[0], c).publicFilterValues).toEqual(['Structures', 'Particuliers']);
    expect(describePlatform(platforms[1], c).publicFilterValues).toEqual(['Structures']);
    expect(describePlatform(platforms[0], c).advice).toEqual([{ situation: 'Petite équipe', alternative: { text: 'Signal', path: '/alternatives/signal/' } }]);
  });
});
