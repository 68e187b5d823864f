// The chapter model, read from small MDX syntax trees.
import { describe, expect, it } from 'vitest';
import {
  buildChapterModel,
  countWords,
  sessionTimingProblems,
  prefixFragment,
  prefixSvgIds,
  applyChapterModel,
  readChapterModel,
  wrapSections,
  type MdNode,
} from '../../src/lib/chapterModel.ts';
import { parseMdx } from '../support/mdx.ts';

/** The mdast tree of an MDX text, as the site's processor parses it. */
const parse = (mdx: string): MdNode => parseMdx(mdx);
const model = (mdx: string) => buildChapterModel(parse(mdx)).model;
const problems = (mdx: string) => buildChapterModel(parse(mdx)).problems;

const sample = `Une introduction avant toute section, avec un <Terme id="instance">mot</Terme>.

## Première section : le début

Un paragraphe de **quatre mots** ici, et un [lien](https://exemple.org/long/chemin/vers/rien).

### Une sous-partie

Du \`code ignoré ici\` puis <Terme id="cloud">un autre</Terme> et <Terme id="instance">encore</Terme>.

\`\`\`
tout ce bloc est ignoré
\`\`\`

<NotesFormateur duree={10}>

Gardez 3 minutes pour les questions.

</NotesFormateur>

## Seconde section

<Exercice id="calendrier" titre="Un titre qui ne compte pas" duree={15}>

1. Faire ceci.

</Exercice>

<Alternative id="nextcloud" /> et <Comparatif plateforme="whatsapp" />

<ARetenir>

- Un
- Deux
- Trois

</ARetenir>

<NotesFormateur>

Pour toute la séance.

</NotesFormateur>
`;

describe('the chapter model', () => {
  const m = model(sample);

  it('lists the h2 sections with the h3 inside them, and where each starts and ends', () => {
    expect(m.sections.map((s) => [s.slug, s.text, s.subsections.map((h) => h.slug)])).toEqual([
      ['première-section-le-début', 'Première section\u00a0: le début', ['une-sous-partie']],
      ['seconde-section', 'Seconde section', []],
    ]);
    expect(m.sections[0].position.start.line).toBe(3);
    // the first section ends with its trainer note (line 19), the second with the line just before « À retenir »
    expect(m.sections[0].position.end.line).toBe(19);
    expect(m.sections[1].position.start.line).toBe(21);
    expect(m.sections[1].position.end.line).toBe(29);
  });

  it('finds the exercise with its stable id and its section', () => {
    expect(m.exercises).toEqual([{ id: 'calendrier', anchor: 'exercice-calendrier', titre: 'Un titre qui ne compte pas', duree: 15, section: 'seconde-section' }]);
  });

  it('counts the points of the « À retenir » box', () => {
    expect(m.keyPointBoxes).toEqual([3]);
    expect(model('Rien ici.').keyPointBoxes).toEqual([]);
  });

  it('places each trainer note in its section, with the minutes of its duree attribute, never a figure of its text', () => {
    // the first note says « 3 minutes » in its text, the last one holds no duree: it is for the whole chapter
    expect(m.trainerNotes).toEqual([{ section: 'première-section-le-début', minutes: 10 }, { section: null }]);
    expect(model('## A\n\n<NotesFormateur>\n\nComptez 20 minutes.\n\n</NotesFormateur>').trainerNotes).toEqual([{ section: 'a' }]);
    expect(model('## A\n\n<NotesFormateur duree="15">x</NotesFormateur>').trainerNotes).toEqual([{ section: 'a', minutes: 15 }]);
  });

  it('gives a note to the section it sits in: anywhere after the heading, until the next h2 or « À retenir »', () => {
    const notes = model(`<NotesFormateur>Le matériel.</NotesFormateur>

## A

<NotesFormateur duree={5}>a</NotesFormateur>

### Sous-partie de A

<NotesFormateur duree={4}>a encore</NotesFormateur>

## B

<Exercice id="e" titre="T">

<NotesFormateur duree={20}>dans l’exercice</NotesFormateur>

</Exercice>

## C

<ARetenir>

- Un

</ARetenir>

<NotesFormateur>Les variantes.</NotesFormateur>
`).trainerNotes;
    expect(notes).toEqual([{ section: null }, { section: 'a', minutes: 5 }, { section: 'a', minutes: 4 }, { section: 'b', minutes: 20 }, { section: null }]);
  });

  it('lists glossary terms once each in order of first use, and the alternatives and platforms cited', () => {
    expect(m.terms).toEqual(['instance', 'cloud']);
    expect(m.alternatives).toEqual(['nextcloud']);
    expect(m.platforms).toEqual(['whatsapp']);
  });

  it('counts prose words only, without markup, link targets, code or tag attributes', () => {
    expect(model('Un paragraphe de **sept mots** en [lien](https://exemple.org/a).').words).toBe(7);
    expect(model('1. Le numéro ne compte pas').words).toBe(5);
    expect(model('<Exercice id="a" titre="Quatre mots de titre">Deux mots</Exercice>').words).toBe(2);
    expect(model('Voir `un code` et\n\n```\nbloc entier\n```\n\nfin').words).toBe(3);
    // a word cut by an inline element stays one word
    expect(model('Le mot <Terme id="x">libre</Terme>ment ici.').words).toBe(4);
  });

  it('gives headings the slugs Astro gives them, repeated titles included', () => {
    const s = model('## Pourquoi ?\n\n## Pourquoi ?\n\n## L’ESS, ici\n').sections.map((x) => x.slug);
    expect(s).toEqual(['pourquoi', 'pourquoi-1', 'less-ici']);
  });
});

