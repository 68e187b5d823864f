import { defineCollection } from 'astro:content';
import { mdxAsHtml } from './lib/mdxLoader.ts';
import { chapterSchema, pageSchema } from './lib/schemas.ts';
import { contentDir, loadSite } from './lib/loadSite.ts';
import { chapterFiles, showDrafts } from './lib/masquer.ts';

const dir = contentDir();
// chapters site.yaml hides, and drafts outside « npm run dev », are not part of the collection
const { hidden, drafts } = chapterFiles(dir, loadSite(dir).masquer, showDrafts());
const chapterPattern = ['*.mdx', ...[...hidden, ...drafts].map((id) => `!${id}.mdx`)];

// Each file is kept as its HTML (src/lib/mdxLoader.ts); its raw text is read by no page (the chapter model is built
// while it compiles): not kept in memory
export const collections = {
  chapitres: defineCollection({
    loader: mdxAsHtml({ pattern: chapterPattern, base: `${dir}/chapitres`, retainBody: false }),
    schema: chapterSchema(),
  }),
  pages: defineCollection({
    loader: mdxAsHtml({ pattern: '*.mdx', base: `${dir}/pages`, retainBody: false }),
    schema: pageSchema,
  }),
};
