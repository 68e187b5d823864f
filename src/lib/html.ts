// HTML read back at build time: as a hast tree (built pages measured, rendered chapters taken apart), or as bytes
// searched for a few ASCII tags. parse5 is the parser browsers' rules are written into, used without the source
// positions that hast-util-from-html always asks for: nothing here reports a line, and positions cost about 40 % of
// the parsing time of a page.
import type { Root } from 'hast';
import { fromParse5 } from 'hast-util-from-parse5';
import { parse, parseFragment } from 'parse5';

/** A whole page as the browser builds it (html, head and body added when the text leaves them out). */
export function parseDocument(html: string): Root {
  return fromParse5(parse(html)) as Root;
}

/** A piece of HTML, nothing added around it. */
export function parseHtmlFragment(html: string): Root {
  return fromParse5(parseFragment(html)) as Root;
}

/**
 * A built file's bytes read one character per byte, to be searched for ASCII markup: the offsets a regular
 * expression finds in it are those of the bytes, so the file can be cut with `subarray` where they say, and it is
 * held once, as bytes, never decoded whole (the booklet weighs 61 MB at 2,000 chapters).
 */
export function byteView(bytes: Buffer): string {
  return bytes.toString('latin1');
}

/** What a piece of a byte view holds, read back as the UTF-8 text it was. */
export function fromByteView(piece: string): string {
  return Buffer.from(piece, 'latin1').toString('utf8');
}
