// The components a chapter (or a page of content/pages/) writes, turned into HTML elements while the file compiles:
// the content layer then keeps each file's HTML, as it does for Markdown, instead of compiling it into a JavaScript
// module. A guide of thousands of chapters builds in half the time and a fraction of the memory (bench/README.md).
// Each component is a small function from its attributes and children to mdast nodes that name their element
// (`data.hName`); only <Comparatif>, a whole catalogue view, stays a component: its place is marked, and the page
// renders it there (src/components/ChapterBody.astro).
import { existsSync, readFileSync } from 'node:fs';
import { toHtml } from 'hast-util-to-html';
import { join } from 'node:path';
import type { MdNode } from './chapterModel.ts';
import type { Catalogue } from './catalogue.ts';
import { describeAlternative, findAlternative } from './catalogueView.ts';
import { diagramMarkup, narrowFileName, narrowProblems } from './diagrams.ts';
import { formatDuration } from './format.ts';
import { ORIGINE } from './origine.ts';
import type { Site } from './schemas.ts';
import { withBase } from './siteUrl.ts';
import { measuresTable } from './sobriete.ts';
import { svgProblems } from './svg.ts';
import { typographyFr } from './typography.ts';
import { ui } from '../ui.ts';

/** What the components read: the base path of links, site.yaml, the catalogue and the diagrams' folder. */
export interface ComponentContext {
  base: string;
  site: Pick<Site, 'organisation' | 'accompagnement' | 'mentions_legales'>;
  catalogue: Catalogue;
  schemasDir: string;
}

/** The mark <Comparatif plateforme="x" /> leaves in a chapter's HTML, where the page renders the comparison. */
export const COMPARATIF_MARK = /<div data-comparatif="([^"]*)"><\/div>/g;

type Props = Record<string, string | number | boolean | string[]>;
type Attributes = Record<string, string | number | true>;

const text = (value: string): MdNode => ({ type: 'text', value });
const html = (value: string): MdNode => ({ type: 'html', value });
/** An element of the page: a node that names its tag and attributes, as the mdast-to-hast step reads them. */
const element = (tag: string, props: Props, children: MdNode[] = []): MdNode => ({
  type: 'guideElement',
  data: { hName: tag, hProperties: props },
  children,
});

/** The file's line of a node, for messages. */
const at = (node: MdNode) => (node.position ? `ligne ${node.position.start.line}` : 'ligne inconnue');

/** A component's attributes: text as written, `{4}` as a number, a bare name as true; any other expression is refused. */
function attributesOf(node: MdNode, file: string): Attributes {
  const attributes: Attributes = {};
  for (const attr of node.attributes ?? []) {
    if (attr.type !== 'mdxJsxAttribute' || !attr.name) {
      throw new Error(`${file} (${at(node)}) : <${node.name}> reçoit un attribut calculé ({...}), que le guide ne lit pas : écrivez chaque attribut nom="valeur"`);
    }
    const value = attr.value as string | null | { type?: string; value?: string };
    if (value === null || value === undefined) attributes[attr.name] = true;
    else if (typeof value === 'string') attributes[attr.name] = value;
    else if (value.type === 'mdxJsxAttributeValueExpression' && /^\s*\d+(\.\d+)?\s*$/.test(value.value ?? '')) attributes[attr.name] = Number(value.value);
    else {
      throw new Error(`${file} (${at(node)}) : <${node.name} ${attr.name}={${value.value ?? ''}}> : seul un nombre peut s’écrire entre accolades, par exemple ${attr.name}={5}`);
    }
  }
  return attributes;
}

const number = (value: string | number | true | undefined): number | undefined => (value === undefined || value === true ? undefined : Number(value));

/** What a component's renderer is handed: its attributes and children, what components read, and two helpers. */
interface Call {
  node: MdNode;
  attributes: Attributes;
  children: MdNode[];
  context: ComponentContext;
  /** A site path with the base path in front. */
  href: (path: string) => string;
  /** An attribute the component cannot do without: its absence stops the build, naming the file and the line. */
  required: (name: string) => string;
  file: string;
}

