import GithubSlugger from 'github-slugger';
import { z } from 'zod';
import { typographyFr } from './typography.ts';

/** The part of an mdast tree the model reads: headings, MDX components and their attributes, text, positions. */
export interface MdNode {
  type: string;
  depth?: number;
  name?: string | null;
  value?: string;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: MdNode[];
  position?: { start: Point; end: Point };
  data?: { hName?: string; hProperties?: Record<string, unknown> };
}
type Point = { line: number; column: number; offset?: number };

const pointSchema = z.object({ line: z.number(), column: z.number(), offset: z.number().optional() });
const headingSchema = z.object({ slug: z.string(), text: z.string() });
/** Where a piece of the chapter starts and ends in its MDX file. */
const spanSchema = z.object({ start: pointSchema, end: pointSchema });

/** What one chapter is made of, read once from its syntax tree (see applyChapterModel). */
export const chapterModelSchema = z.object({
  /** h2 sections in order, each with the h3 headings inside it; `position` runs from the heading to the section's last node. */
  sections: z.array(headingSchema.extend({ subsections: z.array(headingSchema), position: spanSchema })),
  /** « À vous de jouer » boxes; `id` is the author's, `anchor` the element id on the page. */
  exercises: z.array(
    z.object({ id: z.string(), anchor: z.string(), titre: z.string(), duree: z.number().optional(), section: z.string().nullable() }),
  ),
  /** Number of points of each « À retenir » box. */
  keyPointBoxes: z.array(z.number()),
  /** Trainer notes; `section` is null for a note on the chapter as a whole (before the first h2 or after « À retenir »); `minutes` is its `duree` attribute, the time its section takes in a session. */
  trainerNotes: z.array(z.object({ section: z.string().nullable(), minutes: z.number().optional() })),
  /** Glossary term ids, once each, in order of first use. */
  terms: z.array(z.string()),
  /** Alternative ids cited with <Alternative>, once each. */
  alternatives: z.array(z.string()),
  /** Platform ids compared with <Comparatif>, once each. */
  platforms: z.array(z.string()),
  /** Words of prose: no markup, component tags or attributes, link targets or code. */
  words: z.number(),
});
export type ChapterModel = z.infer<typeof chapterModelSchema>;
export type ChapterSection = ChapterModel['sections'][number];

/** Key of the model in the front matter an entry's compile leaves (`entry.rendered.metadata.frontmatter`). */
export const MODEL_KEY = 'chapterModel';
/** Element ids the chapter page itself uses: a heading or an exercise may not take them. */
export const RESERVED_IDS = ['contenu', 'objectifs', 'toc-titre', 'sommaire', 'a-retenir', 'mots-du-glossaire', 'sources'];
const EXERCISE_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** A trainer note's `duree`: whole minutes, at least one. */
const MINUTES = /^[1-9]\d*$/;
const SKIPPED = new Set(['code', 'inlineCode', 'html', 'yaml', 'toml', 'mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression']);
const INLINE = new Set(['mdxJsxTextElement', 'emphasis', 'strong', 'delete', 'link', 'linkReference', 'text', 'break']);

const isComponent = (node: MdNode, name: string) =>
  (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === name;

const findAttribute = (node: MdNode, name: string) => node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);

/** A literal (or `{number}`) attribute of an MDX component. */
function attribute(node: MdNode, name: string): string | undefined {
  const attr = findAttribute(node, name);
  if (!attr) return undefined;
  if (typeof attr.value === 'string') return attr.value;
  const expression = attr.value as { type?: string; value?: string } | null;
  return expression?.type === 'mdxJsxAttributeValueExpression' ? expression.value : undefined;
}

/** The prose of a node: its text, inline pieces joined, blocks separated by a space. */
export function proseText(node: MdNode): string {
  if (SKIPPED.has(node.type)) return '';
  if (node.type === 'text') return node.value ?? '';
  const inner = (node.children ?? []).map(proseText).join('');
  return INLINE.has(node.type) ? inner : ` ${inner} `;
}

/** Count the words of a run of prose: tokens holding a letter or a digit. */
export function countWords(text: string): number {
  return text.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}

/** Walk a tree in document order. */
function walk(node: MdNode, visit: (node: MdNode) => void): void {
  visit(node);
  node.children?.forEach((child) => walk(child, visit));
}

/** The text of a heading as the reader sees it, in French typography. */
export function headingText(node: MdNode): string {
  return typographyFr(proseText(node).replace(/\s+/g, ' ').trim());
}

/** Give every Markdown heading the id Astro would give it (github-slugger on its French-typeset text), in document order. */
export function headingIds(tree: MdNode): Map<MdNode, string> {
  const slugger = new GithubSlugger();
  const ids = new Map<MdNode, string>();
  walk(tree, (node) => {
    if (node.type === 'heading') ids.set(node, slugger.slug(headingText(node)));
  });
  return ids;
}

