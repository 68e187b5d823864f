// HTML read back as a hast tree at build time (built pages measured, rendered chapters taken apart). parse5, the
// parser browsers' rules are written into, without the source positions that hast-util-from-html always asks for:
// nothing here reports a line, and positions cost about 40 % of the parsing time of a page.
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
