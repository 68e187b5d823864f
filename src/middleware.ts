// Route data: the guide's data is read once per build and handed to every route through Astro.locals,
// so that components receive it instead of loading it themselves (as Starlight's route data does).
import { defineMiddleware } from 'astro:middleware';
import { loadGuide } from './data.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  context.locals.guide = await loadGuide();
  return next();
});
