import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ASIDE_ENV, ASIDE_MARK, putChaptersInPlace, writeAside } from '../../src/lib/livret.ts';

const made: string[] = [];
/** A temporary folder, taken away once its test is done. */
const folder = (name: string) => {
  const dir = mkdtempSync(join(tmpdir(), `${name}-`));
  made.push(dir);
  return dir;
};

describe('the booklet’s chapters written aside, then put in place', () => {
  afterEach(() => {
    delete process.env[ASIDE_ENV];
    made.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true }));
  });

  it('shows the chapter in place when the build writes nothing aside (npm run dev, the tests)', () => {
    expect(writeAside(0, '<article>Un</article>')).toBe(false);
  });

  it('puts the chapters in the order of their place in the booklet, whatever the order they were written in', () => {
    const dir = folder('livret');
    process.env[ASIDE_ENV] = dir;
    // written last to first, as chapters rendered side by side could be
    for (const position of [11, 2, 1, 0, 10, 3, 4, 5, 6, 7, 8, 9]) expect(writeAside(position, `<article>${position}</article>`)).toBe(true);
    const page = join(folder('page'), 'index.html');
    writeFileSync(page, `<main><h1>Livret</h1>${ASIDE_MARK}</main><footer>Fin ’</footer>`);
    expect(putChaptersInPlace(page, dir)).toBe(12);
    const articles = Array.from({ length: 12 }, (_, i) => `<article>${i}</article>`).join('');
    expect(readFileSync(page, 'utf8')).toBe(`<main><h1>Livret</h1>${articles}</main><footer>Fin ’</footer>`);
    expect(readdirSync(join(page, '..'))).toEqual(['index.html']);
  });

  it('copies a chapter larger than the piece it copies at a time, byte for byte, letters of every width included', () => {
    const dir = folder('livret');
    process.env[ASIDE_ENV] = dir;
    const long = `<article>${'é’ — 🌱 '.repeat(300_000)}</article>`;
    writeAside(0, long);
    writeAside(1, '<article>court</article>');
    const page = join(folder('page'), 'index.html');
    writeFileSync(page, `<p>avant</p>${ASIDE_MARK}<p>après</p>`);
    putChaptersInPlace(page, dir);
    expect(readFileSync(page, 'utf8')).toBe(`<p>avant</p>${long}<article>court</article><p>après</p>`);
  });

  it('stops on a page without the mark or with it twice, and on a chapter missing from the sequence, naming the file', () => {
    const dir = folder('livret');
    process.env[ASIDE_ENV] = dir;
    const page = join(folder('page'), 'index.html');
    writeFileSync(page, '<main></main>');
    expect(() => putChaptersInPlace(page, dir)).toThrow(`${page} : la marque des chapitres du livret`);
    writeFileSync(page, `<main>${ASIDE_MARK}${ASIDE_MARK}</main>`);
    expect(() => putChaptersInPlace(page, dir)).toThrow(/s’y trouve plusieurs fois/);
    writeFileSync(page, `<main>${ASIDE_MARK}</main>`);
    writeAside(0, '<article>0</article>');
    writeAside(2, '<article>2</article>');
    expect(() => putChaptersInPlace(page, dir)).toThrow(`${dir} : chapitre du livret 1 absent (trouvé 000002.html)`);
    // the page is left as it was
    expect(readFileSync(page, 'utf8')).toBe(`<main>${ASIDE_MARK}</main>`);
  });

  it('does nothing for a build without the booklet, and stops on chapters written aside with no page to take them', () => {
    const dir = folder('livret');
    process.env[ASIDE_ENV] = dir;
    const absent = join(folder('page'), 'index.html');
    expect(putChaptersInPlace(absent, dir)).toBe(0);
    expect(readdirSync(join(absent, '..'))).toEqual([]);
    writeAside(0, '<article>0</article>');
    expect(() => putChaptersInPlace(absent, dir)).toThrow(`${absent} : cette page du livret est absente, alors que ses chapitres ont été écrits à part (1)`);
  });
});
