import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { chapterSchema, pageSchema } from './lib/schemas.ts';
import { contentDir } from './lib/loadSite.ts';

const dir = contentDir();

export const collections = {
  chapitres: defineCollection({
    loader: glob({ pattern: '*.mdx', base: `${dir}/chapitres` }),
    schema: chapterSchema(),
  }),
  pages: defineCollection({
    loader: glob({ pattern: '*.mdx', base: `${dir}/pages` }),
    schema: pageSchema,
  }),
};
