// MDX compiled in the tests as the site compiles it: Sätteri, with the guide's own step (src/lib/mdxPipeline.ts).
import { pathToFileURL } from 'node:url';
import { mdxToJs, type MdxToJsResult } from 'satteri';
import type { MdNode } from '../../src/lib/chapterModel.ts';
import { guideMdxPlugin, plainTree, type PipelineOptions } from '../../src/lib/mdxPipeline.ts';

/** The mdast tree of an MDX text as the site's processor parses it, before the guide's step, positions included. */
export function parseMdx(source: string): MdNode {
  let tree: MdNode | undefined;
  mdxToJs(source, {
    mdastPlugins: [{ name: 'lecture', options: { position: true }, before: (root) => void (tree = plainTree(root) as unknown as MdNode) }],
  });
  return tree!;
}

/**
 * Compile an MDX text of the file `path` (absolute) with the guide's step, handing it `frontmatter` as Astro does:
 * the generated module (escapes read as characters), and the front matter as the step leaves it (the chapter model written into it).
 */
export function compileMdx(
  source: string,
  { path = `${process.cwd()}/content/chapitres/essai.mdx`, frontmatter = {}, ...options }: { path?: string; frontmatter?: Record<string, unknown> } & PipelineOptions = {},
): { code: string; frontmatter: Record<string, unknown> } {
  // the module writes some characters as escapes (a no-break space as \xA0): read them as the characters they are
  // the guide's step is synchronous, so the compile is too
  const result = mdxToJs(source, {
    mdastPlugins: [guideMdxPlugin(options)],
    features: { smartPunctuation: false },
    fileURL: pathToFileURL(path),
    data: { astro: { frontmatter, headings: [], localImagePaths: new Set(), remoteImagePaths: new Set() } },
  }) as MdxToJsResult;
  const astro = result.data.astro as { frontmatter: Record<string, unknown> };
  const code = result.code.replace(/\\x([0-9a-fA-F]{2})|\\u([0-9a-fA-F]{4})/g, (_: string, x?: string, u?: string) => String.fromCharCode(parseInt(x ?? u!, 16)));
  return { code, frontmatter: astro.frontmatter };
}
