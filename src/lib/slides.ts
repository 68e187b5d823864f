// A chapter cut into slides for a room, from its rendered HTML (src/lib/chapterHtml.ts): one slide or more per h2
// section, an exercise on a slide of its own, a diagram alone and large, « À retenir » to close. What a slide holds is
// estimated in lines of text at the projected size (1280×720, text at 28 px); a section that would overflow goes on
// over several slides, cut between blocks, then between list items, then between sentences. The browser tests check
// every slide of every chapter for overflow at that size: the limits below are set from what they measure.
import { classes, findAll, hasClass, isElement, textOf, type Element, type ElementContent, type Root, type RootContent } from './chapterHtml.ts';

/** How much text a slide takes, in characters per line and lines per slide (body text at 28 px on 1280×720). */
export interface SlideLimits {
  lineChars: number;
  lines: number;
}
export const SLIDE_LIMITS: SlideLimits = { lineChars: 74, lines: 13 };
/** Exercise instructions are set larger: fewer characters per line, taller lines. */
export const EXERCISE_SCALE = 1.15;

export type SlideKind = 'intro' | 'section' | 'schema' | 'exercice' | 'retenir';

export interface Slide {
  kind: SlideKind;
  /** The heading the slide shows. */
  title: string;
  /** The h2 section the slide belongs to (its slug on the reading page); undefined before the first section. */
  section?: string;
  /** True for the second and later slides of one section or exercise. */
  continued: boolean;
  /** The element id the slide keeps from the reading page (a section's heading, an exercise), on its first slide only. */
  anchor?: string;
  body: ElementContent[];
}

export interface ChapterSlides {
  slides: Slide[];
  /** Trainer notes by section slug; notes on the chapter as a whole under the key ''. */
  notes: Map<string, ElementContent[]>;
  /** Minutes the trainer notes plan for each section (their `data-duree`), by the same keys. */
  minutes: Map<string, number>;
}

const isWhitespace = (node: RootContent | ElementContent) => node.type === 'text' && node.value.trim() === '';
const elements = (nodes: (RootContent | ElementContent)[]) => nodes.filter((n): n is Element => isElement(n));
const isNote = (node: Element) => node.tagName === 'details' && node.properties?.dataNotesFormateur !== undefined;
const isExercise = (node: Element) => hasClass(node, 'exercice');
const isSchema = (node: Element) => node.tagName === 'figure' && hasClass(node, 'schema');
const isTable = (node: Element) => hasClass(node, 'tableau') || hasClass(node, 'comparatif');
const heading = (node: Element) => elements(node.children).find((c) => /^h[23]$/.test(c.tagName));

/** Lines a block of text takes at `chars` characters a line, with the space after it. */
function textLines(text: string, chars: number): number {
  return Math.max(1, Math.ceil(text.trim().length / chars));
}

/** Lines a list takes: each item's own text, then the lists nested in it, each a little narrower. */
function listLines(list: Element, chars: number): number {
  return elements(list.children).reduce((n, li) => {
    const nested = elements(li.children).filter((c) => c.tagName === 'ul' || c.tagName === 'ol');
    const own = li.children.filter((c) => !nested.includes(c as Element)).map((c) => textOf(c)).join('');
    return n + textLines(own, chars) + 0.25 + nested.reduce((m, sub) => m + listLines(sub, chars - 4), 0);
  }, 0);
}

/** Lines a table takes: its caption, then each row as tall as its fullest cell, the width shared by the columns. */
function tableLines(table: Element, chars: number): number {
  const rows = findAll(table, (el) => el.tagName === 'tr');
  const columns = Math.max(1, ...rows.map((tr) => elements(tr.children).reduce((n, cell) => n + Number(cell.properties?.colSpan ?? 1), 0)));
  const caption = findAll(table, (el) => el.tagName === 'caption')[0];
  const rowLines = rows.reduce((n, tr) => {
    const cells = elements(tr.children);
    const width = (cell: Element) => Math.max(8, Math.floor((chars * Number(cell.properties?.colSpan ?? 1)) / columns) - 2);
    return n + Math.max(1, ...cells.map((cell) => textLines(textOf(cell), width(cell)))) + 0.35;
  }, 0);
  return (caption ? textLines(textOf(caption), chars) : 0) + rowLines + 0.4;
}

