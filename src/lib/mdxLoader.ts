// The content loader of chapters and pages: Astro's glob() loader, with an .mdx file rendered to HTML while the
// content syncs, as a Markdown file is, instead of being compiled into a JavaScript module. The guide's step of the
// Markdown processor (src/lib/mdxPipeline.ts) reads the file as MDX and turns its components into HTML elements
// (src/lib/composants.ts). Two thousand MDX modules cost the bundler about 1.7 GB of memory (bench/README.md).
import type { Loader, LoaderContext } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { ownStrings } from './ownCopy.ts';

type GlobOptions = Parameters<typeof glob>[0];
type EntryTypes = Map<string, EntryType>;
interface EntryType {
  getEntryInfo: (params: { contents: string; fileUrl: URL }) => Promise<unknown>;
  getRenderFunction?: (config: LoaderContext['config']) => Promise<unknown>;
  [key: string]: unknown;
}
interface Renderer {
  render(content: string, options: { frontmatter: Record<string, unknown>; fileURL?: URL }): Promise<{ code: string; metadata: Record<string, unknown> & { localImagePaths: string[]; remoteImagePaths: string[] } }>;
}

/** glob() over .mdx files, each kept as the HTML its compile gives; a file that does not compile stops the build. */
export function mdxAsHtml(options: GlobOptions): Loader {
  const inner = glob(options);
  return {
    name: 'numerique-libre:mdx-en-html',
    load: async (context) => {
      // the file types Astro hands its own glob() loader; not part of the documented loader context
      const entryTypes = (context as unknown as { entryTypes?: EntryTypes }).entryTypes;
      const markdown = entryTypes?.get('.md');
      if (!entryTypes || !markdown) throw new Error('mdxAsHtml : cette version d’Astro ne donne plus au chargeur le type d’entrée des fichiers .md (src/lib/mdxLoader.ts)');
      // the glob loader logs a file that fails to render and keeps going: its messages are kept to stop the build after
      const failures: string[] = [];
      const mdx: EntryType = {
        ...markdown,
        extensions: ['.mdx'],
        getRenderFunction: async (config) => {
          const { markdown: md, image } = config;
          const renderer = (await md.processor.createRenderer({
            image,
            syntaxHighlight: md.syntaxHighlight,
            shikiConfig: md.shikiConfig,
            gfm: md.gfm,
            smartypants: md.smartypants,
          })) as Renderer;
          return async (entry: { data: Record<string, unknown>; filePath?: string }) => {
            try {
              // the whole file, front matter included, so that the lines the messages give are the file's; the guide's
              // step reads it again as MDX, and the Markdown parse is thrown away
              const source = entry.filePath ? await readFile(entry.filePath, 'utf8') : '';
              const result = await renderer.render(source, { frontmatter: entry.data, fileURL: entry.filePath ? pathToFileURL(entry.filePath) : undefined });
              return { html: result.code, metadata: { ...result.metadata, imagePaths: [...result.metadata.localImagePaths, ...result.metadata.remoteImagePaths] } };
            } catch (error) {
              failures.push((error as Error).message);
              throw error;
            }
          };
        },
      };
      // a file's HTML depends on more than its text (the catalogue, site.yaml, the glossary, the other chapters' links,
      // which the build checks as it compiles): every build compiles every file again, as it did an MDX module
      context.store.clear();
      // the front matter's strings are pieces of the file's text, which they would keep until the build ends: the
      // store is handed copies of its own (src/lib/ownCopy.ts); the HTML, made by the compile, is no such piece
      const store: LoaderContext['store'] = {
        ...context.store,
        set: (entry) =>
          context.store.set({
            ...entry,
            data: ownStrings(entry.data),
            rendered: entry.rendered && { ...entry.rendered, metadata: ownStrings(entry.rendered.metadata) },
          }),
      };
      await inner.load({ ...context, store, entryTypes: new Map([...entryTypes, ['.mdx', mdx]]) } as LoaderContext);
      // while writing (npm run dev), the message is shown and the page waits for the fix; a build stops
      if (failures.length > 0 && !context.watcher) {
        throw new Error(`${failures.length === 1 ? 'un fichier ne se compile pas' : `${failures.length} fichiers ne se compilent pas`} :\n\n${failures.join('\n\n')}`);
      }
    },
  };
}