describe('what stops the build', () => {
  it('an exercise without an id, or with an id that is not a plain slug', () => {
    expect(problems('<Exercice titre="Sans id">x</Exercice>')[0]).toMatch(/<Exercice titre="Sans id"> sans attribut id/);
    expect(problems('<Exercice id="Été 1" titre="T">x</Exercice>')[0]).toMatch(/<Exercice id="Été 1">/);
  });

  it('two exercises with one id, or a heading that takes an id of the page', () => {
    expect(problems('<Exercice id="a" titre="T">x</Exercice>\n\n<Exercice id="a" titre="U">y</Exercice>')).toEqual([
      '<Exercice id="a"> : l’identifiant « exercice-a » est déjà pris par <Exercice id="a">',
    ]);
    expect(problems('## 1. Nos données\n\nTexte.\n\n### 2) Le droit\n\nTexte.')).toEqual([
      'le titre « 1. Nos données » commence par un numéro : retirez-le, le sommaire numérote les sections',
      'le titre « 2) Le droit » commence par un numéro : retirez-le, le sommaire numérote les sections',
    ]);
    expect(problems('## 2025, une année charnière\n\nTexte.\n\n## Vingt minutes par semaine\n\nTexte.')).toEqual([]);
    expect(problems('## Sources\n\nTexte.')[0]).toMatch(/le titre « Sources » : l’identifiant « sources » est déjà pris par la page du chapitre/);
  });

  it('a trainer note whose duree is not a whole number of minutes, at least one', () => {
    const refused = (value: string) => problems(`## A\n\n<NotesFormateur ${value}>x</NotesFormateur>`);
    for (const value of ['duree={0}', 'duree={-5}', 'duree={7.5}', 'duree={dix}', 'duree="quinze"', 'duree={10 + 5}']) {
      expect(refused(value), value).toEqual([expect.stringMatching(/^<NotesFormateur duree=\{.*\}> : la durée se donne en minutes, par un nombre entier positif/)]);
    }
    expect(refused('duree')).toEqual(['<NotesFormateur duree> : la durée se donne en minutes, par un nombre entier positif, par exemple duree={15}']);
    expect(refused('duree={ 12 }')).toEqual([]);
  });

  it('a timed trainer note outside any section, before the first h2 or after « À retenir »', () => {
    expect(problems('<NotesFormateur duree={5}>x</NotesFormateur>\n\n## A\n\nTexte.')).toEqual([
      '<NotesFormateur duree={5}> hors de toute section : placez-la après le titre ## de la section qu’elle minute, ou retirez sa durée si elle vaut pour tout le chapitre',
    ]);
    expect(problems('## A\n\n<ARetenir>\n\n- Un\n\n</ARetenir>\n\n<NotesFormateur duree={5}>x</NotesFormateur>')[0]).toMatch(/^<NotesFormateur duree=\{5\}> hors de toute section/);
  });

  it('the compile step names the chapter file', () => {
    const run = () => applyChapterModel(parse('<Exercice titre="T">x</Exercice>'), { name: 'content/chapitres/essai.mdx', data: {} });
    expect(run).toThrow(/^content\/chapitres\/essai\.mdx : chapitre mal formé\n {2}- <Exercice titre="T"> sans attribut id/);
  });
});

