import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { z } from 'zod';
import { licenceProblems } from './spdx.ts';
import { contentId as ID, datedSources, httpsUrl, pastDate, texte } from './schemas.ts';
import { problemsError, readYaml, validate, type Problem } from './validate.ts';

export const ALTERNATIVE_TYPES = ['logiciel', 'service', 'protocole'] as const;
export const PUBLIC_CATALOGUE = ['structures', 'particuliers'] as const;
/** 3: easy for anyone; 2: takes some getting used to; 1: for people at ease with computers. */
const ease = z.union([z.literal(1), z.literal(2), z.literal(3)]);

/** A date of checking: never in the future. */
const checkedOn = (today: Date) => pastDate(() => today);

/** At least one source, none dated in the future. */
const sources = (today: Date) => datedSources(() => today).min(1);

export const usageSchema = z.object({ id: ID, titre: texte(3), description: texte(20) }).strict();
export type Usage = z.infer<typeof usageSchema>;

export function platformSchema(today: Date) {
  return z
    .object({
      id: ID,
      nom: texte(2),
      entreprise: texte(2),
      usage: ID,
      /** What associations use it for. */
      usages_association: texte(40),
      /** What it costs its users beyond money: data, lock-in, advertising. */
      ce_que_ca_coute: texte(40),
      /** Which alternative to choose in which situation. */
      choisir: z.array(z.object({ situation: texte(10), alternative: ID }).strict()).max(6).default([]),
      /** When no free software does the same job: why, and what to do instead (then `choisir` may stay empty). */
      sans_equivalent: z.object({ explication: texte(40, 600), que_faire: z.array(texte(10)).min(1).max(5) }).strict().optional(),
      verifie_le: checkedOn(today),
      sources: sources(today),
    })
    .strict()
    .superRefine((p, ctx) => {
      if (p.choisir.length === 0 && p.sans_equivalent === undefined) {
        ctx.addIssue({ code: 'custom', path: ['choisir'], message: 'indiquez au moins une alternative à choisir, ou dites dans « sans_equivalent » qu’il n’en existe pas et quoi faire' });
      }
    });
}
export type Platform = z.infer<ReturnType<typeof platformSchema>>;

export function alternativeSchema(today: Date) {
  return z
    .object({
      id: ID,
      nom: texte(2),
      type: z.enum(ALTERNATIVE_TYPES),
      usage: ID,
      remplace: z.array(ID).min(1, 'une alternative remplace au moins une plateforme'),
      resume: texte(20, 160),
      description: texte(80, 900),
      /** SPDX expression: of the software, or of the software a service runs. */
      licence: z.string().optional(),
      licence_precision: texte(10).optional(),
      /** For a service: the software it runs, and who runs it. */
      logiciel: texte(2).optional(),
      exploitant: texte(2).optional(),
      /** For a protocol: its standard. */
      norme: texte(3).optional(),
      site: httpsUrl,
      auto_hebergeable: z.boolean(),
      /** Where to use it without installing anything, the easiest first; `precision` says who may sign up (« sans compte »…). */
      sans_installer: z
        .array(z.object({ nom: texte(2), url: httpsUrl, precision: texte(5, 160).optional(), verifie_le: checkedOn(today) }).strict())
        .default([]),
      facilite_utilisation: ease,
      facilite_installation: ease,
      cout: texte(5),
      public: z.array(z.enum(PUBLIC_CATALOGUE)).min(1),
      /** In one sentence each, whom it suits and whom it does not. */
      pour_qui: texte(20, 240, 'champ obligatoire : dites en une phrase à qui l’outil convient'),
      pas_pour_qui: texte(20, 240, 'champ obligatoire : dites en une phrase à qui il ne convient pas, et vers quoi se tourner'),
      /** What whoever installs it must know (server, memory, databases, licence disputes): folded away from the reader's first view. */
      installer: z.array(texte(10)).max(6).default([]),
      demarrer: z.array(texte(10)).length(3),
      points_forts: z.array(texte(10)).min(1).max(5),
      limites: z.array(texte(10)).min(1).max(5),
      verifie_le: checkedOn(today),
      sources: sources(today),
    })
    .strict()
    .superRefine((a, ctx) => {
      const need = (field: 'licence' | 'logiciel' | 'exploitant' | 'norme', why: string) => {
        if (a[field] === undefined) ctx.addIssue({ code: 'custom', path: [field], message: why });
      };
      const forbid = (field: 'licence' | 'logiciel' | 'exploitant' | 'norme', why: string) => {
        if (a[field] !== undefined) ctx.addIssue({ code: 'custom', path: [field], message: why });
      };
      if (a.type === 'logiciel') {
        need('licence', 'un logiciel indique sa licence (identifiant SPDX)');
        forbid('exploitant', 'un logiciel n’a pas d’exploitant : créez une fiche de type service');
        forbid('norme', 'un logiciel n’a pas de norme');
      } else if (a.type === 'service') {
        need('licence', 'un service indique la licence du logiciel qu’il fait tourner');
        need('logiciel', 'un service nomme le logiciel qu’il fait tourner');
        need('exploitant', 'un service nomme qui le fait tourner');
      } else {
        need('norme', 'un protocole nomme sa norme');
        forbid('licence', 'un protocole n’a pas de licence : nommez sa norme');
      }
      // the CHATONS search is a way to look, not a service: a named offer, when there is one, comes first
      const first = a.sans_installer[0];
      if (first && a.sans_installer.length > 1 && /chatons\.org\/search/.test(first.url)) {
        ctx.addIssue({ code: 'custom', path: ['sans_installer', 0], message: 'le premier lien sans installation doit être un service nommé ; la recherche des CHATONS vient après' });
      }
      if (a.licence !== undefined) {
        for (const problem of licenceProblems(a.licence)) ctx.addIssue({ code: 'custom', path: ['licence'], message: problem });
      }
    });
}
export type Alternative = z.infer<ReturnType<typeof alternativeSchema>>;

