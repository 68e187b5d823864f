// What a version leaves out: drafts recognised by their front matter, hidden alternatives gone from the platforms'
// choices, links to hidden pages turned into their words; and the legal notice's fields still waiting for a value.
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/lib/catalogue.ts';
import { isDraft, isHiddenAddress, unlinkHidden, withoutHidden, type UnlinkNode } from '../../src/lib/masquer.ts';
import { legalPlaceholders } from '../../src/lib/origine.ts';
import { showDrafts } from '../../src/lib/masquer.ts';

describe('hiding', () => {
  it('knows a draft by its front matter only', () => {
    expect(isDraft('---\ntitre: "x"\nbrouillon: true\n---\n\nTexte.')).toBe(true);
    expect(isDraft('---\ntitre: "x"\nbrouillon: false\n---\n')).toBe(false);
    // the words in the body are no mark
    expect(isDraft('---\ntitre: "x"\n---\n\nbrouillon: true\n')).toBe(false);
    expect(showDrafts({ NODE_ENV: 'development' })).toBe(true);
    expect(showDrafts({ NODE_ENV: 'production' })).toBe(false);
  });

  it('takes a hidden alternative out of the catalogue and out of the choices of the platforms it replaced', () => {
    const catalogue = loadCatalogue('content');
    const hidden = withoutHidden(catalogue, { alternatives: ['cryptpad'], plateformes: [] });
    expect(hidden.alternatives.map((a) => a.id)).not.toContain('cryptpad');
    expect(hidden.alternatives.length).toBe(catalogue.alternatives.length - 1);
    const choosing = catalogue.platforms.filter((p) => p.choisir.some((c) => c.alternative === 'cryptpad'));
    expect(choosing.length).toBeGreaterThan(0);
    for (const p of hidden.platforms) expect(p.choisir.map((c) => c.alternative)).not.toContain('cryptpad');
    expect(withoutHidden(catalogue, { alternatives: [], plateformes: [] })).toBe(catalogue);
  });

  it('takes a hidden platform out of the catalogue and out of what the alternatives replace', () => {
    const catalogue = loadCatalogue('content');
    const hidden = withoutHidden(catalogue, { alternatives: [], plateformes: ['google-photos'] });
    expect(hidden.platforms.map((p) => p.id)).not.toContain('google-photos');
    expect(catalogue.alternatives.filter((a) => a.remplace.includes('google-photos')).length).toBeGreaterThan(0);
    for (const a of hidden.alternatives) expect(a.remplace).not.toContain('google-photos');
    expect(hidden.alternatives.length).toBe(catalogue.alternatives.length);
  });

  it('turns a link to a hidden page into its words, and a hidden <Alternative> into its name', () => {
    const text = (value: string): UnlinkNode => ({ type: 'text', value });
    const tree: UnlinkNode = {
      type: 'root',
      children: [
        {
          type: 'paragraph',
          children: [
            text('Voir '),
            { type: 'link', url: '/guide/cache/#une-section', children: [text('ce chapitre')], position: { start: { line: 7 } } },
            text(' et '),
            { type: 'link', url: '/guide/visible/', children: [text('celui-ci')] },
            text(', avec '),
            { type: 'mdxJsxTextElement', name: 'Alternative', attributes: [{ type: 'mdxJsxAttribute', name: 'id', value: 'cryptpad' }], position: { start: { line: 9 } } },
          ],
        },
        { type: 'mdxJsxFlowElement', name: 'Comparatif', attributes: [{ type: 'mdxJsxAttribute', name: 'plateforme', value: 'doodle' }], position: { start: { line: 11 } } },
        { type: 'mdxJsxFlowElement', name: 'Comparatif', attributes: [{ type: 'mdxJsxAttribute', name: 'plateforme', value: 'whatsapp' }] },
      ],
    };
    const found = unlinkHidden(tree, { paths: new Set(['/guide/cache/']), alternatives: new Map([['cryptpad', 'CryptPad']]), platforms: new Set(['doodle']) });
    expect(found).toEqual([
      'ligne 7 : lien « /guide/cache/#une-section » vers une page masquée, laissé en texte',
      'ligne 9 : <Alternative id="cryptpad" /> masquée, laissée en texte (« CryptPad »)',
      'ligne 11 : <Comparatif plateforme="doodle" /> d’une plateforme masquée, retiré',
    ]);
    expect(tree.children!.map((n) => n.name ?? n.type)).toEqual(['paragraph', 'Comparatif']);
    const paragraph = tree.children![0].children!;
    expect(paragraph.map((n) => n.type)).toEqual(['text', 'text', 'text', 'link', 'text', 'text']);
    expect(paragraph.map((n) => n.value ?? n.url).join('')).toBe('Voir ce chapitre et /guide/visible/, avec CryptPad');
  });

  it('knows every page of a hidden chapter or alternative, and no other', () => {
    const hidden = { chapitres: ['quand'], alternatives: ['cryptpad'], plateformes: ['doodle'] };
    for (const url of ['/guide/quand/', '/projection/quand/', '/fiche/quand/', '/formation/deroule/quand/', '/alternatives/cryptpad/', '/remplacer/doodle/'])
      expect(isHiddenAddress(url, hidden), url).toBe(true);
    for (const url of ['/guide/pourquoi/', '/guide/quand/autre/', '/alternatives/usages/quand/', '/quand/', '/remplacer/cryptpad/'])
      expect(isHiddenAddress(url, hidden), url).toBe(false);
  });

  it('names the fields of the legal notice still « À compléter »', () => {
    expect(
      legalPlaceholders({
        editeur: { nom: 'Une association', adresse: 'À compléter : adresse', responsable_publication: 'Camille' },
        hebergeur: { nom: ' À compléter', adresse: '1 rue X', telephone: '01 02 03 04 05' },
      }),
    ).toEqual(['mentions_legales.editeur.adresse', 'mentions_legales.hebergeur.nom']);
  });
});
