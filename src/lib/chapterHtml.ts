// A chapter as rendered HTML, read back as a tree at build time: the slides, the handout and the trainer's script
// take their pieces (sections, exercises, « À retenir », trainer notes) from the very HTML of the reading page, so
// that they can never say something else.
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { parseHtmlFragment } from './html.ts';
import { prefixFragment, prefixId, prefixSvgIds } from './chapterModel.ts';

export type { Element, ElementContent, Root, RootContent };

/** The chapter's rendered HTML as a tree of nodes (a fragment: no html, head or body added). */
export function parseChapter(html: string): Root {
  return parseHtmlFragment(html);
}

/** HTML of some nodes, as the page will carry it. */
export function serialize(nodes: RootContent | RootContent[] | Root): string {
  const children = Array.isArray(nodes) ? nodes : 'type' in nodes && nodes.type === 'root' ? nodes.children : [nodes];
  return toHtml({ type: 'root', children: children as RootContent[] });
}

export const isElement = (node: unknown): node is Element => typeof node === 'object' && node !== null && (node as Element).type === 'element';

/** The classes of an element. */
export function classes(node: Element): string[] {
  const value: unknown = node.properties?.className;
  if (Array.isArray(value)) return value.map(String);
  return typeof value === 'string' ? value.split(/\s+/) : [];
}

export const hasClass = (node: unknown, name: string): node is Element => isElement(node) && classes(node).includes(name);

/** A data attribute of an element (`data-notes-formateur` is asked as 'notesFormateur', as hast names it). */
export function dataAttribute(node: Element, name: string): string | undefined {
  const value = node.properties?.[`data${name[0].toUpperCase()}${name.slice(1)}`];
  return value === undefined || value === null || value === false ? undefined : String(value);
}

/** Every element under a node, in document order, that the test accepts. */
export function findAll(node: Root | Element, test: (el: Element) => boolean): Element[] {
  const found: Element[] = [];
  const visit = (n: Root | ElementContent | RootContent) => {
    if (isElement(n) && test(n)) found.push(n);
    if ('children' in n) for (const child of n.children) visit(child);
  };
  visit(node);
  return found;
}

/** The text of a node as a reader sees it, spaces collapsed. */
export function textOf(node: Root | RootContent | ElementContent): string {
  if (node.type === 'text') return node.value;
  // a script's code or a style sheet is no text a reader sees
  if (node.type === 'element' && (node.tagName === 'script' || node.tagName === 'style')) return '';
  if ('children' in node) return node.children.map((c) => textOf(c as RootContent)).join('');
  return '';
}

const ID_LISTS = ['ariaLabelledBy', 'ariaDescribedBy'];

/**
 * Every id of a chapter's tree, and every reference to one (aria-labelledby, aria-describedby, in-page links, a
 * diagram's url(#…)), with `prefix` in front: several chapters then share a page (the booklet) with no id twice.
 */
export function prefixIds(tree: Root, prefix: string): Root {
  if (prefix === '') return tree;
  for (const el of findAll(tree, () => true)) {
    const props = el.properties;
    for (const [key, value] of Object.entries(props)) {
      if (key === 'id' && typeof value === 'string') props.id = prefixId(prefix, value);
      else if (ID_LISTS.includes(key)) props[key] = (Array.isArray(value) ? value.map(String) : String(value).split(/\s+/)).map((id) => prefixId(prefix, id));
      else if (key === 'href' && typeof value === 'string') props.href = prefixFragment(prefix, value);
      else if (typeof value === 'string' && value.includes('url(#')) props[key] = prefixSvgIds(prefix, value);
    }
  }
  return tree;
}
