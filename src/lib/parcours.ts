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

/**
 * The chapters before and after one chapter in reading order. The steps of the parcours follow one another, and its
 * last one leads on to the catalogue; annex chapters are read when needed, one after the other, apart from the steps.
 */
export function neighbours<C extends ChapterRef>(parcours: Parcours<C>, id: string): { prev?: C; next?: C } {
  const chapter = parcours.chapters.find((c) => c.id === id);
  if (!chapter) throw new Error(`chapitre inconnu : ${id}`);
  const stream = parcours.chapters.filter((c) => (c.partie === 'annexes') === (chapter.partie === 'annexes'));
  const index = stream.indexOf(chapter);
  return { prev: stream[index - 1], next: stream[index + 1] };
}

/** The part a chapter belongs to. */
export function partOf<C extends ChapterRef>(parcours: Parcours<C>, id: string): ParcoursPart<C> {
  const part = parcours.parts.find((p) => p.chapters.some((c) => c.id === id));
  if (!part) throw new Error(`chapitre inconnu : ${id}`);
  return part;
}

/** The chapters of a part that the sidebar lists around the current one, and how many it leaves out on each side. */
export interface NavWindow<C> {
  before: number;
  shown: C[];
  after: number;
}

/**
 * At most `size` chapters of a part, the current one among them, as centred on it as the ends of the part allow:
 * a sidebar stays the same size however many chapters a part holds.
 */
export function navWindow<C extends { id: string }>(chapters: C[], current: string, size = 11): NavWindow<C> {
  if (chapters.length <= size) return { before: 0, shown: chapters, after: 0 };
  const at = Math.max(0, chapters.findIndex((c) => c.id === current));
  const start = Math.min(Math.max(0, at - Math.floor(size / 2)), chapters.length - size);
  return { before: start, shown: chapters.slice(start, start + size), after: chapters.length - start - size };
}

/** A page of the annexes that is not a chapter (the glossary, the resources). */
export interface AnnexPage {
  titre: string;
  href: string;
}

/** The parts drawn as the steps of the parcours: every part but the annexes, which are listed apart, after them. */
export function stepParts<C extends ChapterRef>(parcours: Parcours<C>): ParcoursPart<C>[] {
  return parcours.parts.filter((p) => p.id !== 'annexes');
}

/** The annexes as one list: their chapters, if the guide has any, then the annex pages that are not chapters. */
export function annexes<C extends ChapterRef>(parcours: Parcours<C>, info: PartInfo, pages: AnnexPage[]): PartInfo & { chapters: C[]; pages: AnnexPage[] } {
  const part = parcours.parts.find((p) => p.id === 'annexes');
  return { titre: info.titre, description: info.description, chapters: part?.chapters ?? [], pages };
}