/** Each component the guide knows, and the elements it stands for. */
const COMPONENTS: Record<string, (call: Call) => MdNode[]> = {
  ARetenir: ({ children }) => [
    element('section', { className: ['bloc', 'retenir'], ariaLabelledBy: 'a-retenir', dataARetenir: '' }, [element('h2', { id: 'a-retenir' }, [text(ui.keyPoints)]), ...children]),
  ],
  Exercice: ({ attributes, children, required }) => {
    const id = required('id');
    const duree = number(attributes.duree);
    return [
      element('section', { className: ['bloc', 'exercice'], id: `exercice-${id}`, dataExercice: id }, [
        // written out, so that the Markdown processor gives it no id of its own: the box's id is the exercise's
        html(
          toHtml({
            type: 'element',
            tagName: 'h3',
            properties: {},
            children: [
              { type: 'element', tagName: 'span', properties: { className: ['bloc-label'] }, children: [{ type: 'text', value: `${ui.exercise}\u00a0:` }] },
              { type: 'text', value: ` ${typographyFr(required('titre'))}` },
            ],
          }),
        ),
        ...(duree === undefined ? [] : [element('p', { className: ['muted'] }, [text(formatDuration(duree))])]),
        ...children,
      ]),
    ];
  },
  NotesFormateur: ({ attributes, children }) => {
    const minutes = number(attributes.duree);
    const summary = minutes === undefined ? ui.trainerNotes : `${ui.trainerNotes} · ${formatDuration(minutes)}`;
    const props: Props = { className: ['notes-formateur'], dataNotesFormateur: '', ...(minutes === undefined ? {} : { dataDuree: String(minutes) }), dataPagefindIgnore: '' };
    return [element('details', props, [element('summary', {}, [text(summary)]), ...children])];
  },
  // the trainer's pages undo the two attributes of the bubble with plainTermLinks, below: keep them in step
  Terme: ({ children, href, required }) => {
    const id = required('id');
    return [element('a', { className: ['terme'], href: href(`/glossaire/#${id}`), ariaDescribedBy: `def-${id}`, dataTerme: '' }, children)];
  },
  Alternative: ({ attributes, context, href, required }) => {
    const alt = describeAlternative(findAlternative(context.catalogue, required('id')), context.catalogue);
    const link = element('a', { href: href(alt.path), className: ['alternative'] }, [text(alt.nom)]);
    return attributes.sansResume ? [link] : [link, text(` (${alt.inlineResume})`)];
  },
  Origine: () => [element('span', { className: ['origine'] }, [text(ORIGINE.auteurs)])],
  Editeur: ({ context }) => [text(context.site.organisation.nom)],
  Contact: ({ attributes, context }) => {
    const { nom, ville, contact, courriel } = context.site.organisation;
    return [
      element('p', {}, [
        ...(attributes.accompagnement ? [text(`${typographyFr(context.site.accompagnement)} `)] : []),
        element('strong', {}, [text(nom)]),
        text(` (${ville})\u00a0: `),
        element('a', { href: contact }, [text(ui.contactOrganisation(nom))]),
        ...(courriel ? [text(ui.or), element('a', { href: `mailto:${courriel}` }, [text(courriel)])] : []),
        text('.'),
      ]),
    ];
  },
  Schema: ({ children, context, required }) => {
    const id = required('id');
    const svgFile = join(context.schemasDir, `${id}.svg`);
    const svg = readFileSync(svgFile, 'utf8');
    refuseDiagram(svgFile, svgProblems(svg));
    const narrowFile = join(context.schemasDir, narrowFileName(id));
    const narrow = existsSync(narrowFile) ? readFileSync(narrowFile, 'utf8') : undefined;
    if (narrow !== undefined) refuseDiagram(narrowFile, narrowProblems(svg, narrow));
    return [
      element('figure', { className: ['schema'] }, [
        html(diagramMarkup(svg, narrow)),
        element('figcaption', {}, [element('strong', {}, [text(`${typographyFr(required('titre'))}.`)]), text(' '), ...children]),
      ]),
    ];
  },
  MesuresDuGuide: ({ required }) => [html(measuresTable(required('chapitre')))],
  Comparatif: ({ required }) => [html(`<div data-comparatif="${required('plateforme')}"></div>`)],
  MentionsLegales: ({ node, context, required, file }) => {
    const partie = required('partie');
    if (partie !== 'editeur' && partie !== 'hebergeur') throw new Error(`${file} (${at(node)}) : <MentionsLegales partie="${partie}"> : partie vaut « editeur » ou « hebergeur »`);
    return [mentionsLegales(partie, context.site)];
  },
};

