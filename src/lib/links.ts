// Links written in the chapters and text pages: given the base path at compile time, checked against the built site.
import { basename, dirname } from 'node:path';
import { withBase } from './siteUrl.ts';
import { ownString } from './ownCopy.ts';

/** The part of an mdast tree this module reads: links, images, definitions and MDX components with their attributes. */
export interface LinkNode {
  type: string;
  url?: string;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: LinkNode[];
  position?: { start: { line: number } };
}

/** A link as its author wrote it, before the base was added. */
export interface WrittenLink {
  url: string;
  line?: number;
}

/** Links of one MDX file: where it is and which page of the site it becomes. */
export interface FileLinks {
  file: string;
  /** Route of the page the file becomes ("/guide/quand/"), to resolve "#section" and relative links; undefined when unknown. */
  page?: string;
  links: WrittenLink[];
}

/** Attributes of MDX components that hold a link target. */
const LINK_ATTRIBUTES = new Set(['href', 'src']);

/** Whether a link target stays on this site (a path, a fragment, a relative link), rather than naming a scheme or a host. */
export function isInternal(url: string): boolean {
  return url !== '' && !/^([a-z][a-z0-9+.-]*:|\/\/)/i.test(url);
}

/** Put the base in front of every root-relative link of an mdast tree, in place, and return every internal link as written. */
export function rewriteLinks(tree: LinkNode, base: string): WrittenLink[] {
  const found: WrittenLink[] = [];
  const take = (url: string, node: LinkNode): string => {
    if (!isInternal(url)) return url;
    // the address read from the file holds the file's whole text: recorded as a copy of its own
    const kept = ownString(url);
    found.push(node.position ? { url: kept, line: node.position.start.line } : { url: kept });
    return url.startsWith('/') ? withBase(base, url) : url;
  };
  const walk = (node: LinkNode) => {
    if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && typeof node.url === 'string') {
      node.url = take(node.url, node);
    } else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      for (const attr of node.attributes ?? []) {
        // an expression (href={…}) is code, not a written link: it is left to the component
        if (attr.type === 'mdxJsxAttribute' && attr.name && LINK_ATTRIBUTES.has(attr.name) && typeof attr.value === 'string') {
          attr.value = take(attr.value, node);
        }
      }
    }
    node.children?.forEach(walk);
  };
  walk(tree);
  return found;
}

/** Route of the page an MDX file of the content folder becomes: chapitres/x.mdx is /guide/x/, pages/x.mdx is /x/. */
export function pageOfFile(file: string): string | undefined {
  const folder = basename(dirname(file));
  const id = basename(file).replace(/\.mdx?$/, '');
  if (folder === 'chapitres') return `/guide/${id}/`;
  if (folder === 'pages') return `/${id}/`;
  return undefined;
}

/**
 * What the build holds: each page route ("/guide/x/", "/404.html") with the ids of its elements, and every other file
 * ("/favicon.svg"). Only `has` and `get` are asked of the pages, so that a built site can read a page's ids the first
 * time a link aims at it (readBuiltSite), rather than those of its thousands of pages at once.
 */
export interface BuiltSite {
  pages: Pick<ReadonlyMap<string, ReadonlySet<string>>, 'has' | 'get'>;
  files: Set<string>;
}

/** Every internal link that leads to no page, file or anchor of the built site, as a sentence naming the file and the link. */
export function findBrokenLinks(written: FileLinks[], site: BuiltSite): string[] {
  const problems: string[] = [];
  for (const { file, page, links } of written) {
    for (const { url, line } of links) {
      const where = `${file}${line ? `:${line}` : ''}`;
      if (!url.startsWith('/') && !page) {
        problems.push(`${where} : lien « ${url} » impossible à vérifier (page du fichier inconnue) ; écrivez le chemin depuis la racine du site`);
        continue;
      }
      const target = new URL(url, `http://site${page ?? '/'}`);
      const path = decodeURIComponent(target.pathname);
      const ids = site.pages.get(path);
      if (!ids) {
        if (!site.files.has(path)) problems.push(`${where} : lien « ${url} » vers une page qui n’existe pas (${path})`);
        continue;
      }
      const anchor = decodeURIComponent(target.hash.slice(1));
      if (anchor !== '' && !ids.has(anchor)) problems.push(`${where} : lien « ${url} » vers une ancre qui n’existe pas sur ${path} (#${anchor})`);
    }
  }
  return problems;
}

/** The ids of the elements of an HTML page, as Astro writes them (attribute values in double quotes). */
export function htmlIds(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]*)"/g)].map((m) => decodeEntities(m[1])));
}

/** The href and src values of an HTML page, decoded, with the attribute each sits in. */
function attributeUrls(html: string): { attribute: string; raw: string; value: string }[] {
  return [...html.matchAll(/\s(href|src)="([^"]*)"/g)].map(([, attribute, raw]) => ({ attribute, raw, value: decodeEntities(raw) }));
}

/** Every path-like href and src of an HTML page (no scheme, no host) that leads outside the base path ("/notre-guide/"); full addresses are left out, as an author may link a neighbouring site on the same host. */
export function linksOutsideBase(html: string, pageUrl: string, base: string): string[] {
  const page = new URL(pageUrl);
  const root = withBase(base, '/');
  return attributeUrls(html)
    .filter(({ value }) => isInternal(value) && !new URL(value, page).pathname.startsWith(root))
    .map(({ value }) => value);
}

/** Every href and src of a built page, under its own origin, that leaves the base or leads to no file or anchor of the built site. */
export function builtLinkProblems(html: string, pageUrl: string, base: string, site: BuiltSite): string[] {
  const page = new URL(pageUrl);
  const root = withBase(base, '/');
  const problems: string[] = [];
  for (const { attribute, raw, value } of attributeUrls(html)) {
    const target = new URL(value, page);
    if (target.origin !== page.origin || value === '#') continue;
    if (!target.pathname.startsWith(root)) {
      problems.push(`${attribute}="${raw}" sort de ${root}`);
      continue;
    }
    const path = `/${decodeURIComponent(target.pathname.slice(root.length))}`;
    const ids = site.pages.get(path);
    if (!ids && !site.files.has(path)) problems.push(`${attribute}="${raw}" ne mène à aucun fichier`);
    else if (target.hash.length > 1 && !ids?.has(decodeURIComponent(target.hash.slice(1)))) {
      problems.push(`${attribute}="${raw}" vise une ancre absente`);
    }
  }
  return problems;
}

/** Decode the few character references Astro writes inside attribute values. */
function decodeEntities(value: string): string {
  return value.replace(/&(amp|quot|lt|gt|#39|#x27);/g, (_, e: string) => ({ amp: '&', quot: '"', lt: '<', gt: '>', '#39': "'", '#x27': "'" })[e] ?? _);
}

