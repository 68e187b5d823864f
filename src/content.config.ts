import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { chapterSchema, pageSchema } from './lib/schemas.ts';
import { contentDir, loadSite } from './lib/loadSite.ts';
import { chapterFiles, showDrafts } from './lib/masquer.ts';

const dir = contentDir();
// chapters site.yaml hides, and drafts outside « npm run dev », are not part of the collection
const { hidden, drafts } = chapterFiles(dir, loadSite(dir).masquer, showDrafts());
const chapterPattern = ['*.mdx', ...[...hidden, ...drafts].map((id) => `!${id}.mdx`)];

// The chapters' raw text is read by no page (the chapter model is built while they compile): not kept in memory
export const collections = {
  chapitres: defineCollection({
    loader: glob({ pattern: chapterPattern, base: `${dir}/chapitres`, retainBody: false }),
    schema: chapterSchema(),
  }),
  pages: defineCollection({
    loader: glob({ pattern: '*.mdx', base: `${dir}/pages`, retainBody: false }),
    schema: pageSchema,
  }),
};