/** A glossary term made a plain link to its entry (<Terme> above, less the bubble's two attributes), for a page that lists no definitions and loads no script. */
export function plainTermLinks(html: string): string {
  return html.replace(/(<a class="terme" href="[^"]*") aria-describedby="[^"]*" data-terme=""/g, '$1');
}

/** The elements one component, or one HTML element written in the file, stands for. */
function renderComponent(node: MdNode, context: ComponentContext, file: string): MdNode[] {
  const attributes = attributesOf(node, file);
  const children = node.children ?? [];
  // an HTML element written in the file (a table with a caption…) stays as written
  if (node.name && /^[a-z][a-z0-9]*$/.test(node.name)) {
    const props: Props = Object.fromEntries(Object.entries(attributes).map(([name, value]) => (name === 'class' ? ['className', String(value).split(/\s+/)] : [name, value])));
    return [element(node.name, props, children)];
  }
  const render = node.name && Object.hasOwn(COMPONENTS, node.name) ? COMPONENTS[node.name] : undefined;
  if (!render) {
    const known = Object.keys(COMPONENTS)
      .sort()
      .map((n) => `<${n}>`)
      .join(', ');
    throw new Error(`${file} (${at(node)}) : composant inconnu <${node.name ?? ''}> (le guide connaît ${known}) ; pour montrer une balise en exemple, mettez-la entre accents graves`);
  }
  const required = (name: string) => {
    const value = attributes[name];
    if (typeof value !== 'string' || value === '') throw new Error(`${file} (${at(node)}) : <${node.name}> sans l’attribut ${name}="…"`);
    return value;
  };
  return render({ node, attributes, children, context, href: (path) => withBase(context.base, path), required, file });
}

function refuseDiagram(file: string, problems: string[]): void {
  if (problems.length > 0) throw new Error(`${file} : schéma refusé\n${problems.map((p) => `  - ${p}`).join('\n')}`);
}

/** One part of the legal notice of site.yaml: who publishes the site, or who hosts it (a field « À compléter » shows as written). */
function mentionsLegales(partie: 'editeur' | 'hebergeur', site: ComponentContext['site']): MdNode {
  const { editeur, hebergeur } = site.mentions_legales;
  const { contact, courriel } = site.organisation;
  const rows: [string, string][] =
    partie === 'editeur'
      ? [
          [ui.legal.name, editeur.nom],
          [ui.legal.address, editeur.adresse],
          [ui.legal.phone, editeur.telephone],
          [ui.legal.director, editeur.responsable_publication],
        ]
      : [
          [ui.legal.name, hebergeur.nom],
          [ui.legal.address, hebergeur.adresse],
          [ui.legal.phone, hebergeur.telephone],
        ];
  const items = rows.flatMap(([label, value]) => [element('dt', {}, [text(label)]), element('dd', {}, [text(value)])]);
  if (partie === 'editeur') {
    items.push(
      element('dt', {}, [text(ui.legal.contact)]),
      element('dd', {}, [element('a', { href: contact }, [text(contact)]), ...(courriel ? [text(ui.or), element('a', { href: `mailto:${courriel}` }, [text(courriel)])] : [])]),
    );
  }
  return element('dl', { className: ['mentions'] }, items);
}

const EXPRESSIONS = new Set(['mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression']);

/**
 * Replace, in a compiled file's tree, every component by its elements (children first, so that a <Terme> inside an
 * <Exercice> is rendered too). An import, an export or a `{…}` expression is refused: a chapter holds no code.
 */
export function renderComponents(tree: MdNode, context: ComponentContext, file: string): void {
  const visit = (node: MdNode) => {
    if (!node.children) return;
    node.children = node.children.flatMap((child) => {
      if (EXPRESSIONS.has(child.type)) {
        const what = child.type === 'mdxjsEsm' ? 'une ligne import ou export' : `l’expression {${(child.value ?? '').trim()}}`;
        throw new Error(`${file} (${at(child)}) : ${what} : un chapitre ne contient pas de code ; pour écrire une accolade, précédez-la d’une barre oblique inverse (\\{)`);
      }
      visit(child);
      return child.type === 'mdxJsxFlowElement' || child.type === 'mdxJsxTextElement' ? renderComponent(child, context, file) : [child];
    });
  };
  visit(tree);
}