/** Top-level nodes grouped into h2 sections: a section runs from its h2 to the next h2 or the next « À retenir » box. */
export function sectionRanges(tree: MdNode): { heading: MdNode; from: number; to: number }[] {
  const children = tree.children ?? [];
  const ranges: { heading: MdNode; from: number; to: number }[] = [];
  children.forEach((node, i) => {
    const open = ranges.at(-1);
    const closes = (node.type === 'heading' && node.depth === 2) || isComponent(node, 'ARetenir');
    if (open && open.to === -1 && closes) open.to = i;
    if (node.type === 'heading' && node.depth === 2) ranges.push({ heading: node, from: i, to: -1 });
  });
  const last = ranges.at(-1);
  if (last && last.to === -1) last.to = children.length;
  return ranges;
}

/** « 1. », « 2) », « IV - »: a number typed at the start of a heading. */
const TYPED_NUMBER = /^(?:\d+|[IVXLC]+)\s*[.)\-–—:]\s/;

const unique = (ids: (string | undefined)[]) => [...new Set(ids.filter((id): id is string => id !== undefined))];

/** Read a chapter's model from its mdast tree; `problems` lists what stops the build. */
export function buildChapterModel(tree: MdNode): { model: ChapterModel; problems: string[]; ids: Map<MdNode, string> } {
  const ids = headingIds(tree);
  const children = tree.children ?? [];
  const ranges = sectionRanges(tree);
  const sectionOf = (index: number) => ranges.find((r) => index >= r.from && index < r.to)?.heading;
  const problems: string[] = [];
  const model: ChapterModel = {
    sections: [],
    exercises: [],
    keyPointBoxes: [],
    trainerNotes: [],
    terms: [],
    alternatives: [],
    platforms: [],
    words: countWords(proseText(tree)),
  };
  for (const range of ranges) {
    const nodes = children.slice(range.from, range.to);
    const subsections: { slug: string; text: string }[] = [];
    nodes.forEach((n) => walk(n, (node) => {
      if (node.type === 'heading' && node.depth === 3) subsections.push({ slug: ids.get(node)!, text: headingText(node) });
    }));
    const start = range.heading.position?.start ?? { line: 0, column: 0 };
    const end = nodes.at(-1)?.position?.end ?? start;
    model.sections.push({ slug: ids.get(range.heading)!, text: headingText(range.heading), subsections, position: { start, end } });
  }
  const terms: (string | undefined)[] = [];
  const alternatives: (string | undefined)[] = [];
  const platforms: (string | undefined)[] = [];
  children.forEach((top, index) => {
    const heading = sectionOf(index);
    const section = heading ? ids.get(heading)! : null;
    walk(top, (node) => {
      if (isComponent(node, 'Terme')) terms.push(attribute(node, 'id'));
      else if (isComponent(node, 'Alternative')) alternatives.push(attribute(node, 'id'));
      else if (isComponent(node, 'Comparatif')) platforms.push(attribute(node, 'plateforme'));
      else if (isComponent(node, 'ARetenir')) {
        model.keyPointBoxes.push((node.children ?? []).filter((c) => c.type === 'list').reduce((n, list) => n + (list.children?.length ?? 0), 0));
      } else if (isComponent(node, 'NotesFormateur')) {
        const duree = attribute(node, 'duree')?.trim();
        if (!findAttribute(node, 'duree')) model.trainerNotes.push({ section });
        else if (duree === undefined || !MINUTES.test(duree)) {
          problems.push(`<NotesFormateur duree${duree === undefined ? '' : `={${duree}}`}> : la durée se donne en minutes, par un nombre entier positif, par exemple duree={15}`);
        } else if (section === null) {
          problems.push(`<NotesFormateur duree={${duree}}> hors de toute section : placez-la après le titre ## de la section qu’elle minute, ou retirez sa durée si elle vaut pour tout le chapitre`);
        } else model.trainerNotes.push({ section, minutes: Number(duree) });
      } else if (isComponent(node, 'Exercice')) {
        const id = attribute(node, 'id');
        const titre = attribute(node, 'titre') ?? '';
        const duree = attribute(node, 'duree');
        if (id === undefined) problems.push(`<Exercice titre="${titre}"> sans attribut id="…" : donnez-lui un identifiant stable, unique dans le chapitre`);
        else if (!EXERCISE_ID.test(id)) problems.push(`<Exercice id="${id}"> : l’identifiant ne prend que des minuscules sans accent, des chiffres et des tirets`);
        else model.exercises.push({ id, anchor: `exercice-${id}`, titre, ...(duree !== undefined ? { duree: Number(duree) } : {}), section });
      }
    });
  });
  model.terms = unique(terms);
  model.alternatives = unique(alternatives);
  model.platforms = unique(platforms);
  const seen = new Map<string, string>(RESERVED_IDS.map((id) => [id, 'la page du chapitre']));
  const claim = (id: string, what: string) => {
    const previous = seen.get(id);
    if (previous) problems.push(`${what} : l’identifiant « ${id} » est déjà pris par ${previous}`);
    else seen.set(id, what);
  };
  for (const [node, id] of ids) claim(id, `le titre « ${headingText(node)} »`);
  // the table of contents numbers the sections itself: a number typed in a heading would be read twice (« 3. 2. … »)
  for (const node of ids.keys()) {
    const text = headingText(node);
    if (TYPED_NUMBER.test(text)) problems.push(`le titre « ${text} » commence par un numéro : retirez-le, le sommaire numérote les sections`);
  }
  for (const exercise of model.exercises) claim(exercise.anchor, `<Exercice id="${exercise.id}">`);
  return { model, problems, ids };
}

