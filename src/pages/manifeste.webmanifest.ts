// The web app manifest of the guide, in French, from site.yaml. No page links it: the offline copy's module links it
// on the pages of a reader who took the copy (src/scripts/copieModule.ts), so that it costs a first visit nothing.
import type { APIRoute } from 'astro';
import { getSite, href } from '../data.ts';
import { webManifest } from '../lib/horsLigneBuild.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(webManifest(getSite(), href('/')), null, 2), { headers: { 'Content-Type': 'application/manifest+json' } });
