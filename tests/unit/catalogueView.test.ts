import { describe, expect, it } from 'vitest';
import type { Alternative, Catalogue, Platform } from '../../src/lib/catalogue.ts';
import {
  alternativesFor,
  filterFacts,
  FILTER_PAGES,
  groupByUsage,
  howToStart,
  inlineSummary,
  matchesFilters,
  platformsReplacedBy,
  spdxUrl,
} from '../../src/lib/catalogueView.ts';

const alt = (id: string, over: Partial<Alternative>): Alternative =>
  ({ id, nom: id, usage: 'discuter', public: ['structures'], facilite_utilisation: 2, auto_hebergeable: false, remplace: ['whatsapp'], ...over }) as Alternative;
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

describe('licences and sources for readers', () => {
  it('name the licence families of an expression', async () => {
    const { licenceFamily } = await import('../../src/lib/catalogueView.ts');
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
