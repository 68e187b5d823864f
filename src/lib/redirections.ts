// Addresses that changed: a chapter renamed, an entry removed. The old address keeps answering with a page that sends
// the reader on to the new one at once (printed QR codes and links elsewhere point at it). Written in
// content/redirections.yaml; checked against the built site once it is built (src/integrations/redirections.ts).
import { join } from 'node:path';
import { existsSync } from 'node:fs';
import { z } from 'zod';
import { loadYaml } from './validate.ts';

const sitePath = z.string().regex(/^\/([^\s#?]+\/)?$/, 'un chemin du site qui commence et finit par /, par exemple « /guide/ancien-nom/ »');
const target = z.string().regex(/^\/([^\s#?]+\/)?(#[^\s]+)?$/, 'un chemin du site qui commence et finit par /, suivi au besoin d’une ancre (« /guide/quand/#section »)');

export const redirectionsSchema = z
  .array(z.object({ de: sitePath, vers: target }).strict())
  .superRefine((list, ctx) => {
    const from = new Set<string>();
    list.forEach((r, i) => {
      if (from.has(r.de)) ctx.addIssue({ code: 'custom', path: [i, 'de'], message: `« ${r.de} » est déjà redirigée plus haut` });
      from.add(r.de);
      if (r.vers.split('#')[0] === r.de) ctx.addIssue({ code: 'custom', path: [i, 'vers'], message: 'une adresse ne peut mener à elle-même' });
    });
    // one step only: a reader sent on twice may lose the way (and a loop never ends)
    list.forEach((r, i) => {
      const to = r.vers.split('#')[0];
      if (to !== r.de && from.has(to)) ctx.addIssue({ code: 'custom', path: [i, 'vers'], message: `« ${r.vers} » est elle-même redirigée : indiquez directement sa destination finale` });
    });
  });
export type Redirection = z.infer<typeof redirectionsSchema>[number];

/** The redirections of a content folder ([] without the file), validated: an error names the file, the entry and the field. */
export function loadRedirections(dir: string): Redirection[] {
  const file = join(dir, 'redirections.yaml');
  // a file holding only comments reads as null: no redirection yet
  return existsSync(file) ? loadYaml(z.preprocess((v) => v ?? [], redirectionsSchema), file) : [];
}
