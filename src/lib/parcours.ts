import { PART_IDS, type PartId } from './schemas.ts';

/** What the parcours needs to know of a chapter. */
export interface ChapterRef {
  id: string;
  /** Path of the source file, for error messages and « Modifier cette page ». */
  file: string;
  titre: string;
  partie: PartId;
  ordre: number;
  duree: number;
}

export interface PartInfo {
  titre: string;
  description: string;
}

export interface ParcoursPart<C extends ChapterRef> {
  id: PartId;
  titre: string;
  description: string;
  chapters: C[];
}

export interface Parcours<C extends ChapterRef> {
  /** Parts that hold at least one chapter, in reading order. */
  parts: ParcoursPart<C>[];
  /** Every chapter in reading order. */
  chapters: C[];
}

/** Order chapters by part then by `ordre`; two chapters sharing an order in one part stop the build. */
export function buildParcours<C extends ChapterRef>(chapters: C[], parts: Record<PartId, PartInfo>): Parcours<C> {
  const result: ParcoursPart<C>[] = [];
  for (const id of PART_IDS) {
    const inPart = chapters.filter((c) => c.partie === id).sort((a, b) => a.ordre - b.ordre);
    for (let i = 1; i < inPart.length; i++) {
      if (inPart[i].ordre === inPart[i - 1].ordre) {
        throw new Error(
          `${inPart[i - 1].file} et ${inPart[i].file} : même « ordre » (${inPart[i].ordre}) dans la partie « ${id} » ; donnez-leur des ordres différents`,
        );
      }
    }
    if (inPart.length > 0) result.push({ id, ...parts[id], chapters: inPart });
  }
  return { parts: result, chapters: result.flatMap((p) => p.chapters) };
}

/** The chapters before and after one chapter in reading order. */
export function neighbours<C extends ChapterRef>(parcours: Parcours<C>, id: string): { prev?: C; next?: C } {
  const index = parcours.chapters.findIndex((c) => c.id === id);
  if (index === -1) throw new Error(`chapitre inconnu : ${id}`);
  return { prev: parcours.chapters[index - 1], next: parcours.chapters[index + 1] };
}

/** The part a chapter belongs to. */
export function partOf<C extends ChapterRef>(parcours: Parcours<C>, id: string): ParcoursPart<C> {
  const part = parcours.parts.find((p) => p.chapters.some((c) => c.id === id));
  if (!part) throw new Error(`chapitre inconnu : ${id}`);
  return part;
}
