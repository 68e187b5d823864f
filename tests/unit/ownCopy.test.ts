import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { ownString, ownStrings } from '../../src/lib/ownCopy.ts';
import { rewriteLinks, type LinkNode } from '../../src/lib/links.ts';

// the collector, to see what a kept value still holds
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** Megabytes of heap still taken once `keep` has kept what it wants of 40 texts of 1 MB each, and the texts are gone. */
function heldByPieces(keep: (text: string, i: number) => unknown): number {
  gc();
  const before = process.memoryUsage().heapUsed;
  const kept: unknown[] = [];
  // two bytes a character, as in a French chapter (’, « »)
  for (let i = 0; i < 40; i++) kept.push(keep(`« ${'é’'.repeat(250_000)} » ${i}`, i));
  gc();
  const held = (process.memoryUsage().heapUsed - before) / 1e6;
  expect(kept).toHaveLength(40);
  return held;
}

describe('strings kept apart from the text they were read from', () => {
  it('a piece kept as it is holds its whole text, a copy does not', () => {
    // the control: without the copy, the 40 texts (40 MB) stay
    expect(heldByPieces((text) => text.slice(100, 160))).toBeGreaterThan(30);
    expect(heldByPieces((text) => ownString(text.slice(100, 160)))).toBeLessThan(5);
  });

  it('copies the text exactly, lone surrogates and emoji included', () => {
    for (const text of ['', 'court', 'un texte de plus de treize lettres', '\ud800 seul, 🌱 et « é »', 'x'.repeat(5000)]) {
      expect(ownString(text)).toBe(text);
    }
  });

  it('copies the strings of plain objects and arrays, and keeps any other object as it is', () => {
    const date = new Date('2026-12-07');
    const url = new URL('https://exemple.org/');
    const value = { titre: 'Pourquoi des outils libres', sources: [{ url: 'https://exemple.org/a', date }], lien: url, n: 3, rien: null };
    const copy = ownStrings(value);
    expect(copy).toEqual(value);
    expect(copy).not.toBe(value);
    expect(copy.sources[0]).not.toBe(value.sources[0]);
    expect(copy.sources[0].date).toBe(date);
    expect(copy.lien).toBe(url);
    expect(heldByPieces((t) => ownStrings({ titre: t.slice(2, 40), liste: [t.slice(5, 60)] }))).toBeLessThan(5);
  });

  it('the links recorded from a chapter do not hold the chapter’s text', () => {
    const links = (text: string, i: number) => {
      // the address as the parser reads it: a piece of the file's text
      const tree: LinkNode = { type: 'root', children: [{ type: 'link', url: `${text}/guide/pourquoi-${i}/#les-raisons`.slice(text.length) }] };
      return rewriteLinks(tree, '/');
    };
    expect(heldByPieces(links)).toBeLessThan(5);
  });
});
