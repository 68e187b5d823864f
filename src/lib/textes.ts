import { join } from 'node:path';
import { z } from 'zod';
import { contentId, texte } from './schemas.ts';
import { typographyFr } from './typography.ts';
import { loadYaml } from './validate.ts';

/** A piece of a text from textes.yaml: words, a link to a site path, or a placeholder filled when the page is built. */
export type Piece = { text: string; path?: undefined; slot?: undefined } | { text: string; path: string; slot?: undefined } | { slot: string; text?: undefined; path?: undefined };
/** A piece once its placeholders are filled: words, or a link. */
export type Filled = { text: string; path?: string };

const TOKEN = /\[([^\]]*)\]\(([^)]*)\)|\{([^{}]*)\}/g;

/** Cut a text into words, links written [words](/path/) and placeholders written {name}; words get French typography. */
export function parseText(raw: string): Piece[] {
  const pieces: Piece[] = [];
  let last = 0;
  for (const match of raw.matchAll(TOKEN)) {
    if (match.index > last) pieces.push({ text: typographyFr(raw.slice(last, match.index)) });
    if (match[3] !== undefined) pieces.push({ slot: match[3] });
    else pieces.push({ text: typographyFr(match[1]), path: match[2] });
    last = match.index + match[0].length;
  }
  if (last < raw.length) pieces.push({ text: typographyFr(raw.slice(last)) });
  return pieces;
}

/** What is wrong with a text's links and placeholders, given the placeholders it may use. */
export function textProblems(raw: string, slots: readonly string[]): string[] {
  const problems: string[] = [];
  for (const match of raw.matchAll(TOKEN)) {
    if (match[3] !== undefined && !slots.includes(match[3])) {
      problems.push(
        slots.length > 0
          ? `« {${match[3]}} » inconnu ici : ce texte accepte ${slots.map((s) => `{${s}}`).join(', ')}`
          : `« {${match[3]}} » inconnu ici : ce texte n’accepte rien entre accolades`,
      );
    }
    if (match[2] !== undefined && !/^\/[^\s]*$/.test(match[2])) problems.push(`le lien « ${match[2]} » doit être une adresse du guide commençant par /, par exemple (/alternatives/)`);
    if (match[1] !== undefined && match[1].trim() === '') problems.push('un lien a besoin de mots entre les crochets');
  }
  const rest = raw.replace(TOKEN, '');
  if (/[[\]{}]/.test(rest)) problems.push('crochet ou accolade isolé : un lien s’écrit [mots du lien](/adresse/), un champ {nom}');
  return problems;
}

/** A text of textes.yaml with its allowed placeholders, checked, then cut into pieces. */
const gabarit = (slots: readonly string[] = [], min = 2) =>
  z
    .string()
    .min(min)
    .superRefine((raw, ctx) => {
      for (const message of textProblems(raw, slots)) ctx.addIssue({ code: 'custom', message });
    })
    .transform(parseText);

const section = (slots: readonly string[] = []) => z.object({ titre: texte(2), texte: gabarit(slots, 10) }).strict();

