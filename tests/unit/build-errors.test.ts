// Broken content stops the build with a message naming the file and the field; built on the small fixture content.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, it } from 'vitest';
import { FIXTURE, buildFixture as buildOnce } from '../support/buildFixture.ts';

const built: string[] = [];
/** Build the fixture, and forget the copy once the tests are done. */
async function buildFixture(...args: Parameters<typeof buildOnce>) {
  const result = await buildOnce(...args);
  built.push(result.dir);
  return result;
}
afterAll(() => built.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const second = readFileSync(join(FIXTURE, 'chapitres/second.mdx'), 'utf8');
const SESSION = Number(/^duree_animation: (\d+)$/m.exec(second)?.[1]);

/** A section whose trainer note takes the second chapter's whole session, so that a body of our own fails for its own fault only. */
const TIMED_SECTION = `## Une séance\n\n<NotesFormateur duree={${SESSION}}>\n\nToute la séance.\n\n</NotesFormateur>`;

/** The fixture's second chapter with a body of our own (and its front matter changed by `edit`). */
function chapter(body: string, edit: (front: string) => string = (f) => f, timed = TIMED_SECTION): string {
  const [, front] = second.split('---\n');
  return `---\n${edit(front)}---\n\n${body}\n\n${timed}\n`;
}

const BUILD = 120_000;

// each build has a project of its own (see buildFixture): they run side by side, as many as the machine has cores
describe.concurrent('the build', () => {
  it('stops on a chapter without a title, naming the file and the field', async ({ expect }) => {
    const { status, output } = await buildFixture({
      'chapitres/sans-titre.mdx': chapter('Un paragraphe.', (f) => f.replace(/^titre: .*\n/m, '').replace('ordre: 1', 'ordre: 2')),
    });
    expect(status).not.toBe(0);
    expect(output).toContain('sans-titre.mdx');
    // the field line, as Astro words it (« titre: Required »), not the file name that also holds « titre »
    expect(output).toMatch(/^\s+\W*titre\W*: \W*titre: Required$/m);
  }, BUILD);

  it('stops on two chapters with the same order in one part, naming both files', async ({ expect }) => {
    const { status, output } = await buildFixture({ 'chapitres/double.mdx': chapter('Un paragraphe.', (f) => f.replace('Second chapitre', 'Double')) });
    expect(status).not.toBe(0);
    expect(output).toMatch(/(double|second)\.mdx et .*(double|second)\.mdx : même « ordre » \(1\)/);
  }, BUILD);

  it('stops on a chapter that marks an unknown glossary term, naming the chapter and the id', async ({ expect }) => {
    const { status, output } = await buildFixture({ 'chapitres/second.mdx': chapter('Des <Terme id="inexistant">mots</Terme>.') });
    expect(status).not.toBe(0);
    expect(output).toMatch(/second\.mdx : référence inconnue/);
    expect(output).toContain('<Terme id="inexistant">');
  }, BUILD);

  it('stops on a chapter that cites an unknown alternative, naming the chapter', async ({ expect }) => {
    const { status, output } = await buildFixture({ 'chapitres/second.mdx': chapter('Essayez <Alternative id="nulle-part" />.') });
    expect(status).not.toBe(0);
    expect(output).toMatch(/second\.mdx : référence inconnue/);
    expect(output).toContain('<Alternative id="nulle-part">');
  }, BUILD);

  it('stops on a chapter whose trainer notes do not add up to its session duration, naming the file, both totals and each section', async ({ expect }) => {
    const body = `## Avant la séance\n\n<NotesFormateur duree={${SESSION + 5}}>\n\nTrop long.\n\n</NotesFormateur>\n\n## Pendant\n\n<NotesFormateur duree={3}>\n\nEncore.\n\n</NotesFormateur>`;
    const { status, output } = await buildFixture({ 'chapitres/second.mdx': chapter(body, undefined, '') });
    expect(status).not.toBe(0);
    expect(output).toMatch(new RegExp(`second\\.mdx : chapitre mal formé\\s+- les notes d’animation minutées font ${SESSION + 8} min en tout, mais « duree_animation » vaut ${SESSION} min`));
    expect(output).toMatch(new RegExp(`« Avant la séance » : ${SESSION + 5} min\\s+« Pendant » : 3 min`));
  }, BUILD);

  it('stops on a broken catalogue entry, naming the file and the field', async ({ expect }) => {
    const yaml = readFileSync(join(FIXTURE, 'alternatives/signal.yaml'), 'utf8').replace(/^site: .*$/m, 'site: "http://exemple.org/"');
    const { status, output } = await buildFixture({ 'alternatives/signal.yaml': yaml });
    expect(status).not.toBe(0);
    expect(output).toContain('alternatives/signal.yaml : champ « site » : doit être une adresse https://');
  }, BUILD);

  it('stops on the narrow drawing of a diagram that says other words, naming the file and the words', async ({ expect }) => {
    const narrow = readFileSync(join(FIXTURE, 'schemas/cycle-quatre-questions.etroit.svg'), 'utf8').replace('un cycle', 'une boucle');
    const { status, output } = await buildFixture({ 'schemas/cycle-quatre-questions.etroit.svg': narrow });
    expect(status).not.toBe(0);
    expect(output).toContain('cycle-quatre-questions.etroit.svg : schéma refusé');
    expect(output).toContain('mots du schéma large absents : cycle, un');
  }, BUILD);

  it('stops on a narrow drawing left without its diagram, naming the file', async ({ expect }) => {
    const narrow = readFileSync(join(FIXTURE, 'schemas/cycle-quatre-questions.etroit.svg'), 'utf8');
    const { status, output } = await buildFixture({ 'schemas/ancien-nom.etroit.svg': narrow });
    expect(status).not.toBe(0);
    expect(output).toMatch(/variante étroite sans son schéma .*schemas\/ancien-nom\.etroit\.svg/);
  }, BUILD);

  it('stops on a session plan naming an unknown chapter and running over its time, naming the file and each field', async ({ expect }) => {
    const plan = [
      'titre: "Une séance d’essai"',
      'public: "Les bénévoles d’un club de sport"',
      'duree: 60',
      'objectifs: ["Essayer un plan de séance"]',
      'salle: { lieu: "La salle de réunion du club", videoprojecteur: true, wifi: false, ordinateurs: 0, materiel: ["des feutres"] }',
      'etapes:',
      '  - { titre: "Accueil", duree: 15, deroule: "Chacun se présente en une phrase, à tour de rôle." }',
      '  - { titre: "Le chapitre", duree: 30, chapitre: "troisieme", deroule: "On lit le chapitre et on fait son exercice en groupe." }',
    ].join('\n');
    const { status, output } = await buildFixture({ 'formations/essai.yaml': plan });
    expect(status).not.toBe(0);
    expect(output).toContain('Plans de séance invalides');
    expect(output).toMatch(/formations\/essai\.yaml : champ « etapes\.1\.chapitre » : chapitre inconnu « troisieme »/);
    expect(output).toMatch(/formations\/essai\.yaml : champ « duree » : les étapes durent 45 min en tout \(15 \+ 30\), la séance 60 min/);
  }, BUILD);

  it('stops on a news entry dated in the future before building, naming the file, the entry and the field', async ({ expect }) => {
    const news = `${readFileSync(join(FIXTURE, 'nouveautes.yaml'), 'utf8')}- date: 2099-01-01\n  titre: "Plus tard"\n  texte: "Une nouveauté qui n’est pas encore arrivée."\n  pages: [/]\n`;
    const { status, output } = await buildFixture({ 'nouveautes.yaml': news });
    expect(status).not.toBe(0);
    expect(output).toMatch(/nouveautes\.yaml : champ « entrée 3 « Plus tard » › date » : date dans le futur \(2099-01-01\)/);
  }, BUILD);

  it('stops on a news entry naming a page the build does not hold, naming the file, the entry and the field', async ({ expect }) => {
    const news = readFileSync(join(FIXTURE, 'nouveautes.yaml'), 'utf8').replace('pages: [/guide/premier/, /guide/second/]', 'pages: [/guide/premier/, /guide/troisieme/]');
    expect(news).toContain('/guide/troisieme/');
    const { status, output } = await buildFixture({ 'nouveautes.yaml': news });
    expect(status).not.toBe(0);
    expect(output).toMatch(/nouveautes\.yaml : champ « entrée 1 « Deux chapitres d’essai » › pages › 1 » : « \/guide\/troisieme\/ » n’est pas une page du guide construit/);
  }, BUILD);

  it('stops on a palette colour under AA contrast, naming the field and the pair', async ({ expect }) => {
    const site = readFileSync(join(FIXTURE, 'site.yaml'), 'utf8').replace(/^(  sombre:\n(?: {4}.*\n)*? {4}discret: )"#[0-9a-f]{6}"/m, '$1"#5a5a5a"');
    expect(site).toContain('discret: "#5a5a5a"');
    const { status, output } = await buildFixture({ 'site.yaml': site });
    expect(status).not.toBe(0);
    expect(output).toContain('site.yaml');
    expect(output).toMatch(/champ « couleurs\.sombre\.discret » : « discret » \(le texte secondaire, #5a5a5a\) sur « fond » .* il faut au moins 4,5:1/);
  }, BUILD);

  it('leaves out a hidden chapter and a hidden alternative: what links to them becomes words, listed as a warning', async ({ expect }) => {
    const site = `${readFileSync(join(FIXTURE, 'site.yaml'), 'utf8')}\nmasquer:\n  chapitres: [second]\n  alternatives: [nextcloud]\n`;
    const { status, output, dist } = await buildFixture({ 'site.yaml': site });
    expect(status, output).toBe(0);
    expect(existsSync(join(dist, 'guide/second/index.html'))).toBe(false);
    expect(existsSync(join(dist, 'alternatives/nextcloud/index.html'))).toBe(false);
    expect(output).toContain('Chapitres masqués par site.yaml : second');
    expect(output).toMatch(/premier\.mdx, ligne 24 : lien « \/guide\/second\/#une-section-à-lier » vers une page masquée, laissé en texte/);
    expect(output).toMatch(/premier\.mdx, ligne 24 : <Alternative id="nextcloud" \/> masquée, laissée en texte \(« Nextcloud »\)/);
    // the news lose their link to the hidden chapter, and say so
    expect(output).toContain('« Deux chapitres d’essai » (2026-11-20) : lien vers /guide/second/ retiré');
    expect(readFileSync(join(dist, 'nouveautes/index.html'), 'utf8')).not.toContain('/guide/second/');
    const first = readFileSync(join(dist, 'guide/premier/index.html'), 'utf8');
    expect(first).toContain('un lien vers le second chapitre.');
    expect(first).not.toMatch(/href="[^"]*(second|nextcloud)/);
  }, BUILD);

  it('stops on a hidden id that names no chapter, naming the field', async ({ expect }) => {
    const site = `${readFileSync(join(FIXTURE, 'site.yaml'), 'utf8')}\nmasquer:\n  chapitres: [troisieme]\n`;
    const { status, output } = await buildFixture({ 'site.yaml': site });
    expect(status).not.toBe(0);
    expect(output).toMatch(/champ « masquer\.chapitres\.0 » : « troisieme » ne correspond à aucun fichier de chapitres\//);
  }, BUILD);

  it('leaves a draft out of the build, and says so', async ({ expect }) => {
    const draft = chapter('Un paragraphe.', (f) => `${f.replace('Second chapitre', 'Brouillon').replace('ordre: 1', 'ordre: 2')}brouillon: true\n`);
    const { status, output, dist } = await buildFixture({ 'chapitres/brouillon.mdx': draft });
    expect(status, output).toBe(0);
    expect(output).toContain('Chapitres en brouillon, laissés de côté : brouillon');
    expect(existsSync(join(dist, 'guide/brouillon/index.html'))).toBe(false);
    expect(existsSync(join(dist, 'guide/second/index.html'))).toBe(true);
  }, BUILD);

  it('stops on a redirection to no page, or from an address that is a page, naming the entry', async ({ expect }) => {
    const { status, output } = await buildFixture({
      'redirections.yaml': '- de: /guide/ancien/\n  vers: /guide/disparu/\n- de: /guide/premier/\n  vers: /guide/second/\n',
    });
    expect(status).not.toBe(0);
    expect(output).toContain('redirections.yaml, entrée 1 : « vers: /guide/disparu/ » ne mène à aucune page du guide');
    expect(output).toContain('redirections.yaml, entrée 2 : « de: /guide/premier/ » est une page du guide, qui masquerait la redirection');
  }, BUILD);

  it('succeeds on valid content and warns while the public URL is a placeholder', async ({ expect }) => {
    const { status, output } = await buildFixture();
    expect(output).not.toMatch(/\[ERROR\]|\w+Error\b/);
    expect(output).toContain('Adresse publique provisoire (https://numerique-libre.example/)');
    // the fixture's legal notice still waits for its host
    expect(output).toMatch(/Mentions légales à compléter dans content\/site\.yaml avant de publier : mentions_legales\.editeur\.adresse, .*mentions_legales\.hebergeur\.telephone/);
    expect(status).toBe(0);
  }, BUILD);

  it('publishes a fork under the path of SITE_URL, without the placeholder warning, and its chapters name its own organisation', async ({ expect }) => {
    // another organisation publishes the guide: site.yaml changes, the chapters do not
    const offer = 'Les Bricoleurs du Libre animent un atelier d’installation de logiciels libres chaque premier samedi du mois.';
    const site = readFileSync(join(FIXTURE, 'site.yaml'), 'utf8')
      .replace(
        /^organisation:\n(?: {2}.*\n)+/m,
        'organisation:\n  nom: "Les Bricoleurs du Libre"\n  ville: "Besançon"\n  site: "https://asso.org/"\n  contact: "https://asso.org/nous-ecrire/"\n  courriel: "bonjour@asso.org"\n',
      )
      .replace(/^accompagnement: .*$/m, `accompagnement: "${offer}"`);
    expect(site).toContain('ville: "Besançon"');
    expect(site).toContain(offer);
    const { status, output, dist } = await buildFixture({ 'site.yaml': site }, { SITE_URL: 'https://asso.org/notre-guide/' });
    expect(status, output).toBe(0);
    expect(output).not.toContain('Adresse publique provisoire');
    const home = readFileSync(join(dist, 'index.html'), 'utf8');
    expect(home).toContain('href="/notre-guide/guide/premier/"');
    expect(home).toContain('<link rel="canonical" href="https://asso.org/notre-guide/">');
    expect(home).not.toMatch(/href="\/guide\//);
    // <Contact accompagnement /> in the first chapter: the offer, name, town, contact page and address of site.yaml
    const chapter = readFileSync(join(dist, 'guide/premier/index.html'), 'utf8');
    const contact = /<p>([^<]*)<strong>Les Bricoleurs du Libre<\/strong> \(Besançon\)(.*?)<\/p>/.exec(chapter);
    expect(contact, 'le paragraphe de <Contact />').not.toBeNull();
    expect(contact![1].replace(/\s/g, ' ').trim()).toBe(offer);
    expect(contact![2]).toContain('<a href="https://asso.org/nous-ecrire/">Contacter Les Bricoleurs du Libre</a>');
    expect(contact![2]).toContain('<a href="mailto:bonjour@asso.org">bonjour@asso.org</a>');
    // the original authors are named in the attribution every other version carries, and nowhere else
    const attribution = /<p class="attribution">(.*?)<\/p>/s.exec(chapter);
    expect(attribution?.[1]).toContain('<a href="https://www.zoomacom.org/">Zoomacom</a>');
    expect(chapter.replace(attribution![0], '')).not.toContain('Zoomacom');
  }, BUILD);
});
