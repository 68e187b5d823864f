// A malformed chapter stops the build with a message naming the file and the field.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const FRONT = (fields: string) => `---\n${fields}\n---\n\nUn paragraphe.\n`;
const GOOD = (ordre: number, titre = 'Un chapitre de test') =>
  [
    `titre: "${titre}"`,
    'description: "Une description assez longue pour satisfaire le schéma des chapitres du guide."',
    'partie: comprendre',
    `ordre: ${ordre}`,
    'duree: 10',
    'public: tous',
    'objectifs:\n  - "Vérifier la construction"',
    'revise_le: 2026-11-01',
  ].join('\n');

/** Build the site from a throw-away content folder holding the given chapters. */
function buildWith(chapters: Record<string, string>, env: Record<string, string> = {}, files: Record<string, string> = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'contenu-'));
  cpSync('content', dir, { recursive: true });
  rmSync(join(dir, 'chapitres'), { recursive: true });
  rmSync(join(dir, 'pages'), { recursive: true });
  mkdirSync(join(dir, 'chapitres'));
  mkdirSync(join(dir, 'pages'));
  for (const [name, text] of Object.entries(chapters)) writeFileSync(join(dir, 'chapitres', name), text);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  const run = spawnSync('npx', ['astro', 'build', '--outDir', join(dir, 'dist')], {
    env: { ...process.env, CONTENU_DIR: dir, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    encoding: 'utf8',
  });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}`, dist: join(dir, 'dist') };
}

describe('the build', () => {
  it('stops on a chapter without a title, naming the file and the field', () => {
    const { status, output } = buildWith({
      'ok.mdx': FRONT(GOOD(1)),
      'sans-titre.mdx': FRONT(GOOD(2).replace(/^titre: .*\n/, '')),
    });
    expect(status).not.toBe(0);
    expect(output).toContain('sans-titre.mdx');
    expect(output).toMatch(/titre/);
  }, 120_000);

  it('stops on two chapters with the same order in one part, naming both files', () => {
    const { status, output } = buildWith({ 'un.mdx': FRONT(GOOD(1, 'Premier')), 'deux.mdx': FRONT(GOOD(1, 'Second')) });
    expect(status).not.toBe(0);
    expect(output).toMatch(/(un|deux)\.mdx et .*(un|deux)\.mdx : même « ordre » \(1\)/);
  }, 120_000);

  it('stops on a chapter that marks an unknown glossary term, naming the chapter and the id', () => {
    const { status, output } = buildWith({ 'terme.mdx': `---\n${GOOD(1)}\n---\n\nDes <Terme id="inexistant">mots</Terme>.\n` });
    expect(status).not.toBe(0);
    expect(output).toMatch(/terme\.mdx : référence inconnue/);
    expect(output).toContain('<Terme id="inexistant">');
  }, 120_000);

  it('stops on a broken catalogue entry, naming the file and the field', () => {
    const first = readdirSync('content/alternatives')[0];
    const yaml = readFileSync(`content/alternatives/${first}`, 'utf8').replace(/^site: .*$/m, 'site: "http://exemple.org/"');
    const { status, output } = buildWith({ 'un.mdx': FRONT(GOOD(1)) }, {}, { [`alternatives/${first}`]: yaml });
    expect(status).not.toBe(0);
    expect(output).toContain(`alternatives/${first} : champ « site » : doit être une adresse https://`);
  }, 120_000);

  it('stops on a chapter that cites an unknown alternative, naming the chapter', () => {
    const { status, output } = buildWith({ 'outil.mdx': `---\n${GOOD(1)}\n---\n\nEssayez <Alternative id="nulle-part" />.\n` });
    expect(status).not.toBe(0);
    expect(output).toMatch(/outil\.mdx : référence inconnue/);
    expect(output).toContain('<Alternative id="nulle-part">');
  }, 120_000);

  it('succeeds on valid content and warns while the public URL is a placeholder', () => {
    const { status, output } = buildWith({ 'un.mdx': FRONT(GOOD(1)), 'deux.mdx': FRONT(GOOD(2)) });
    expect(output).not.toMatch(/\[ERROR\]|\w+Error\b/);
    expect(output).toContain('Adresse publique provisoire (https://numerique-libre.example/)');
    expect(status).toBe(0);
  }, 120_000);

  it('publishes under the path of SITE_URL, without the placeholder warning', () => {
    const { status, output, dist } = buildWith({ 'un.mdx': FRONT(GOOD(1)) }, { SITE_URL: 'https://asso.org/notre-guide/' });
    expect(status).toBe(0);
    expect(output).not.toContain('Adresse publique provisoire');
    const home = readFileSync(join(dist, 'index.html'), 'utf8');
    expect(home).toContain('href="/notre-guide/guide/un/"');
    expect(home).toContain('<link rel="canonical" href="https://asso.org/notre-guide/">');
    expect(home).not.toMatch(/href="\/guide\//);
  }, 120_000);
});
