import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { chapterSchema, pageSchema } from './lib/schemas.ts';
import { contentDir } from './lib/loadSite.ts';

const dir = contentDir();

// The chapters' raw text is read by no page (the chapter model is built while they compile): not kept in memory
export const collections = {
  chapitres: defineCollection({
    loader: glob({ pattern: '*.mdx', base: `${dir}/chapitres`, retainBody: false }),
    schema: chapterSchema(),
  }),
  pages: defineCollection({
    loader: glob({ pattern: '*.mdx', base: `${dir}/pages`, retainBody: false }),
    schema: pageSchema,
  }),
};