describe('session timings', () => {
  const timed = model(`## Pourquoi attendre ?

<NotesFormateur duree={5}>x</NotesFormateur>

## Le calendrier

<NotesFormateur duree={15}>y</NotesFormateur>

<NotesFormateur duree={10}>z</NotesFormateur>

## Une section lue seul·e

Texte.
`);

  it('add up when the timed notes make the session duration', () => {
    expect(sessionTimingProblems(timed, 30)).toEqual([]);
  });

  it('stop the build otherwise, with both totals and the minutes of every section', () => {
    expect(sessionTimingProblems(timed, 45)).toEqual([
      'les notes d’animation minutées font 30 min en tout, mais « duree_animation » vaut 45 min ; minutes par section :\n' +
        '      « Pourquoi attendre\u202f? » : 5 min\n' +
        '      « Le calendrier » : 25 min\n' +
        '      « Une section lue seul·e » : aucune note minutée',
    ]);
    // a chapter with a session duration and no timed note at all does not add up either
    expect(sessionTimingProblems(model('## A\n\nTexte.'), 20)[0]).toMatch(/^les notes d’animation minutées font 0 min en tout, mais « duree_animation » vaut 20 min/);
  });

  it('need a session duration once a note is timed, and nothing from a page without either', () => {
    expect(sessionTimingProblems(timed, undefined)).toEqual([
      'des notes d’animation sont minutées (30 min en tout), mais l’en-tête n’a pas de « duree_animation » : donnez-y la durée de la séance',
    ]);
    expect(sessionTimingProblems(model('## A\n\n<NotesFormateur>x</NotesFormateur>'), undefined)).toEqual([]);
  });

  it('are checked by the compile step against the front matter Astro hands it, naming the file', () => {
    const run = (mdx: string, duree_animation: unknown) => () =>
      applyChapterModel(parse(mdx), { name: 'content/chapitres/essai.mdx', data: { astro: { frontmatter: { duree_animation } } } });
    expect(run('## A\n\n<NotesFormateur duree={20}>x</NotesFormateur>', 20)).not.toThrow();
    expect(run('## A\n\n<NotesFormateur duree={20}>x</NotesFormateur>', 45)).toThrow(
      /^content\/chapitres\/essai\.mdx : chapitre mal formé\n {2}- les notes d’animation minutées font 20 min en tout, mais « duree_animation » vaut 45 min ; minutes par section :\n {6}« A » : 20 min$/,
    );
    // a refused duree is reported alone, not again as a total it leaves out
    expect(run('## A\n\n<NotesFormateur duree={0}>x</NotesFormateur>', 45)).toThrow(/chapitre mal formé\n {2}- <NotesFormateur duree=\{0\}> : la durée se donne en minutes[^\n]*$/);
  });
});

describe('sections', () => {
  it('are wrapped from each h2 to the next h2 or « À retenir », the intro and the box left outside', () => {
    const tree = parse('Intro.\n\n## A\n\nTexte A.\n\n## B\n\nTexte B.\n\n<ARetenir>\n\n- Un\n\n</ARetenir>\n\nAprès.');
    const { ids } = buildChapterModel(tree);
    wrapSections(tree, ids);
    const top = tree.children!.map((n) => (n.type === 'chapterSection' ? `section(${n.children!.filter((c) => c.type !== 'text').map((c) => c.type).join(',')})` : n.type === 'mdxJsxFlowElement' ? n.name : n.type));
    expect(top).toEqual(['paragraph', 'section(heading,paragraph)', 'section(heading,paragraph)', 'ARetenir', 'paragraph']);
    expect(tree.children![1].data?.hName).toBe('section');
    expect(tree.children![1].children![0].data?.hProperties?.id).toBe('a');
  });

  it('the compile step writes the model into the front matter Astro keeps with the HTML, and the page reads it back', () => {
    const file = { name: 'essai.mdx', data: {} as Record<string, unknown> };
    applyChapterModel(parse('## Une section\n\nTexte.'), file);
    const frontmatter = (file.data.astro as { frontmatter: Record<string, unknown> }).frontmatter;
    expect(readChapterModel(frontmatter, 'essai.mdx').sections[0].slug).toBe('une-section');
    expect(() => readChapterModel({}, 'content/chapitres/x.mdx')).toThrow(/^content\/chapitres\/x\.mdx : modèle du chapitre absent/);
  });
});

describe('id prefixes', () => {
  it('change in-page links only', () => {
    expect(prefixFragment('c2-', '#sources')).toBe('#c2-sources');
    expect(prefixFragment('c2-', '/glossaire/#instance')).toBe('/glossaire/#instance');
    expect(prefixFragment('', '#sources')).toBe('#sources');
    expect(prefixFragment('c2-', '#')).toBe('#');
  });

  it('reach a diagram’s own ids and the references to them', () => {
    const svg = '<svg viewBox="0 0 1 1"><marker id="fleche"/><path marker-end="url(#fleche)"/></svg>';
    expect(prefixSvgIds('c2-', svg)).toBe('<svg viewBox="0 0 1 1"><marker id="c2-fleche"/><path marker-end="url(#c2-fleche)"/></svg>');
    expect(prefixSvgIds('', svg)).toBe(svg);
  });
});

describe('word counting', () => {
  it('counts tokens that hold a letter or a digit', () => {
    expect(countWords(' un — deux ; 3 ! ')).toBe(3);
  });
});
