// The trainer's pages of a chapter (slides, handout, trainer script) and the pieces of the rendered chapter each one
// shows: taken from the reading page's own HTML, so that a handout or a script never says something else.
import { classes, dataAttribute, findAll, isElement, textOf, type Element, type ElementContent, type Root } from './chapterHtml.ts';

/** Site paths of a chapter's pages for a trainer (without the base: give them to `href`). */
export function trainerPaths(id: string): { chapter: string; slides: string; handout: string; script: string } {
  return { chapter: `/guide/${id}/`, slides: `/projection/${id}/`, handout: `/fiche/${id}/`, script: `/formation/deroule/${id}/` };
}

const isNote = (el: Element) => el.tagName === 'details' && dataAttribute(el, 'notesFormateur') !== undefined;
const isExercise = (el: Element) => dataAttribute(el, 'exercice') !== undefined;
const isKeyPoints = (el: Element) => dataAttribute(el, 'aRetenir') !== undefined;
/** An h2 section of the text: a <section> opened by an h2 (the framed boxes are sections too, with a class). */
const isTextSection = (el: Element) => el.tagName === 'section' && !classes(el).includes('bloc') && el.children.some((c) => isElement(c) && c.tagName === 'h2');

/** Headings one level up (h3 becomes h2…): a box lifted out of a section keeps a heading order without gaps. */
function liftHeadings(node: Element): Element {
  const lift = (el: Element): Element => {
    const level = /^h([3-6])$/.exec(el.tagName)?.[1];
    return {
      ...el,
      tagName: level ? `h${Number(level) - 1}` : el.tagName,
      children: el.children.map((c) => (isElement(c) ? lift(c) : c)),
    };
  };
  return lift(node);
}

/** What a handout prints of a chapter: its « À retenir » boxes and its exercises, each followed by room to write. */
export function handoutPieces(tree: Root): { keyPoints: Element[]; exercises: Element[] } {
  const room: Element = { type: 'element', tagName: 'div', properties: { className: ['a-ecrire'] }, children: [] };
  return {
    keyPoints: findAll(tree, isKeyPoints),
    exercises: findAll(tree, isExercise).map((ex) => {
      const lifted = liftHeadings(ex);
      return { ...lifted, children: [...lifted.children, room] };
    }),
  };
}

/** A trainer note without its disclosure: the text the trainer reads, and its minutes when it says them. */
export interface TrainerNote {
  minutes?: number;
  content: ElementContent[];
}

function noteOf(details: Element): TrainerNote {
  const duree = dataAttribute(details, 'duree');
  const content = details.children.filter((c) => !(isElement(c) && c.tagName === 'summary'));
  return { ...(duree !== undefined && /^\d+$/.test(duree) ? { minutes: Number(duree) } : {}), content };
}

/** A section of the chapter as the trainer script shows it: its heading, its notes and the minutes they plan. */
export interface ScriptSection {
  slug: string;
  heading: string;
  notes: TrainerNote[];
  /** Sum of its notes' minutes; undefined when no note gives any. */
  minutes?: number;
}

/** The trainer's notes of a chapter, section by section, and the general notes that sit outside every section. */
export function trainerScript(tree: Root): { sections: ScriptSection[]; general: TrainerNote[] } {
  const sections: ScriptSection[] = [];
  const general: TrainerNote[] = [];
  for (const top of tree.children) {
    if (!isElement(top)) continue;
    if (isTextSection(top)) {
      const h2 = top.children.find((c): c is Element => isElement(c) && c.tagName === 'h2')!;
      const notes = findAll(top, isNote).map(noteOf);
      const timed = notes.filter((n) => n.minutes !== undefined);
      sections.push({
        slug: String(h2.properties?.id ?? ''),
        heading: textOf(h2).trim(),
        notes,
        ...(timed.length > 0 ? { minutes: timed.reduce((sum, n) => sum + n.minutes!, 0) } : {}),
      });
    } else {
      general.push(...findAll(top, isNote).map(noteOf));
    }
  }
  return { sections, general };
}
