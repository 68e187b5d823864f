// MDX compiled in the tests as the site compiles it: the file handed to Sätteri's Markdown processor, which the guide's
// own step (src/lib/mdxPipeline.ts) reads again as MDX, its components turned into HTML (src/lib/composants.ts).
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { markdownToHtml, type MarkdownToHtmlResult } from 'satteri';
import type { MdNode } from '../../src/lib/chapterModel.ts';
import { guideMdxPlugin, mdxTree, type PipelineOptions } from '../../src/lib/mdxPipeline.ts';
import type { ComponentContext } from '../../src/lib/composants.ts';
import { loadSite } from '../../src/lib/loadSite.ts';
import { loadCatalogue } from '../../src/lib/catalogue.ts';
import { withoutHidden } from '../../src/lib/masquer.ts';

/** What the components read, from a content folder: its site.yaml, its catalogue, its diagrams. */
export function contentComponents(dir: string): ComponentContext {
  const site = loadSite(dir);
  return { base: '/', site, catalogue: withoutHidden(loadCatalogue(dir), site.masquer), schemasDir: join(dir, 'schemas') };
}

let fixture: ComponentContext | undefined;
/** The components' context of the test content folder. */
export function fixtureComponents(): ComponentContext {
  fixture ??= contentComponents(join(import.meta.dirname, '../fixtures/contenu'));
  return fixture;
}

/** The mdast tree of an MDX text as the guide's step parses it, before its changes, positions included. */
export function parseMdx(source: string): MdNode {
  return mdxTree(source);
}

/**
 * Compile an MDX text of the file `path` (absolute) with the guide's step, handing it `frontmatter` as Astro does:
 * the HTML it gives, and the front matter as the step leaves it (the chapter model written into it).
 */
export function compileMdx(
  source: string,
  { path = `${process.cwd()}/content/chapitres/essai.mdx`, frontmatter = {}, components = fixtureComponents(), ...options }: {
    path?: string;
    frontmatter?: Record<string, unknown>;
  } & Partial<PipelineOptions> = {},
): { code: string; frontmatter: Record<string, unknown> } {
  // the guide's step is synchronous, so the compile is too
  const result = markdownToHtml(source, {
    mdastPlugins: [guideMdxPlugin({ ...options, components })],
    features: { smartPunctuation: false },
    fileURL: pathToFileURL(path),
    data: { astro: { frontmatter, headings: [], localImagePaths: new Set(), remoteImagePaths: new Set() } },
  }) as MarkdownToHtmlResult;
  const astro = result.data.astro as { frontmatter: Record<string, unknown> };
  return { code: result.html, frontmatter: astro.frontmatter };
}