/** Estimated lines a block takes on a slide. */
export function blockLines(node: Element, limits: SlideLimits = SLIDE_LIMITS): number {
  const chars = limits.lineChars;
  // a block wrapping a table (the guide's measures) takes what its table and its other blocks take
  if (node.tagName !== 'table' && findAll(node, (el) => el.tagName === 'table').length > 0) {
    return elements(node.children).reduce((n, child) => n + blockLines(child, limits), 0);
  }
  switch (node.tagName) {
    case 'ul':
    case 'ol':
      return listLines(node, chars - 4) + 0.3;
    case 'h3':
    case 'h4':
      return textLines(textOf(node), Math.round(chars / 1.2)) * 1.2 + 0.5;
    case 'blockquote':
      return textLines(textOf(node), chars - 6) + 0.6;
    case 'table':
      return tableLines(node, chars);
    default:
      return textLines(textOf(node), chars) + 0.4;
  }
}

/** Sentence ends inside a text: a full stop (or ! ? …, or a closing quote after one) then a space and a capital. */
const SENTENCE_END = /(?<=[.!?…](?:\s?»)?)\s+(?=[«"(]?\s?[A-ZÀ-ÖØ-Þ0-9])/u;

/** Cut a paragraph too long for one slide into paragraphs of whole sentences, each within `lines`. */
export function splitParagraph(p: Element, lines: number, limits: SlideLimits = SLIDE_LIMITS): Element[] {
  const budget = Math.max(1, Math.floor(lines - 0.4)) * limits.lineChars;
  // the paragraph's inline pieces, text cut at sentence ends; a cut can fall only between two pieces
  const pieces: { node: ElementContent; endsSentence: boolean }[] = [];
  for (const child of p.children) {
    if (child.type !== 'text') {
      pieces.push({ node: child, endsSentence: false });
      continue;
    }
    const sentences = child.value.split(SENTENCE_END);
    sentences.forEach((s, i) => pieces.push({ node: { type: 'text', value: i < sentences.length - 1 ? `${s} ` : s }, endsSentence: i < sentences.length - 1 }));
  }
  const out: Element[] = [];
  let current: ElementContent[] = [];
  let length = 0;
  let lastCut = -1;
  const flush = (upTo: number) => {
    const kept = current.slice(0, upTo + 1);
    if (kept.length > 0) out.push({ ...p, children: trimEnd(kept) });
    current = current.slice(upTo + 1);
    length = current.reduce((n, c) => n + textOf(c).length, 0);
    lastCut = -1;
  };
  for (const piece of pieces) {
    current.push(piece.node);
    length += textOf(piece.node).length;
    if (length > budget && lastCut >= 0) flush(lastCut);
    if (piece.endsSentence) lastCut = current.length - 1;
  }
  if (current.length > 0) out.push({ ...p, children: trimEnd(current) });
  return out;
}

/** A paragraph's pieces without the space left at its end by a cut. */
function trimEnd(nodes: ElementContent[]): ElementContent[] {
  const last = nodes.at(-1);
  if (last?.type === 'text') return [...nodes.slice(0, -1), { type: 'text', value: last.value.trimEnd() }];
  return nodes;
}

/** Cut a list too long for one slide into lists that fit, an ordered list going on with its numbering. */
export function splitList(list: Element, lines: number, limits: SlideLimits = SLIDE_LIMITS): Element[] {
  const items = elements(list.children);
  const out: Element[] = [];
  let start = Number(list.properties?.start ?? 1);
  let group: Element[] = [];
  let used = 0.3;
  const flush = () => {
    if (group.length === 0) return;
    const properties = list.tagName === 'ol' && start !== 1 ? { ...list.properties, start } : { ...list.properties };
    out.push({ ...list, properties, children: group.flatMap((li) => [{ type: 'text', value: '\n' } as const, li]) });
    start += group.length;
    group = [];
    used = 0.3;
  };
  for (const li of items) {
    const size = listLines({ ...list, children: [li] }, limits.lineChars - 4);
    if (group.length > 0 && used + size > lines) flush();
    group.push(li);
    used += size;
  }
  flush();
  return out;
}

/** A comparison (cards, or a table) is too dense for a room: on a slide it becomes the list of the alternatives it compares. */
export function compactTable(region: Element): Element {
  const table = findAll(region, (el) => el.tagName === 'table')[0];
  const caption = table
    ? findAll(table, (el) => el.tagName === 'caption')[0]
    : findAll(region, (el) => hasClass(el, 'comparatif-titre'))[0];
  const names = table
    ? findAll(table, (el) => el.tagName === 'th' && el.properties?.scope === 'col')
    : findAll(region, (el) => hasClass(el, 'comparatif-nom'));
  const links = names.flatMap((cell) => findAll(cell, (el) => el.tagName === 'a'));
  const children: ElementContent[] = [];
  links.forEach((a, i) => {
    if (i > 0) children.push({ type: 'text', value: i === links.length - 1 ? ' et ' : ', ' });
    children.push(a);
  });
  const title = caption ? textOf(caption).replace(/\s*:.*$/, '') : 'Les alternatives';
  return {
    type: 'element',
    tagName: 'p',
    properties: { className: ['diapo-comparatif'] },
    children: [{ type: 'element', tagName: 'strong', properties: {}, children: [{ type: 'text', value: `${title}\u00a0:` }] }, { type: 'text', value: ' ' }, ...children, { type: 'text', value: '.' }],
  };
}

/** Lay blocks out on as many slides as they need; an h3 never ends a slide, a block too big alone is cut. */
export function paginate(blocks: Element[], limits: SlideLimits = SLIDE_LIMITS): Element[][] {
  const pages: Element[][] = [];
  let page: Element[] = [];
  let used = 0;
  const newPage = () => {
    if (page.length > 0) pages.push(page);
    page = [];
    used = 0;
  };
  const queue = [...blocks];
  while (queue.length > 0) {
    const block = queue.shift()!;
    const size = blockLines(block, limits);
    // a heading goes with the block after it
    const next = queue[0];
    const needed = /^h[34]$/.test(block.tagName) && next ? size + Math.min(blockLines(next, limits), 2) : size;
    if (used + needed <= limits.lines) {
      page.push(block);
      used += size;
      continue;
    }
    const room = limits.lines - used;
    const cuttable = block.tagName === 'p' || block.tagName === 'ul' || block.tagName === 'ol';
    if (cuttable && size > limits.lines) {
      // too big for any slide: cut it, filling what room this slide has left when that is worth it
      const firstRoom = room >= 3 ? room : limits.lines;
      if (firstRoom === limits.lines) newPage();
      const parts = block.tagName === 'p' ? splitParagraph(block, firstRoom, limits) : splitList(block, firstRoom, limits);
      const [first, ...rest] = parts;
      const restJoined = rest.length > 0 ? (block.tagName === 'p' ? splitParagraph(merge(block, rest), limits.lines, limits) : splitList(mergeList(block, rest), limits.lines, limits)) : [];
      page.push(first);
      used += blockLines(first, limits);
      for (const part of restJoined) {
        newPage();
        page.push(part);
        used = blockLines(part, limits);
      }
      continue;
    }
    newPage();
    page.push(block);
    used = size;
  }
  newPage();
  return pages;
}

/** The paragraphs cut from one, joined again (to cut the rest at full-slide size). */
function merge(p: Element, parts: Element[]): Element {
  return { ...p, children: parts.flatMap((part, i) => (i === 0 ? part.children : [{ type: 'text', value: ' ' } as const, ...part.children])) };
}

/** The lists cut from one, joined again, numbering from the first of them. */
function mergeList(list: Element, parts: Element[]): Element {
  return { ...list, properties: { ...parts[0].properties }, children: parts.flatMap((part) => part.children) };
}

/** The content of a trainer note, without its « Notes pour l'animation » summary. */
function noteContent(note: Element): ElementContent[] {
  return note.children.filter((c) => !(isElement(c) && c.tagName === 'summary') && !isWhitespace(c));
}

/** An exercise as slides: its title, its duration and instructions, set large. */
function exerciseSlides(block: Element, section: string | undefined, limits: SlideLimits): Slide[] {
  const h3 = heading(block);
  const title = textOf(h3 ?? block).replace(/\s+/g, ' ').trim();
  const body = elements(block.children).filter((c) => c !== h3);
  // the heading of an exercise runs longer, often over two lines: half a line less
  const large = { lineChars: Math.floor(limits.lineChars / EXERCISE_SCALE), lines: Math.floor((limits.lines / EXERCISE_SCALE) * 10) / 10 - 0.5 };
  const anchor = typeof block.properties?.id === 'string' ? block.properties.id : undefined;
  return paginate(body, large).map((page, i) => ({ kind: 'exercice', title, section, continued: i > 0, anchor: i === 0 ? anchor : undefined, body: page }));
}

/** Blocks of a section as slides: its text paginated, each diagram alone, each exercise after the text around it. */
function sectionSlides(title: string, slug: string | undefined, anchor: string | undefined, kind: SlideKind, blocks: Element[], limits: SlideLimits): Slide[] {
  const slides: Slide[] = [];
  let text: Element[] = [];
  const exercises: Element[] = [];
  const flushText = () => {
    for (const page of paginate(text, limits))
      slides.push({ kind, title, section: slug, continued: slides.length > 0, anchor: undefined, body: page });
    text = [];
  };
  for (const block of blocks) {
    if (isExercise(block)) exercises.push(block);
    else if (isSchema(block)) {
      flushText();
      slides.push({ kind: 'schema', title, section: slug, continued: slides.length > 0, body: [block] });
    } else text.push(isTable(block) ? compactTable(block) : block);
  }
  flushText();
  if (slides.length === 0) slides.push({ kind, title, section: slug, continued: false, body: [] });
  slides[0].anchor = anchor;
  for (const exercise of exercises) slides.push(...exerciseSlides(exercise, slug, limits));
  return slides;
}

/**
 * Cut a rendered chapter (the HTML of its MDX: sections, « À retenir », trainer notes) into slides, in reading order,
 * with the trainer notes set apart by section. `introTitle` heads the text before the first section.
 */
export function chapterSlides(tree: Root, introTitle: string, limits: SlideLimits = SLIDE_LIMITS): ChapterSlides {
  const slides: Slide[] = [];
  const notes = new Map<string, ElementContent[]>();
  const minutes = new Map<string, number>();
  const addNotes = (key: string, note: Element) => {
    notes.set(key, [...(notes.get(key) ?? []), ...noteContent(note)]);
    const planned = Number(note.properties?.dataDuree);
    if (Number.isInteger(planned) && planned > 0) minutes.set(key, (minutes.get(key) ?? 0) + planned);
  };
  let intro: Element[] = [];
  const flushIntro = () => {
    if (intro.length > 0) slides.push(...sectionSlides(introTitle, undefined, undefined, 'intro', intro, limits));
    intro = [];
  };
  for (const node of elements(tree.children)) {
    if (isNote(node)) addNotes('', node);
    else if (node.tagName === 'section' && classes(node).length === 0 && heading(node)?.tagName === 'h2') {
      flushIntro();
      const h2 = heading(node)!;
      const slug = String(h2.properties?.id ?? '');
      const blocks = elements(node.children).filter((c) => c !== h2);
      for (const note of blocks.filter(isNote)) addNotes(slug, note);
      slides.push(...sectionSlides(textOf(h2).trim(), slug, slug, 'section', blocks.filter((b) => !isNote(b)), limits));
    } else if (hasClass(node, 'retenir')) {
      flushIntro();
      const h2 = heading(node);
      const id = typeof h2?.properties?.id === 'string' ? h2.properties.id : undefined;
      slides.push(...sectionSlides(textOf(h2 ?? node).trim(), undefined, id, 'retenir', elements(node.children).filter((c) => c !== h2), limits));
    } else intro.push(node);
  }
  flushIntro();
  return { slides, notes, minutes };
}
