// « npm run nouveau-chapitre »: a draft in the right part and order, refused without a title, in an unknown part or
// over an existing file; once its author takes the draft mark away, the skeleton builds as it is.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { chapterId, chapterTemplate, createChapter } from '../../src/lib/nouveauChapitre.ts';
import { isDraft } from '../../src/lib/masquer.ts';
import { chapterSchema } from '../../src/lib/schemas.ts';
import { FIXTURE, buildFixture } from '../support/buildFixture.ts';

const dirs: string[] = [];
function fixtureCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'nouveau-'));
  cpSync(FIXTURE, dir, { recursive: true });
  dirs.push(dir);
  return dir;
}
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
const frontMatter = (text: string) => parse(/^---\n([\s\S]*?)\n---/.exec(text)![1]);

describe('a new chapter', () => {
  it('takes its file name from its title, without accents or punctuation', () => {
    expect(chapterId('Où créer l’info ?')).toBe('ou-creer-l-info');
    expect(chapterId('  Publier votre propre version du guide ')).toBe('publier-votre-propre-version-du-guide');
  });

  it('is a valid draft, placed after the last chapter of its part', () => {
    const dir = fixtureCopy();
    // the fixture holds one chapter of order 1 in « etat-des-lieux », none in « annexes »
    const { file, id, order } = createChapter(dir, 'Faire le point', 'etat-des-lieux', new Date('2026-12-02T10:00:00Z'));
    expect(id).toBe('faire-le-point');
    expect(order).toBe(2);
    const text = readFileSync(file, 'utf8');
    expect(isDraft(text)).toBe(true);
    const data = chapterSchema(() => new Date('2026-12-02T12:00:00Z')).parse(frontMatter(text));
    expect(data).toMatchObject({ titre: 'Faire le point', partie: 'etat-des-lieux', ordre: 2, brouillon: true });
    expect(createChapter(dir, 'Une annexe', 'annexes').order).toBe(1);
  });

  it('is refused, with nothing written, without a title, in an unknown part, or over an existing chapter', () => {
    const dir = fixtureCopy();
    expect(() => createChapter(dir, '', 'annexes')).toThrow(/Donnez le titre du chapitre/);
    expect(() => createChapter(dir, 'Un titre', 'ailleurs')).toThrow(/Partie inconnue « ailleurs » : choisissez parmi comprendre, etat-des-lieux/);
    const before = readFileSync(join(dir, 'chapitres/second.mdx'), 'utf8');
    expect(() => createChapter(dir, 'Second', 'annexes')).toThrow(/second\.mdx existe déjà/);
    expect(readFileSync(join(dir, 'chapitres/second.mdx'), 'utf8')).toBe(before);
  });

  it('is created by the npm script, which names the file and the draft', () => {
    const dir = fixtureCopy();
    const run = spawnSync('npm', ['run', '--silent', 'nouveau-chapitre', '--', 'Un chapitre d’essai', '--partie', 'comprendre'], {
      env: { ...process.env, CONTENU_DIR: dir },
      encoding: 'utf8',
    });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('un-chapitre-d-essai.mdx (partie « comprendre », ordre 2), en brouillon');
    expect(isDraft(readFileSync(join(dir, 'chapitres/un-chapitre-d-essai.mdx'), 'utf8'))).toBe(true);
  });

  it('builds as it is once the draft mark is taken away', async () => {
    const text = chapterTemplate('Un chapitre prêt', 'annexes', 1, new Date('2026-11-30T10:00:00Z')).replace(/^brouillon: true\n/m, '');
    expect(isDraft(text)).toBe(false);
    const { status, output, dist } = await buildFixture({ 'chapitres/un-chapitre-pret.mdx': text });
    expect(status, output).toBe(0);
    expect(readFileSync(join(dist, 'guide/un-chapitre-pret/index.html'), 'utf8')).toContain('Un chapitre prêt');
    rmSync(join(dist, '..'), { recursive: true, force: true });
  }, 120_000);
});
