// Session plans (content/formations/<id>.yaml): a training session built from the guide's chapters, step by step,
// checked as a whole so that a trainer never prints a plan that names a missing chapter or runs over its time.
import { existsSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { z } from 'zod';
import { contentId, texte } from './schemas.ts';
import { problemsError, readYaml, validate, type Problem } from './validate.ts';

const minutes = z.number().int().positive('un nombre entier de minutes, plus grand que zéro');

const stepSchema = z
  .object({
    titre: texte(3, 120),
    duree: minutes,
    /** The chapter the step works on, when it works on one: its slides and handout are linked from the plan. */
    chapitre: contentId.optional(),
    /** What happens during the step, for the person who runs it. */
    deroule: texte(20),
    materiel: z.array(texte(3)).min(1).optional(),
  })
  .strict();

export const sessionPlanSchema = z
  .object({
    titre: texte(5, 120),
    /** Who the session is for, in a sentence. */
    public: texte(10, 300),
    /** Minutes of the whole session, breaks included: the steps add up to it. */
    duree: minutes,
    objectifs: z.array(texte(5)).min(1).max(6),
    salle: z
      .object({
        /** The room and how to lay it out. */
        lieu: texte(10),
        videoprojecteur: z.boolean(),
        /** Whether the session needs an internet connection in the room. */
        wifi: z.boolean(),
        /** Computers for the participants; 0 when everything is done on paper. */
        ordinateurs: z.number().int().min(0),
        materiel: z.array(texte(3)).min(1),
      })
      .strict(),
    etapes: z.array(stepSchema).min(1),
  })
  .strict();

export type SessionPlan = z.infer<typeof sessionPlanSchema> & { id: string };
export type SessionStep = SessionPlan['etapes'][number];

/** Problems between a plan and the rest of the guide: its file name, its chapters, its total time. */
export function sessionPlanProblems(plan: z.infer<typeof sessionPlanSchema>, file: string, chapterIds: ReadonlySet<string>): Problem[] {
  const problems: Problem[] = [];
  const id = basename(file, '.yaml');
  if (!contentId.safeParse(id).success) {
    problems.push({ file, field: '(nom du fichier)', message: `« ${id} » sert d’adresse : minuscules sans accents, mots séparés par des tirets` });
  }
  plan.etapes.forEach((step, i) => {
    if (step.chapitre !== undefined && !chapterIds.has(step.chapitre)) {
      problems.push({ file, field: `etapes.${i}.chapitre`, message: `chapitre inconnu « ${step.chapitre} » (un fichier de content/chapitres/, sans .mdx)` });
    }
  });
  const sum = plan.etapes.reduce((total, step) => total + step.duree, 0);
  if (sum !== plan.duree) {
    problems.push({
      file,
      field: 'duree',
      message: `les étapes durent ${sum} min en tout (${plan.etapes.map((s) => s.duree).join(' + ')}), la séance ${plan.duree} min : corrigez l’un ou l’autre`,
    });
  }
  return problems;
}

/**
 * Read and check every session plan of `<dir>/formations/` (none when the folder does not exist); one error lists
 * every problem, each with its file and field.
 */
export function loadSessionPlans(dir: string, chapterIds: Iterable<string>, hiddenChapters: string[] = [], warn: (message: string) => void = console.warn): SessionPlan[] {
  const folder = join(dir, 'formations');
  if (!existsSync(folder)) return [];
  const known = new Set(chapterIds);
  const problems: Problem[] = [];
  const plans = readdirSync(folder)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .flatMap((name) => {
      const file = join(folder, name);
      const raw = readYaml(file, problems);
      const plan = raw === undefined ? undefined : validate(sessionPlanSchema, raw, file, problems);
      if (!plan) return [];
      // a plan built on a chapter this version hides cannot be run as written: it is left out, and said
      const hidden = plan.etapes.flatMap((step) => (step.chapitre !== undefined && hiddenChapters.includes(step.chapitre) ? [step.chapitre] : []));
      if (hidden.length > 0) {
        warn(`${file} : plan de séance laissé de côté, il s’appuie sur un chapitre masqué (${hidden.join(', ')})`);
        return [];
      }
      problems.push(...sessionPlanProblems(plan, file, known));
      return [{ ...plan, id: basename(name, '.yaml') }];
    });
  if (problems.length > 0) throw problemsError('Plans de séance invalides', problems);
  return plans;
}

/** Each step with the minute it starts at, counted from the start of the session. */
export function timedSteps(steps: SessionStep[]): (SessionStep & { debut: number })[] {
  let elapsed = 0;
  return steps.map((step) => {
    const timed = { ...step, debut: elapsed };
    elapsed += step.duree;
    return timed;
  });
}

/** A time into the session, as a trainer's watch reads it: "0 h 00", "1 h 05", "3 h 20". */
export function formatElapsed(total: number): string {
  if (!Number.isInteger(total) || total < 0) throw new RangeError(`durée invalide : ${total}`);
  return `${Math.floor(total / 60)}\u00a0h\u00a0${String(total % 60).padStart(2, '0')}`;
}
