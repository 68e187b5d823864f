// The favicon, drawn from the logo and the palette of content/site.yaml: a version of the guide brands it too.
import type { APIRoute } from 'astro';
import { getSite } from '../data.ts';
import { faviconSvg } from '../lib/couleurs.ts';
import { loadLogo } from '../lib/loadSite.ts';

export const GET: APIRoute = () => {
  const site = getSite();
  return new Response(faviconSvg(loadLogo(site), site.couleurs), { headers: { 'Content-Type': 'image/svg+xml' } });
};
