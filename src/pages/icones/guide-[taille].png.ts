// The icons of the installed guide (web app manifest), drawn at build from the logo and the palette of site.yaml.
import type { APIRoute, GetStaticPaths } from 'astro';
import sharp from 'sharp';
import { getSite } from '../../data.ts';
import { iconSvg } from '../../lib/couleurs.ts';
import { ICONS } from '../../lib/horsLigneBuild.ts';
import { loadLogo } from '../../lib/loadSite.ts';

export const getStaticPaths = (() => ICONS.map((icon) => ({ params: { taille: String(icon.size) } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const size = Number(params.taille);
  const site = getSite();
  const png = await sharp(Buffer.from(iconSvg(loadLogo(site), site.couleurs.clair)), { density: (72 * size) / 32 })
    .resize(size, size)
    .png({ compressionLevel: 9 })
    .toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
