import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { PIECE, fileIncludes, filePieces, gzipLength, pieceBuffer } from '../../src/lib/pieces.ts';

const dir = mkdtempSync(join(tmpdir(), 'morceaux-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A file of the given text, in the test's folder. */
function fileOf(name: string, text: string | Buffer): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

// letters of one to four bytes, so that pieces cut them everywhere
const TEXT = 'Déjà « là » — 🌱 un texte’ qui se répète. '.repeat(40);

describe('reading a file a piece at a time', () => {
  const file = fileOf('texte.txt', TEXT);
  const bytes = Buffer.from(TEXT);

  it('gives the bytes of a range as pieces of the buffer, which the next piece overwrites', () => {
    for (const size of [1, 7, 64, 1000, bytes.length + 1]) {
      const buffer = Buffer.alloc(size);
      for (const [start, end] of [[0, Infinity], [3, 3], [5, 900], [bytes.length - 10, bytes.length + 50]]) {
        const seen: Buffer[] = [];
        for (const piece of filePieces(file, buffer, start, end)) {
          expect(piece.buffer).toBe(buffer.buffer);
          expect(piece.length).toBeLessThanOrEqual(size);
          seen.push(Buffer.from(piece));
        }
        expect(Buffer.concat(seen).equals(bytes.subarray(start, Math.min(end, bytes.length))), `${size} ${start}-${end}`).toBe(true);
      }
    }
  });

  it('shares one buffer of a piece, zeroed', () => {
    const buffer = pieceBuffer();
    expect(buffer.length).toBe(PIECE);
    expect(buffer.every((b) => b === 0)).toBe(true);
  });
});

describe('looking for a text in a file', () => {
  it('finds it wherever the pieces cut it, and only where it is', () => {
    const sought = 'data-mesures=« é »';
    const length = Buffer.byteLength(sought);
    for (const at of [0, 1, 5, 17, 39, 40, 41, 200]) {
      const before = 'x'.repeat(at);
      const file = fileOf(`avec-${at}.html`, `${before}${sought}${'y'.repeat(30)}`);
      // a buffer one byte longer than the text and a few more: every cut of the text between two pieces is tried
      for (const size of [length + 1, length + 2, length + 7, 64, 4096]) expect(fileIncludes(file, sought, Buffer.alloc(size)), `${at} ${size}`).toBe(true);
      const cutShort = fileOf(`sans-${at}.html`, `${before}${sought.slice(0, -1)}${'y'.repeat(30)}`);
      for (const size of [length + 1, length + 7, 4096]) expect(fileIncludes(cutShort, sought, Buffer.alloc(size)), `${at} ${size}`).toBe(false);
    }
  });

  it('refuses a buffer too short to hold the text, and finds the empty text everywhere', () => {
    const file = fileOf('court.html', 'data-mesures=');
    expect(() => fileIncludes(file, 'data-mesures=', Buffer.alloc(13))).toThrow(/tampon de 13 octets trop court/);
    expect(fileIncludes(file, '', Buffer.alloc(1))).toBe(true);
    expect(fileIncludes(fileOf('vide.html', ''), 'x', Buffer.alloc(8))).toBe(false);
  });
});

describe('compressing pieces', () => {
  it('counts the bytes gzipSync makes of the pieces joined, however they are cut', async () => {
    const bytes = Buffer.from(TEXT.repeat(50));
    const whole = gzipSync(bytes, { level: 6 }).length;
    for (const size of [1000, 4096, 65536, bytes.length]) {
      // the pieces share one buffer, as a file read by pieces gives them
      const buffer = Buffer.alloc(size);
      function* pieces() {
        for (let at = 0; at < bytes.length; at += size) {
          const n = bytes.copy(buffer, 0, at, at + size);
          yield buffer.subarray(0, n);
        }
      }
      expect(await gzipLength(pieces()), String(size)).toBe(whole);
    }
    expect(await gzipLength([])).toBe(gzipSync(Buffer.alloc(0), { level: 6 }).length);
  });
});
