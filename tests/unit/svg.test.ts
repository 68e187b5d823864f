// A diagram of content/schemas/ is injected into the page as it is: it must carry no code and load nothing from elsewhere.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { svgProblems } from '../../src/lib/svg.ts';

const CODE = /un schéma ne porte aucun code/;
const OTHER_HOST = /référence à un autre hôte/;

describe('a diagram', () => {
  it('drawn with theme classes, a marker and a local url(#…) is accepted', () => {
    expect(
      svgProblems(
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 50"><defs><marker id="m" viewBox="0 0 10 10"><path class="s-fleche" d="M0 0L10 5"/></marker></defs><path class="s-trait" fill="none" marker-end="url(#m)" d="M0 0L90 40"/><text class="s-texte" x="5" y="45">Où ? on = 1</text></svg>',
      ),
    ).toEqual([]);
  });

  it('with a script element is refused', () => {
    expect(svgProblems('<svg viewBox="0 0 10 10"><script>alert(1)</script></svg>')).toEqual([
      'élément interdit : script (un schéma ne porte aucun code)',
    ]);
    expect(svgProblems('<svg viewBox="0 0 10 10"><SCRIPT href="a.js"/></svg>')[0]).toMatch(/script/);
  });

  it('with an event attribute is refused, whatever its case or spacing', () => {
    expect(svgProblems('<svg viewBox="0 0 10 10" onload="alert(1)"></svg>')).toEqual([
      'attribut interdit : gestionnaire d’évènement on… (un schéma ne porte aucun code)',
    ]);
    expect(svgProblems('<svg viewBox="0 0 10 10"><rect class="s-fond" width="5" height="5" OnMouseOver = "x()"/></svg>')[0]).toMatch(CODE);
    expect(svgProblems('<svg viewBox="0 0 10 10"><rect class="s-fond"\nonclick="x()"/></svg>')[0]).toMatch(CODE);
  });

  it('with a foreignObject is refused', () => {
    expect(svgProblems('<svg viewBox="0 0 10 10"><foreignObject width="10" height="10"><p>HTML</p></foreignObject></svg>')).toEqual([
      'élément interdit : foreignObject (pas de HTML dans un schéma)',
    ]);
    expect(svgProblems('<svg viewBox="0 0 10 10"><foreignobject/></svg>')[0]).toMatch(/foreignObject/);
  });

  it('referring to another host in href, xlink:href, src or url(…) is refused', () => {
    const refused = [
      '<svg viewBox="0 0 10 10"><use href="https://exemple.org/s.svg#a"/></svg>',
      '<svg viewBox="0 0 10 10"><use xlink:href="http://exemple.org/s.svg#a"/></svg>',
      '<svg viewBox="0 0 10 10"><use href="//exemple.org/s.svg#a"/></svg>',
      '<svg viewBox="0 0 10 10"><feImage src=\'https://exemple.org/x.png\'/></svg>',
      '<svg viewBox="0 0 10 10"><path class="s-trait" marker-end="url(https://exemple.org/m.svg#m)" d="M0 0"/></svg>',
      '<svg viewBox="0 0 10 10"><path class="s-trait" filter="url( \'//exemple.org/f.svg#f\')" d="M0 0"/></svg>',
      '<svg viewBox="0 0 10 10"><use href="&#104;ttps&#58;//exemple.org/s.svg#a"/></svg>',
      '<svg viewBox="0 0 10 10"><use href="https&colon;&sol;&sol;exemple.org/s.svg#a"/></svg>',
    ];
    for (const svg of refused) expect(svgProblems(svg), svg).toEqual(['référence à un autre hôte (http://, https:// ou //) : un schéma ne charge rien d’ailleurs']);
  });

  it('keeps refusing any link, even to the site itself', () => {
    expect(svgProblems('<svg viewBox="0 0 10 10"><use href="#a"/></svg>')).toEqual(['aucun lien ni ressource externe']);
    expect(svgProblems('<svg viewBox="0 0 10 10"><use href="#a"/></svg>')[0]).not.toMatch(OTHER_HOST);
  });
});

describe('the diagrams of the guide', () => {
  it('all pass the rules, narrow variants (.etroit.svg) included', () => {
    const files = readdirSync('content/schemas').filter((f) => f.endsWith('.svg'));
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) expect(svgProblems(readFileSync(`content/schemas/${f}`, 'utf8')), f).toEqual([]);
  });
});
