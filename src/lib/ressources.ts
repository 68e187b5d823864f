import { join } from 'node:path';
import GithubSlugger from 'github-slugger';
import { z } from 'zod';
import { httpsUrl, pastDate, texte } from './schemas.ts';
import { problemsError, readYaml, type Problem } from './validate.ts';

export const RESOURCE_LANGUAGES = ['fr', 'en'] as const;

/** One entry of the annotated directory: what it is, who runs it, whom it serves, what for, and when it was checked. */
export function resourceSchema(today: Date) {
  return z
    .object({
      nom: texte(2, 100),
      url: httpsUrl,
      /** The organisation that publishes it. */
      auteur: texte(2, 120),
      /** Whom it is for, in one short sentence. */
      pour_qui: texte(10, 200),
      /** What it is good for, in one or two sentences. */
      utile_pour: texte(30, 400),
      langue: z.enum(RESOURCE_LANGUAGES),
      /** The day someone last opened it and checked what this entry says. */
      verifie_le: pastDate(() => today, 'date de vérification dans le futur'),
    })
    .strict();
}
export type Resource = z.infer<ReturnType<typeof resourceSchema>>;

/** A theme of the directory, its entries kept as written until each is checked on its own. */
const themeSchema = z.object({ theme: texte(3, 80), ressources: z.array(z.unknown()).min(1, 'un thème a au moins une ressource') }).strict();

export interface ResourceTheme {
  theme: string;
  ressources: Resource[];
}

/** The name an entry is known by in an error: its « nom » when it has one, else its rank in the theme. */
function entryLabel(raw: unknown, index: number): string {
  const nom = (raw as { nom?: unknown } | null)?.nom;
  return typeof nom === 'string' && nom.trim() !== '' ? nom : `ressource n° ${index + 1}`;
}

/** The same address written twice (case of the host, default port): compared once parsed. */
const sameAddress = (url: string) => new URL(url).href;

/** Check the directory's data; every problem is named with the theme, the entry and the field. */
export function checkResources(data: unknown, file: string, today: Date): { themes: ResourceTheme[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const list = z.array(z.unknown()).min(1, 'la liste des thèmes est vide').safeParse(data);
  if (!list.success) {
    problems.push({ file, field: '(racine)', message: `une liste de thèmes est attendue (${list.error.issues[0].message})` });
    return { themes: [], problems };
  }
  const themes: ResourceTheme[] = [];
  const seenUrls = new Map<string, string>();
  const seenThemes = new Set<string>();
  list.data.forEach((rawTheme, t) => {
    const theme = themeSchema.safeParse(rawTheme);
    const themeName = typeof (rawTheme as { theme?: unknown } | null)?.theme === 'string' ? (rawTheme as { theme: string }).theme : `thème n° ${t + 1}`;
    if (!theme.success) {
      for (const issue of theme.error.issues) problems.push({ file, field: [themeName, ...issue.path].join(' › '), message: issue.message });
      return;
    }
    if (seenThemes.has(theme.data.theme)) problems.push({ file, field: `${themeName} › theme`, message: `thème en double « ${theme.data.theme} »` });
    seenThemes.add(theme.data.theme);
    const entries: Resource[] = [];
    theme.data.ressources.forEach((raw, r) => {
      const label = `${themeName} › ${entryLabel(raw, r)}`;
      const entry = resourceSchema(today).safeParse(raw);
      if (!entry.success) {
        for (const issue of entry.error.issues) problems.push({ file, field: [label, ...issue.path].join(' › '), message: issue.message });
        return;
      }
      const address = sameAddress(entry.data.url);
      const first = seenUrls.get(address);
      if (first) problems.push({ file, field: `${label} › url`, message: `adresse déjà donnée par « ${first} » : ${entry.data.url}` });
      else seenUrls.set(address, entry.data.nom);
      entries.push(entry.data);
    });
    themes.push({ theme: theme.data.theme, ressources: entries });
  });
  return { themes, problems };
}

/** Read and check ressources.yaml; one error lists every problem, each with its file, entry and field. */
export function loadResources(dir: string, today: Date = new Date()): ResourceTheme[] {
  const file = join(dir, 'ressources.yaml');
  const problems: Problem[] = [];
  const data = readYaml(file, problems);
  if (problems.length > 0) throw problemsError('Répertoire des ressources invalide', problems);
  const checked = checkResources(data, file, today);
  if (checked.problems.length > 0) throw problemsError('Répertoire des ressources invalide', checked.problems);
  return checked.themes;
}

/** A theme as the page shows it, with the anchor of its heading. */
export interface ResourceSection extends ResourceTheme {
  id: string;
}

/**
 * The directory as the page shows it: the resources in French by theme, each theme with an anchor made as a
 * chapter's headings are (accents kept), then those in English in one short list, in the order of their themes.
 */
export function resourcesByLanguage(themes: ResourceTheme[]): { french: ResourceSection[]; english: Resource[] } {
  const slugger = new GithubSlugger();
  const french = themes
    .map((t) => ({ theme: t.theme, ressources: t.ressources.filter((r) => r.langue === 'fr') }))
    .filter((t) => t.ressources.length > 0)
    .map((t) => ({ id: slugger.slug(t.theme), ...t }));
  return { french, english: themes.flatMap((t) => t.ressources.filter((r) => r.langue === 'en')) };
}
