// The reader-facing texts of content/textes.yaml: links, placeholders, typography, and the errors a forker sees.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { fill, linkedChapter, linkedPlatforms, loadTexts, parseText, plain, textProblems } from '../../src/lib/textes.ts';

const NBSP = '\u00a0';
const NNBSP = '\u202f';

describe('a text with links and placeholders', () => {
  it('is cut into words, links and placeholders, the words set in French typography', () => {
    expect(parseText('chercher dans le [catalogue](/alternatives/) ; voir {plateforme} : fin')).toEqual([
      { text: 'chercher dans le ' },
      { text: 'catalogue', path: '/alternatives/' },
      { text: `${NNBSP}; voir ` },
      { slot: 'plateforme' },
      { text: `${NBSP}: fin` },
    ]);
  });

  it('has its placeholders filled with words, links or numbers kept to the next word', () => {
    const pieces = parseText('{nombre} outils pour {plateforme}, voir {chapitre}.');
    expect(fill(pieces, { nombre: 12, plateforme: 'WhatsApp', chapitre: { text: 'Quand ?', path: '/guide/quand/' } })).toEqual([
      { text: '12' },
      { text: `${NBSP}outils pour `, path: undefined },
      { text: 'WhatsApp' },
      { text: ', voir ', path: undefined },
      { text: 'Quand ?', path: '/guide/quand/' },
      { text: '.', path: undefined },
    ]);
    expect(plain(parseText('Remplacer {plateforme}'), { plateforme: 'Zoom' })).toBe('Remplacer Zoom');
    expect(() => fill(parseText('{plateforme}'))).toThrow(/rien pour remplir « \{plateforme\} »/);
  });

  it('refuses a placeholder the text does not accept, a link outside the guide, and a stray bracket', () => {
    expect(textProblems('Remplacer {platforme}', ['plateforme'])).toEqual(['« {platforme} » inconnu ici : ce texte accepte {plateforme}']);
    expect(textProblems('Voir {nom}', [])).toEqual(['« {nom} » inconnu ici : ce texte n’accepte rien entre accolades']);
    expect(textProblems('[le site](https://exemple.org/)', [])[0]).toMatch(/doit être une adresse du guide commençant par \//);
    expect(textProblems('le [catalogue(/alternatives/)', [])[0]).toMatch(/crochet ou accolade isolé/);
    expect(textProblems('le [catalogue](/alternatives/) et {plateforme}', ['plateforme'])).toEqual([]);
  });
});

describe('content/textes.yaml', () => {
  it('loads, with every text of the guide set in French typography', () => {
    const texts = loadTexts('content');
    expect(plain(texts.pied_de_page)).toMatch(new RegExp(`aucun cookie${NBSP}: rien`));
    expect(texts.remplacer.changer.chapitre).toBe('quand');
  });

  it('names the file and the field of a wrong placeholder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'textes-'));
    const data = parse(readFileSync('content/textes.yaml', 'utf8'));
    data.remplacer.accroche = 'Un service de {societe}.';
    writeFileSync(join(dir, 'textes.yaml'), stringify(data));
    expect(() => loadTexts(dir)).toThrow(new RegExp(`${dir}/textes\\.yaml : contenu invalide\\n {2}- champ « remplacer\\.accroche » : « \\{societe\\} » inconnu ici`));
  });

  it('names the file and the field of an unknown chapter', () => {
    expect(linkedChapter([{ id: 'quand' }], 'quand', 'f', 'x').id).toBe('quand');
    expect(() => linkedChapter([{ id: 'quand' }], 'calendrier', 'content/textes.yaml', 'remplacer.changer.chapitre')).toThrow(
      'content/textes.yaml : champ « remplacer.changer.chapitre » : chapitre inconnu « calendrier »',
    );
  });

  it('keeps the home page’s platforms in their order, and names the field of an unknown one', () => {
    const platforms = [{ id: 'gmail' }, { id: 'whatsapp' }];
    expect(linkedPlatforms(platforms, ['whatsapp', 'gmail'], 'f', 'x').map((p) => p.id)).toEqual(['whatsapp', 'gmail']);
    expect(() => linkedPlatforms(platforms, ['whatsapp', 'myspace'], 'content/textes.yaml', 'accueil.catalogue.plateformes')).toThrow(
      'content/textes.yaml : champ « accueil.catalogue.plateformes.1 » : plateforme inconnue « myspace »',
    );
  });
});