export interface Catalogue {
  usages: Usage[];
  platforms: Platform[];
  alternatives: Alternative[];
}

/** Problems between entries: ids, references between files, platforms left without an alternative. */
export function crossCheck(entries: { usages: Usage[]; platforms: (Platform & { file: string })[]; alternatives: (Alternative & { file: string })[] }): Problem[] {
  const problems: Problem[] = [];
  const usageIds = new Set(entries.usages.map((u) => u.id));
  const platformIds = new Set<string>();
  const alternativeIds = new Set<string>();
  for (const [kind, list, ids] of [
    ['plateformes', entries.platforms, platformIds],
    ['alternatives', entries.alternatives, alternativeIds],
  ] as const) {
    for (const entry of list) {
      if (ids.has(entry.id)) problems.push({ file: entry.file, field: 'id', message: `identifiant en double « ${entry.id} » dans ${kind}` });
      ids.add(entry.id);
      if (basename(entry.file, '.yaml') !== entry.id) problems.push({ file: entry.file, field: 'id', message: `l’identifiant « ${entry.id} » doit être le nom du fichier` });
      if (!usageIds.has(entry.usage)) problems.push({ file: entry.file, field: 'usage', message: `usage inconnu « ${entry.usage} » (voir usages.yaml)` });
    }
  }
  const replaced = new Set<string>();
  for (const alt of entries.alternatives) {
    alt.remplace.forEach((id, i) => {
      if (!platformIds.has(id)) problems.push({ file: alt.file, field: `remplace.${i}`, message: `plateforme inconnue « ${id} »` });
      replaced.add(id);
    });
  }
  for (const platform of entries.platforms) {
    if (!replaced.has(platform.id) && platform.sans_equivalent === undefined) problems.push({ file: platform.file, field: 'id', message: `aucune alternative ne remplace « ${platform.id} »` });
    platform.choisir.forEach((choice, i) => {
      const alt = entries.alternatives.find((a) => a.id === choice.alternative);
      if (!alt) problems.push({ file: platform.file, field: `choisir.${i}.alternative`, message: `alternative inconnue « ${choice.alternative} »` });
      else if (!alt.remplace.includes(platform.id)) {
        problems.push({ file: platform.file, field: `choisir.${i}.alternative`, message: `« ${choice.alternative} » ne remplace pas « ${platform.id} » (champ remplace de sa fiche)` });
      }
    });
  }
  return problems;
}

const yamlFiles = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => join(dir, f));

/** Read and check the whole catalogue; one error lists every problem, each with its file and field. */
export function loadCatalogue(dir: string, today: Date = new Date()): Catalogue {
  const problems: Problem[] = [];
  const usagesFile = join(dir, 'usages.yaml');
  const usages = validate(z.array(usageSchema).min(1), readYaml(usagesFile, problems), usagesFile, problems) ?? [];
  const platforms = yamlFiles(join(dir, 'plateformes')).flatMap((file) => {
    const p = validate(platformSchema(today), readYaml(file, problems), file, problems);
    return p ? [{ ...p, file }] : [];
  });
  const alternatives = yamlFiles(join(dir, 'alternatives')).flatMap((file) => {
    const a = validate(alternativeSchema(today), readYaml(file, problems), file, problems);
    return a ? [{ ...a, file }] : [];
  });
  problems.push(...crossCheck({ usages, platforms, alternatives }));
  if (problems.length > 0) {
    throw problemsError('Catalogue des alternatives invalide', problems);
  }
  const strip = <T extends { file: string }>({ file: _file, ...rest }: T) => rest;
  return { usages, platforms: platforms.map(strip), alternatives: alternatives.map(strip) };
}
