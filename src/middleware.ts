// Route data: the guide's data is read once per build and handed to every route through Astro.locals,
// so that components receive it instead of loading it themselves (as Starlight's route data does).
import { defineMiddleware } from 'astro:middleware';
import { href, loadGuide } from './data.ts';
import { siteNavigation } from './lib/routeData.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  context.locals.guide = await loadGuide();
  // the header's links and the section this page belongs to, worked out once per route
  context.locals.navigation = siteNavigation(context.url.pathname, context.locals.guide.pages, href);
  // the canonical URL, also printed under the page's title (data-adresse, read by print.css)
  context.locals.address = new URL(context.url.pathname, context.site).href;
  return next();
});