/** What is wrong with a chapter's session timings: its timed trainer notes must add up to its `duree_animation` (front matter, not yet validated). */
export function sessionTimingProblems(model: ChapterModel, sessionMinutes: unknown): string[] {
  const timed = model.trainerNotes.filter((note): note is { section: string; minutes: number } => note.minutes !== undefined);
  const total = timed.reduce((sum, note) => sum + note.minutes, 0);
  if (sessionMinutes === undefined) {
    return timed.length === 0 ? [] : [`des notes d’animation sont minutées (${total} min en tout), mais l’en-tête n’a pas de « duree_animation » : donnez-y la durée de la séance`];
  }
  // a duree_animation that is not a number is the front matter schema's to report, with its field
  if (typeof sessionMinutes !== 'number' || total === sessionMinutes) return [];
  const bySection = model.sections.map((section) => {
    const notes = timed.filter((note) => note.section === section.slug);
    const minutes = notes.reduce((sum, note) => sum + note.minutes, 0);
    return `      « ${section.text} » : ${notes.length === 0 ? 'aucune note minutée' : `${minutes} min`}`;
  });
  return [
    `les notes d’animation minutées font ${total} min en tout, mais « duree_animation » vaut ${sessionMinutes} min ; minutes par section :\n${bySection.join('\n')}`,
  ];
}

/** Put each h2 section of the tree inside a <section> element, and give every heading its id. */
export function wrapSections(tree: MdNode, ids: Map<MdNode, string>): void {
  for (const [node, id] of ids) node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id } };
  const children = tree.children ?? [];
  const ranges = sectionRanges(tree);
  for (const range of [...ranges].reverse()) {
    const nodes = children.slice(range.from, range.to);
    // line breaks between the section's blocks, as between the root's, so that the page's text reads the same
    const section: MdNode = {
      type: 'chapterSection',
      data: { hName: 'section' },
      children: nodes.flatMap((node, i) => (i === 0 ? [node] : [{ type: 'text', value: '\n' }, node])),
      position: { start: nodes[0].position!.start, end: nodes.at(-1)!.position!.end },
    };
    children.splice(range.from, range.to - range.from, section);
  }
}

/**
 * Check the chapter against its front matter, record its model there (the front matter Astro hands the compile in
 * `data.astro`, kept with the entry's HTML as `rendered.metadata.frontmatter`) and wrap its sections; `file.name` names the file as messages do.
 */
export function applyChapterModel(tree: MdNode, file: { name: string; data: Record<string, unknown> }): void {
  const { model, problems, ids } = buildChapterModel(tree);
  const astro = (file.data.astro ??= {}) as { frontmatter?: Record<string, unknown> };
  // a note whose duree is refused is left out of the sum: report it alone rather than a total it skews
  if (!problems.some((p) => p.startsWith('<NotesFormateur'))) problems.push(...sessionTimingProblems(model, astro.frontmatter?.duree_animation));
  if (problems.length > 0) {
    throw new Error(`${file.name} : chapitre mal formé\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
  wrapSections(tree, ids);
  astro.frontmatter = { ...astro.frontmatter, [MODEL_KEY]: model };
}

/** The model an entry's render recorded; an error names the file when the plugin did not run. */
export function readChapterModel(frontmatter: Record<string, unknown> | undefined, file: string): ChapterModel {
  const result = chapterModelSchema.safeParse(frontmatter?.[MODEL_KEY]);
  if (!result.success) throw new Error(`${file} : modèle du chapitre absent ou invalide (l’étape applyChapterModel de la compilation a-t-elle tourné ?)`);
  return result.data;
}

/** An element id inside a chapter shown with others on one page. */
export function prefixId(prefix: string, id: string): string {
  return `${prefix}${id}`;
}

/** A link target inside a prefixed chapter: only in-page `#fragment` links change. */
export function prefixFragment(prefix: string, href: string): string {
  return prefix !== '' && href.startsWith('#') && href.length > 1 ? `#${prefix}${href.slice(1)}` : href;
}

/** A diagram's own ids and the `url(#…)` references to them, under a chapter's id prefix. */
export function prefixSvgIds(prefix: string, svg: string): string {
  if (prefix === '') return svg;
  return svg.replace(/\sid="([^"]+)"/g, (_, id: string) => ` id="${prefix}${id}"`).replace(/url\(#([^)]+)\)/g, (_, id: string) => `url(#${prefix}${id})`);
}
