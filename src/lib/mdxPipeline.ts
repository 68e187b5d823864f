// What the guide does to every MDX file while it compiles, as one step of Astro's Markdown processor (Sätteri, which
// parses in native code, three to four times faster than the remark parser): links to hidden pages unlinked, references checked, chapter model read
// and sections wrapped, links given the base path and recorded, French typography on the prose, components turned into
// HTML elements. The steps work on a plain copy of the syntax tree, handed back whole, so that each stays a small
// function on an ordinary mdast tree.
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mdxToMdast, type MdastPluginDefinition } from 'satteri';
import { renderComponents, type ComponentContext } from './composants.ts';
import { applyChapterModel, type MdNode } from './chapterModel.ts';
import { rewriteLinks, pageOfFile, type FileLinks, type LinkNode } from './links.ts';
import { checkRefs, type KnownRefs } from './checkRefs.ts';
import { applyTypography } from './typographyTree.ts';
import { unlinkHidden, type UnlinkNode, type UnlinkOptions } from './masquer.ts';

export interface PipelineOptions {
  /** Ids the components may refer to; none checked when absent. */
  knownRefs?: KnownRefs;
  /** The base path links get, and where each file's links are recorded for the check after the build. */
  links?: { base: string; record: (links: FileLinks) => void };
  /** What this version hides: links to it become words, each recorded for the build's warning. */
  hidden?: UnlinkOptions & { record: (file: string, sentences: string[]) => void };
  /** What the components of an .mdx file read when they become HTML elements (see src/lib/composants.ts); without it, the HTML step would drop them. */
  components: ComponentContext;
}

/** The data Astro hands each compile (`ctx.data.astro`): the front matter, which the model is written into. */
interface AstroData {
  frontmatter?: Record<string, unknown>;
}

/** The mdast tree as plain objects: Sätteri's nodes are read lazily from native memory, and are read-only. */
export function plainTree<T>(root: T): T {
  return JSON.parse(JSON.stringify(root)) as T;
}

/** Run the guide's steps on a plain mdast tree of the file `path` (absolute), writing the chapter model into `data`. */
export function transformTree(tree: MdNode, path: string | undefined, data: { astro?: AstroData }, options: PipelineOptions): void {
  // the file as every message names it, from the project's folder
  const name = path ? relative(process.cwd(), path) : 'fichier inconnu';
  if (options.hidden) options.hidden.record(name, unlinkHidden(tree as UnlinkNode, options.hidden));
  if (options.knownRefs) checkRefs(tree, options.knownRefs, name);
  applyChapterModel(tree, { name, data: data as Record<string, unknown> });
  if (options.links) {
    const links = rewriteLinks(tree as LinkNode, options.links.base);
    options.links.record({ file: name, page: path ? pageOfFile(path) : undefined, links });
  }
  applyTypography(tree);
  renderComponents(tree, options.components, name);
}

/**
 * The tree of an .mdx file's text, parsed as MDX: the content layer hands the file to the Markdown processor
 * (src/lib/mdxLoader.ts), whose own parse reads components as raw HTML. Its front matter is left out.
 */
export function mdxTree(source: string): MdNode {
  const tree = mdxToMdast(source, { features: { smartPunctuation: false }, position: true }) as unknown as MdNode;
  tree.children = (tree.children ?? []).filter((node) => node.type !== 'yaml' && node.type !== 'toml');
  return tree;
}

/** The Sätteri plugin that runs the guide's steps on each MDX file. */
export function guideMdxPlugin(options: PipelineOptions): MdastPluginDefinition {
  return {
    name: 'numerique-libre',
    // the model records where each section starts and ends, the link check the line of each link
    options: { position: true },
    before(root, ctx) {
      const path = ctx.fileURL ? fileURLToPath(ctx.fileURL) : undefined;
      // an .mdx file rendered as Markdown is read again as MDX, front matter included, so that lines are the file's
      const tree = ctx.sourceFormat === 'markdown' && path?.endsWith('.mdx') ? mdxTree(ctx.source) : (plainTree(root) as unknown as MdNode);
      transformTree(tree, path, ctx.data as { astro?: AstroData }, options);
      ctx.replaceNode(root, tree as never);
    },
  };
}
