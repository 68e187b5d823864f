// The booklet of a large guide is one page of tens of megabytes (61 MB at 2,000 chapters). Rendered as one Astro
// page, it would be held in memory several times over before being written: its text, then its bytes, then the
// response's copy. So, in a build, each chapter of the booklet is written aside as soon as it is rendered, one file
// per chapter, and the page keeps a mark where they go; after the build, the chapters are put in place of the mark,
// copied piece by piece into the page (src/integrations/livret.ts). `npm run dev` and the tests render them in place.
import { closeSync, existsSync, openSync, readFileSync, readSync, readdirSync, renameSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';

/** The environment variable that names, for the build running, the folder the booklet's chapters are written into. */
export const ASIDE_ENV = 'NUMERIQUE_LIBRE_LIVRET';

/** Where the booklet's chapters go, in a page whose chapters were written aside. */
export const ASIDE_MARK = '<template data-livret-chapitres></template>';

/** The folder this build writes the booklet's chapters into, if it writes them aside. */
export function asideDir(): string | undefined {
  return process.env[ASIDE_ENV] || undefined;
}

const fileOf = (dir: string, position: number) => join(dir, `${String(position).padStart(6, '0')}.html`);

/**
 * Write the HTML of the booklet's chapter at `position` (0 for the first) aside, when this build does: true if it was
 * written, false if the page must show it in place. Each chapter has its own file, so that their order is the
 * parcours' even if they were rendered side by side.
 */
export function writeAside(position: number, html: string): boolean {
  const dir = asideDir();
  if (!dir) return false;
  writeFileSync(fileOf(dir, position), html);
  return true;
}

/** Bytes copied at a time: the page is never held whole. */
const PIECE = 1 << 20;

/**
 * Put the chapters written into `dir` in place of the mark of the built page `file`, in their order, and return how
 * many there were: 0, touching nothing, for a build that has neither the page nor a chapter written aside (a test
 * content without the booklet). The page is rewritten through a file beside it, renamed over it at the end. A page
 * without the mark, or with it twice, stops the build, naming the file; so does a missing chapter in the sequence.
 */
export function putChaptersInPlace(file: string, dir: string): number {
  const names = existsSync(dir) ? readdirSync(dir).filter((n) => n.endsWith('.html')).sort() : [];
  if (names.length === 0 && !existsSync(file)) return 0;
  if (!existsSync(file)) throw new Error(`${file} : cette page du livret est absente, alors que ses chapitres ont été écrits à part (${names.length})`);
  const page = readFileSync(file, 'utf8');
  const at = page.indexOf(ASIDE_MARK);
  if (at === -1 || page.indexOf(ASIDE_MARK, at + 1) !== -1) {
    throw new Error(`${file} : la marque des chapitres du livret (${ASIDE_MARK}) doit s’y trouver une fois, et s’y trouve ${at === -1 ? '0' : 'plusieurs'} fois`);
  }
  names.forEach((name, i) => {
    if (name !== `${String(i).padStart(6, '0')}.html`) throw new Error(`${dir} : chapitre du livret ${i} absent (trouvé ${name})`);
  });
  const partial = `${file}.partiel`;
  const out = openSync(partial, 'w');
  const piece = Buffer.allocUnsafe(PIECE);
  try {
    writeSync(out, page.slice(0, at));
    for (const name of names) {
      const input = openSync(join(dir, name), 'r');
      try {
        for (let read = readSync(input, piece); read > 0; read = readSync(input, piece)) writeSync(out, piece, 0, read);
      } finally {
        closeSync(input);
      }
    }
    writeSync(out, page.slice(at + ASIDE_MARK.length));
  } finally {
    closeSync(out);
  }
  renameSync(partial, file);
  return names.length;
}
