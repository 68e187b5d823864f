// The bytes of built files read one after another into one buffer: each read gives the whole file, whatever its size.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readReused } from '../../src/lib/builtPages.ts';

describe('a built file read into the buffer of the previous read', () => {
  it('gives each file’s bytes whole, a file longer than the buffer and a shorter one after it included', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pages-'));
    const files = [
      ['court.html', '<p>é’🌱</p>'],
      ['long.html', `<main>${'Déjà — 🌱 ’ '.repeat(200_000)}</main>`],
      ['vide.html', ''],
      ['apres.html', '<p>après le long</p>'],
    ].map(([name, text]) => {
      writeFileSync(join(dir, name), text);
      return join(dir, name);
    });
    expect(readFileSync(files[1]).length).toBeGreaterThan(2 << 20);
    for (const file of files) expect(readReused(file).equals(readFileSync(file)), file).toBe(true);
  });
});
