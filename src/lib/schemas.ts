import { paletteSchema } from './couleurs.ts';
import { z } from 'zod';
import { typographyFr } from './typography.ts';

/** The parts of the parcours, in reading order. Their titles live in content/site.yaml. */
export const PART_IDS = ['comprendre', 'etat-des-lieux', 'passer-a-l-action', 'annexes'] as const;
export type PartId = (typeof PART_IDS)[number];

export const PUBLICS = ['structures', 'particuliers', 'tous'] as const;
export type Public = (typeof PUBLICS)[number];

/** French prose from YAML or front matter: checked for length, then set in French typography; `missing` says what to write when the field is absent. */
export const texte = (min: number, max = 10_000, missing?: string) =>
  z
    .string(missing === undefined ? undefined : { error: (issue) => (issue.input === undefined ? missing : undefined) })
    .min(min)
    .max(max)
    .transform(typographyFr);

/** An id used in URLs and references: lower case without accents, words joined by hyphens. */
export const contentId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'identifiant attendu en minuscules sans accents, mots séparés par des tirets');

export const httpsUrl = z.url({ protocol: /^https$/, error: 'doit être une adresse https://' });

/** Format a Date as YYYY-MM-DD (UTC, as YAML dates are). */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** A source date: a year, a month or a day (YAML may hand us a number, a string or a Date). */
export const sourceDate = z.preprocess(
  (value) => (value instanceof Date ? isoDay(value) : typeof value === 'number' ? String(value) : value),
  z
    .string()
    .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'date attendue : AAAA, AAAA-MM ou AAAA-MM-JJ'),
);

export const sourceSchema = z
  .object({
    titre: texte(3),
    auteur: texte(2),
    url: httpsUrl.optional(),
    reference: texte(10).optional(),
    date: sourceDate,
  })
  .strict()
  .refine((s) => s.url !== undefined || s.reference !== undefined, {
    message: 'une source a besoin d’une adresse (url) ou d’une référence précise (reference)',
    path: ['url'],
  });
export type Source = z.infer<typeof sourceSchema>;

/** Whether a date (a Date, or a source date of year, month or day precision) is not after `today`: the one "not in the future" rule. */
export function notInFuture(date: Date | string, today: Date): boolean {
  return typeof date === 'string' ? date <= isoDay(today).slice(0, date.length) : date.getTime() <= today.getTime();
}

/** A date of checking or revision, never in the future; `today` is read at validation time so that tests can inject it. */
export const pastDate = (today: () => Date, message = 'date dans le futur') => z.coerce.date().refine((d) => notInFuture(d, today()), message);

/** Dated sources, none dated in the future. */
export const datedSources = (today: () => Date) =>
  z.array(sourceSchema.refine((s) => notInFuture(s.date, today()), { message: 'date dans le futur', path: ['date'] }));


/** Build the chapter schema; `today` is injectable so the future-date rule can be tested. */
export function chapterSchema(today: () => Date = () => new Date()) {
  return z
    .object({
      titre: texte(3),
      description: texte(50, 200),
      partie: z.enum(PART_IDS),
      ordre: z.number().int().positive(),
      /** Minutes for a reader alone, reading and exercise included. */
      duree: z.number().int().min(1).max(240),
      /** Minutes of a session with a group on this chapter: the `duree` of its trainer notes add up to it (checked by applyChapterModel). */
      duree_animation: z.number().int().min(5).max(480),
      public: z.enum(PUBLICS),
      objectifs: z.array(texte(5)).min(1).max(6),
      revise_le: pastDate(today, 'la date de révision est dans le futur'),
      /** A draft: shown by « npm run dev », left out of the build (src/lib/masquer.ts). */
      brouillon: z.boolean().optional(),
      sources: datedSources(today).default([]),
    })
    .strict();
}
export type Chapter = z.infer<ReturnType<typeof chapterSchema>>;

const partSchema = z.object({ titre: texte(2), description: texte(10) }).strict();

/** An address or a telephone number, kept as written: French typography would group a postal code's digits. */
const asWritten = z.string().trim().min(5, 'au moins 5 caractères');

export const siteSchema = z
  .object({
    nom: texte(2),
    sous_titre: texte(2),
    accroche: texte(10),
    description: texte(50, 300),
    logo: z.string().regex(/^[\w-]+(\/[\w-]+)*\.svg$/, 'un fichier .svg du dossier content/, par exemple « logo.svg »'),
    url: httpsUrl,
    organisation: z
      .object({
        nom: z.string().min(2),
        ville: z.string().min(2),
        site: httpsUrl,
        contact: httpsUrl,
        courriel: z.email().optional(),
      })
      .strict(),
    forge: z
      .object({
        depot: httpsUrl,
        modifier: httpsUrl.refine((u) => u.includes('{chemin}'), 'doit contenir {chemin}'),
        signaler: httpsUrl,
      })
      .strict(),
    licences: z
      .object({
        contenu: z.object({ nom: z.string(), url: httpsUrl }).strict(),
        code: z.object({ nom: z.string(), url: httpsUrl }).strict(),
      })
      .strict(),
    accompagnement: texte(10),
    couleurs: paletteSchema,
    /** The legal notice French law asks of a published site (page « Mentions légales »); « À compléter » warns at build. */
    mentions_legales: z
      .object({
        editeur: z.object({ nom: texte(2), adresse: asWritten, telephone: asWritten, responsable_publication: texte(2) }).strict(),
        hebergeur: z.object({ nom: texte(2), adresse: asWritten, telephone: asWritten }).strict(),
      })
      .strict(),
    /** Chapters, alternatives and platforms this version leaves out (ids: file names without extension). */
    masquer: z
      .object({ chapitres: z.array(z.string()).default([]), alternatives: z.array(z.string()).default([]), plateformes: z.array(z.string()).default([]) })
      .strict()
      .default({ chapitres: [], alternatives: [], plateformes: [] }),
    parties: z.object(Object.fromEntries(PART_IDS.map((id) => [id, partSchema])) as Record<PartId, typeof partSchema>).strict(),
  })
  .strict();
export type Site = z.infer<typeof siteSchema>;

/** A standalone page of content/pages (à propos…), served at /<file name>/. */
export const pageSchema = z
  .object({
    titre: texte(3),
    description: texte(50, 200),
  })
  .strict();
export type Page = z.infer<typeof pageSchema>;



export const glossaryEntrySchema = z
  .object({
    id: contentId,
    terme: texte(2, 80),
    definition: texte(60, 500),
    voir: z.array(z.string()).max(4).optional(),
  })
  .strict();
export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;

/** The glossary: unique ids and terms, and « voir » pointing only at other entries. */
export const glossarySchema = z
  .array(glossaryEntrySchema)
  .min(1)
  .superRefine((entries, ctx) => {
    const ids = new Set<string>();
    const terms = new Set<string>();
    entries.forEach((entry, index) => {
      if (ids.has(entry.id)) ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `identifiant en double « ${entry.id} »` });
      ids.add(entry.id);
      const term = entry.terme.toLocaleLowerCase('fr');
      if (terms.has(term)) ctx.addIssue({ code: 'custom', path: [index, 'terme'], message: `terme en double « ${entry.terme} »` });
      terms.add(term);
    });
    entries.forEach((entry, index) => {
      for (const other of entry.voir ?? []) {
        if (other === entry.id || !ids.has(other)) {
          ctx.addIssue({ code: 'custom', path: [index, 'voir'], message: `« ${other} » n’est pas un autre terme du glossaire` });
        }
      }
    });
  });