export const textsSchema = z
  .object({
    accueil: z
      .object({
        introduction: z.array(gabarit([], 20)).min(1),
        facons: z.object({ titre: texte(2), liste: z.array(z.object({ titre: texte(2), texte: gabarit([], 10) }).strict()).min(1) }).strict(),
        /** The platforms the home page names as ways into the catalogue, the most used first. */
        catalogue: section().extend({ plateformes: z.array(contentId).min(1).max(10) }).strict(),
        accompagnement: z.object({ titre: texte(2), lien: gabarit(['organisation']) }).strict(),
      })
      .strict(),
    page_introuvable: z
      .object({
        description: gabarit(['guide'], 50),
        texte: z.array(gabarit([], 10)).min(1),
        liste: z.array(gabarit([], 10)).min(1),
      })
      .strict(),
    catalogue: z
      .object({
        description: gabarit([], 50),
        introduction: z.array(gabarit([], 20)).min(1),
        plateformes: gabarit([], 10),
        usages: gabarit([], 10),
        filtres: gabarit([], 10),
        compte: gabarit(['nombre'], 10),
        description_filtre: gabarit(['titre'], 50),
        description_usage: gabarit(['usage'], 50),
      })
      .strict(),
    alternative: z
      .object({
        titre: gabarit(['nom', 'type']),
        auto_hebergeable: gabarit([], 5),
        pas_auto_hebergeable: gabarit([], 5),
        service: gabarit(['logiciel', 'exploitant']),
        verifie: gabarit(['date']),
        sans_offre_application: gabarit([], 10),
        sans_offre_serveur: gabarit([], 10),
      })
      .strict(),
    remplacer: z
      .object({
        titre: gabarit(['plateforme']),
        description: gabarit(['plateforme', 'entreprise'], 50),
        accroche: gabarit(['plateforme', 'entreprise'], 10),
        a_quoi_sert: gabarit(['plateforme']),
        pourquoi_partir: gabarit(['plateforme']),
        cote_a_cote: gabarit(['plateforme']),
        choisir: gabarit(['plateforme']),
        changer: section(['chapitre']).extend({ chapitre: contentId }).strict(),
        lien_comparatif: gabarit(['plateforme']),
      })
      .strict(),
    formation: z
      .object({
        description: gabarit([], 50),
        introduction: z.array(gabarit([], 20)).min(1),
        offre: z.array(z.object({ titre: texte(2), texte: gabarit([], 10) }).strict()).min(1),
        imprimer: gabarit([], 10),
      })
      .strict(),
    ressources: z
      .object({
        description: gabarit([], 50),
        introduction: z.array(gabarit([], 20)).min(1),
        en_anglais: section(),
      })
      .strict(),
    nouveautes: z
      .object({
        description: gabarit([], 50),
        introduction: z.array(gabarit([], 20)).min(1),
        flux: gabarit(['adresse'], 20),
        vide: gabarit([], 10),
        plus_anciennes: gabarit(['nombre'], 20),
        relecture: z.object({ titre: gabarit(['chapitre']), texte: gabarit([], 20) }).strict(),
      })
      .strict(),
    hors_ligne: z
      .object({
        titre: texte(2),
        texte: gabarit([], 20),
        taille: gabarit(['taille'], 10),
        livret: gabarit([], 10),
        appareil: gabarit([], 10),
        sans_script: gabarit([], 10),
        page: z
          .object({
            titre: texte(2),
            description: gabarit([], 50),
            texte: z.array(gabarit([], 10)).min(1),
            liste: z.array(gabarit([], 10)).min(1),
          })
          .strict(),
      })
      .strict(),
    pied_de_page: gabarit([], 10),
  })
  .strict();
export type Texts = z.infer<typeof textsSchema>;

/** Read and validate textes.yaml; an error names the file and the field. */
export function loadTexts(dir: string): Texts {
  return loadYaml(textsSchema, join(dir, 'textes.yaml'));
}

const NBSP = '\u00a0';

/** Fill a text's placeholders: with words, a number (kept to the next word by a no-break space) or a link. */
export function fill(pieces: Piece[], values: Record<string, string | number | { text: string; path: string }> = {}): Filled[] {
  return pieces.map((piece, i): Filled => {
    if (piece.slot === undefined) {
      const previous = pieces[i - 1];
      const afterNumber = previous?.slot !== undefined && typeof values[previous.slot] === 'number';
      return { text: afterNumber ? piece.text.replace(/^ /, NBSP) : piece.text, path: piece.path };
    }
    const value = values[piece.slot];
    if (value === undefined) throw new Error(`textes.yaml : rien pour remplir « {${piece.slot}} »`);
    return typeof value === 'object' ? value : { text: String(value) };
  });
}

/** A text as plain words, links reduced to their words (page titles, descriptions). */
export function plain(pieces: Piece[], values: Record<string, string | number> = {}): string {
  return fill(pieces, values)
    .map((p) => p.text)
    .join('');
}

/** The chapter a text links to, or an error naming the file and the field. */
export function linkedChapter<T extends { id: string }>(chapters: T[], id: string, file: string, field: string): T {
  const chapter = chapters.find((c) => c.id === id);
  if (!chapter) throw new Error(`${file} : champ « ${field} » : chapitre inconnu « ${id} »`);
  return chapter;
}

/** The platforms a text names by id, in its order, or an error naming the file, the field and the unknown id. */
export function linkedPlatforms<T extends { id: string }>(platforms: T[], ids: string[], file: string, field: string, hidden: string[] = []): T[] {
  return ids.flatMap((id, i) => {
    // a platform this version hides is left out of the text, not an error
    if (hidden.includes(id)) return [];
    const platform = platforms.find((p) => p.id === id);
    if (!platform) throw new Error(`${file} : champ « ${field}.${i} » : plateforme inconnue « ${id} »`);
    return [platform];
  });
}
