// Just enough of a PDF reader for the PDFs Chromium writes (Skia): its pages in order, and whether anything is drawn on each.
import { inflateSync } from 'node:zlib';

interface PdfObject {
  dict: string;
  stream?: Buffer;
}

/** Every numbered object of the file, its dictionary as text and its stream as bytes (Skia writes neither object streams nor indirect lengths). */
function readObjects(pdf: Buffer): Map<number, PdfObject> {
  const text = pdf.toString('latin1');
  const objects = new Map<number, PdfObject>();
  const header = /(\d+) 0 obj\s*/g;
  for (let m = header.exec(text); m; m = header.exec(text)) {
    const start = m.index + m[0].length;
    const end = text.indexOf('endobj', start);
    if (end === -1) throw new Error(`PDF illisible : objet ${m[1]} sans fin`);
    const streamStart = />>\s*stream\r?\n/g;
    streamStart.lastIndex = start;
    const s = streamStart.exec(text);
    if (s && s.index < end) {
      const dict = text.slice(start, s.index + 2);
      const length = Number(/\/Length (\d+)/.exec(dict)?.[1]);
      if (!Number.isFinite(length)) throw new Error(`PDF illisible : flux de l’objet ${m[1]} sans longueur`);
      const dataStart = s.index + s[0].length;
      objects.set(Number(m[1]), { dict, stream: pdf.subarray(dataStart, dataStart + length) });
      header.lastIndex = dataStart + length;
    } else {
      objects.set(Number(m[1]), { dict: text.slice(start, end) });
      header.lastIndex = end;
    }
  }
  return objects;
}

const refs = (s: string) => [...s.matchAll(/(\d+) 0 R/g)].map((r) => Number(r[1]));

/** The page objects in reading order, walking the page tree from the catalogue. */
function pagesInOrder(objects: Map<number, PdfObject>): PdfObject[] {
  const catalog = [...objects.values()].find((o) => /\/Type\s*\/Catalog\b/.test(o.dict));
  const root = catalog && /\/Pages (\d+) 0 R/.exec(catalog.dict);
  if (!root) throw new Error('PDF illisible : pas d’arbre des pages');
  const walk = (id: number): PdfObject[] => {
    const node = objects.get(id);
    if (!node) throw new Error(`PDF illisible : objet ${id} absent`);
    if (!/\/Type\s*\/Pages\b/.test(node.dict)) return [node];
    const kids = /\/Kids\s*\[([^\]]*)\]/.exec(node.dict);
    return kids ? refs(kids[1]).flatMap(walk) : [];
  };
  return walk(Number(root[1]));
}

/** What a page draws, as PDF operators: its content streams, inflated. */
function contentOf(page: PdfObject, objects: Map<number, PdfObject>): string {
  const contents = /\/Contents\s*(\[[^\]]*\]|\d+ 0 R)/.exec(page.dict);
  if (!contents) return '';
  return refs(contents[1])
    .map((id) => {
      const o = objects.get(id);
      if (!o?.stream) return '';
      return (/\/FlateDecode/.test(o.dict) ? inflateSync(o.stream) : o.stream).toString('latin1');
    })
    .join('\n');
}

// operators that put ink on the page: text, filled or stroked paths, images and forms, shadings (not clipping, `W n`)
const PAINTS = /(?:^|[\s\]>)])(?:Tj|TJ|Do|sh|f\*?|F|S|s|B\*?|b\*?)(?=\s|$)/;

/** For each sheet of a PDF written by Chromium, in order: whether anything at all is drawn on it. */
export function inkedSheets(pdf: Buffer): boolean[] {
  const objects = readObjects(pdf);
  return pagesInOrder(objects).map((page) => PAINTS.test(contentOf(page, objects)));
}
