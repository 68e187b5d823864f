// What a published version of the guide leaves out: the chapters and catalogue entries site.yaml hides (« masquer »),
// and the chapters still in draft. Left-out chapters are not compiled; a link to a hidden page, written in another
// chapter, becomes its plain words and is listed as a warning, instead of stopping the build.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Catalogue } from './catalogue.ts';
import { trainerPaths } from './trainerPages.ts';
import { problemsError, type Problem } from './validate.ts';

/** The ids site.yaml hides. */
export interface Hidden {
  chapitres: string[];
  alternatives: string[];
  plateformes: string[];
}

/** Whether a chapter file's front matter marks it as a draft (« brouillon: true »). */
export function isDraft(mdx: string): boolean {
  const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(mdx)?.[1] ?? '';
  return /^brouillon:\s*true\s*$/m.test(front);
}

/** Drafts are shown while writing (« npm run dev »), never in a build. */
export function showDrafts(env: Record<string, string | undefined> = process.env): boolean {
  return env.NODE_ENV === 'development';
}

/** The chapter files of a content folder, sorted into those the site shows, those site.yaml hides, and the drafts left out. */
export function chapterFiles(dir: string, hidden: Hidden, drafts: boolean): { shown: string[]; hidden: string[]; drafts: string[] } {
  const folder = join(dir, 'chapitres');
  const ids = existsSync(folder) ? readdirSync(folder).filter((f) => f.endsWith('.mdx')).map((f) => f.slice(0, -'.mdx'.length)).sort() : [];
  const sorted = { shown: [] as string[], hidden: [] as string[], drafts: [] as string[] };
  for (const id of ids) {
    if (hidden.chapitres.includes(id)) sorted.hidden.push(id);
    else if (!drafts && isDraft(readFileSync(join(folder, `${id}.mdx`), 'utf8'))) sorted.drafts.push(id);
    else sorted.shown.push(id);
  }
  return sorted;
}

/** Ids of site.yaml's « masquer » that name no chapter file or catalogue entry: an error naming the file and each field. */
export function checkHidden(hidden: Hidden, chapterIds: string[], catalogue: Catalogue, file: string): void {
  const problems: Problem[] = [];
  const check = (kind: keyof Hidden, known: string[], where: string) =>
    hidden[kind].forEach((id, i) => {
      if (!known.includes(id)) problems.push({ file, field: `masquer.${kind}.${i}`, message: `« ${id} » ne correspond à aucun fichier de ${where}` });
    });
  check('chapitres', chapterIds, 'chapitres/');
  check('alternatives', catalogue.alternatives.map((a) => a.id), 'alternatives/');
  check('plateformes', catalogue.platforms.map((p) => p.id), 'plateformes/');
  if (problems.length > 0) throw problemsError('Éléments à masquer inconnus', problems);
}

/**
 * The catalogue without what this version hides: hidden alternatives gone from its lists and from the choices of the
 * platforms they replace, hidden platforms gone from its lists and from what each alternative says it replaces.
 */
export function withoutHidden(catalogue: Catalogue, hidden: Pick<Hidden, 'alternatives' | 'plateformes'>): Catalogue {
  if (hidden.alternatives.length === 0 && hidden.plateformes.length === 0) return catalogue;
  const alternatives = new Set(hidden.alternatives);
  const platforms = new Set(hidden.plateformes);
  return {
    usages: catalogue.usages,
    alternatives: catalogue.alternatives.filter((a) => !alternatives.has(a.id)).map((a) => ({ ...a, remplace: a.remplace.filter((id) => !platforms.has(id)) })),
    platforms: catalogue.platforms.filter((p) => !platforms.has(p.id)).map((p) => ({ ...p, choisir: p.choisir.filter((c) => !alternatives.has(c.alternative)) })),
  };
}

/** Every page address of what is hidden: a chapter's reading page, slides, handout and trainer script, an alternative's page, a platform's page. */
export function hiddenAddresses(hidden: Hidden): Set<string> {
  return new Set([
    ...hidden.chapitres.flatMap((id) => Object.values(trainerPaths(id))),
    ...hidden.alternatives.map((id) => `/alternatives/${id}/`),
    ...hidden.plateformes.map((id) => `/remplacer/${id}/`),
  ]);
}

/** The part of an mdast tree this step reads: links and MDX components, with their text. */
export interface UnlinkNode {
  type: string;
  url?: string;
  name?: string | null;
  value?: string;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: UnlinkNode[];
  position?: { start: { line: number } };
}

/** What unlinking needs: the hidden pages' paths, the names of hidden alternatives (for <Alternative id="…" />), the hidden platforms (for <Comparatif plateforme="…" />). */
export interface UnlinkOptions {
  paths: Set<string>;
  alternatives: Map<string, string>;
  platforms?: Set<string>;
}

/**
 * Turn every link to a hidden page into its own words, and every <Alternative> naming a hidden entry into its name, in
 * place; return each one as a sentence for the build's warning (with its line).
 */
export function unlinkHidden(tree: UnlinkNode, options: UnlinkOptions): string[] {
  const found: string[] = [];
  const at = (node: UnlinkNode) => (node.position ? `ligne ${node.position.start.line}` : 'ligne inconnue');
  const replacement = (node: UnlinkNode): UnlinkNode[] | undefined => {
    if (node.type === 'link' && typeof node.url === 'string' && node.url.startsWith('/')) {
      const path = new URL(node.url, 'http://site').pathname;
      if (!options.paths.has(decodeURIComponent(path))) return undefined;
      found.push(`${at(node)} : lien « ${node.url} » vers une page masquée, laissé en texte`);
      return node.children ?? [];
    }
    if ((node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && node.name === 'Alternative') {
      const id = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id')?.value;
      const name = typeof id === 'string' ? options.alternatives.get(id) : undefined;
      if (name === undefined) return undefined;
      found.push(`${at(node)} : <Alternative id="${id}" /> masquée, laissée en texte (« ${name} »)`);
      const words: UnlinkNode = { type: 'text', value: name };
      return [node.type === 'mdxJsxFlowElement' ? { type: 'paragraph', children: [words] } : words];
    }
    if (node.type === 'mdxJsxFlowElement' && node.name === 'Comparatif') {
      const id = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'plateforme')?.value;
      if (typeof id !== 'string' || !options.platforms?.has(id)) return undefined;
      found.push(`${at(node)} : <Comparatif plateforme="${id}" /> d’une plateforme masquée, retiré`);
      return [];
    }
    return undefined;
  };
  const walk = (node: UnlinkNode) => {
    if (!node.children) return;
    node.children = node.children.flatMap((child) => {
      const instead = replacement(child);
      if (instead === undefined) {
        walk(child);
        return [child];
      }
      instead.forEach(walk);
      return instead;
    });
  };
  walk(tree);
  return found;
}

/** Whether a site address is a page of something this version hides (so it never published it). */
export function isHiddenAddress(url: string, hidden: Hidden): boolean {
  return hiddenAddresses(hidden).has(url);
}
