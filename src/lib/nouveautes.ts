// What changed in the guide: content/nouveautes.yaml, checked, then shown newest first on /nouveautes/ and in its feed.
import { join } from 'node:path';
import { z } from 'zod';
import { formatSourceDate } from './format.ts';
import { chapterFiles, isHiddenAddress, type Hidden } from './masquer.ts';
import { asciiSlug } from './format.ts';
import { isoDay } from './schemas.ts';
import { typographyFr } from './typography.ts';
import { problemsError, readYaml, type Problem } from './validate.ts';

export const NEWS_FILE = 'nouveautes.yaml';
/** The path of the feed, beside the page /nouveautes/. */
export const NEWS_FEED = '/nouveautes.xml';

const DAY = 'date attendue : AAAA-MM-JJ, par exemple 2026-12-02';

/** A day written AAAA-MM-JJ (YAML hands an unquoted one over as a Date) that exists in the calendar and is not after `today`. */
const day = (today: () => Date) =>
  z.preprocess(
    (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? isoDay(value) : value),
    z.string({ error: DAY }).superRefine((value, ctx) => {
      const date = new Date(`${value}T00:00:00Z`);
      if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(date.getTime()) || isoDay(date) !== value) ctx.addIssue({ code: 'custom', message: DAY });
      else if (value > isoDay(today())) ctx.addIssue({ code: 'custom', message: `date dans le futur (${value})` });
    }),
  );

/** French prose of one line, trimmed, with a French message when it is empty or too long. */
const words = (min: number, max: number, what: string) =>
  z
    .string({ error: `${what} attendu` })
    .trim()
    .min(min, `${what} vide ou trop court (${min} signes au moins)`)
    .max(max, `${what} trop long (${max} signes au plus)`)
    .transform(typographyFr);

/** The path of a page of the site as readers see it without the base path: /guide/pourquoi/, /alternatives/usages/ia/. */
export const SITE_PATH = /^\/([a-z0-9]+(-[a-z0-9]+)*\/)*$/;

const sitePath = z
  .string({ error: 'chemin de page attendu' })
  .regex(SITE_PATH, 'chemin d’une page du guide attendu, qui commence et finit par « / », sans l’adresse du site : /guide/pourquoi/');

/** One entry of nouveautes.yaml: the day, a title, one or two sentences for readers, and the pages it is about. */
export function newsEntrySchema(today: () => Date = () => new Date()) {
  return z
    .object({
      date: day(today),
      titre: words(3, 120, 'titre'),
      texte: words(20, 400, 'texte'),
      pages: z
        .array(sitePath, { error: 'liste de pages attendue : [/guide/pourquoi/]' })
        .min(1, 'au moins une page concernée')
        .superRefine((pages, ctx) => {
          pages.forEach((page, i) => {
            if (pages.indexOf(page) !== i) ctx.addIssue({ code: 'custom', path: [i], message: `page donnée deux fois : ${page}` });
          });
        }),
    })
    .strict();
}

/** An entry as the page and the feed show it. */
export interface NewsEntry {
  /** The anchor of the entry on /nouveautes/, also the address of its feed item: its day and the words of its title. */
  id: string;
  date: string;
  titre: string;
  texte: string;
  pages: string[];
  /** Where it stands in nouveautes.yaml (1 for the first entry), or 0 for an entry made from a chapter's « revise_le ». */
  rang: number;
}

/** Lower-case words without accents joined by hyphens: a fragment that reads the same in every feed reader. */
export function slugOf(text: string): string {
  return asciiSlug(text).slice(0, 60).replace(/-+$/, '');
}

const entryId = (date: string, titre: string) => `${date}-${slugOf(titre)}`;

/** How an error names an entry: its rank in the file, and its title when it has one. */
function entryLabel(raw: unknown, index: number): string {
  const titre = (raw as { titre?: unknown } | null)?.titre;
  return typeof titre === 'string' && titre.trim() !== '' ? `entrée ${index + 1} « ${titre.trim()} »` : `entrée ${index + 1}`;
}

/** Check the entries of nouveautes.yaml; every problem is named with the file, the entry and the field. */
export function checkNews(data: unknown, file: string, today: Date): { entries: NewsEntry[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const list = z.array(z.unknown()).safeParse(data ?? []);
  if (!list.success) {
    problems.push({ file, field: '(racine)', message: 'une liste de nouveautés est attendue, chacune commençant par « - date: »' });
    return { entries: [], problems };
  }
  const schema = newsEntrySchema(() => today);
  const entries: NewsEntry[] = [];
  const seen = new Map<string, string>();
  list.data.forEach((raw, i) => {
    const label = entryLabel(raw, i);
    const entry = schema.safeParse(raw);
    if (!entry.success) {
      for (const issue of entry.error.issues) problems.push({ file, field: [label, ...issue.path].join(' › '), message: issue.message });
      return;
    }
    const id = entryId(entry.data.date, entry.data.titre);
    const first = seen.get(id);
    if (first) problems.push({ file, field: `${label} › titre`, message: `même jour et même titre que l’${first}` });
    else seen.set(id, label);
    entries.push({ id, ...entry.data, rang: i + 1 });
  });
  return { entries, problems };
}

/** Read and check nouveautes.yaml, entries in the file's order; one error lists every problem with its file, entry and field. */
export function readNews(dir: string, today: Date = new Date()): NewsEntry[] {
  const file = join(dir, NEWS_FILE);
  const problems: Problem[] = [];
  const data = readYaml(file, problems);
  const checked = problems.length > 0 ? { entries: [], problems } : checkNews(data, file, today);
  if (checked.problems.length > 0) throw problemsError('Nouveautés du guide invalides', checked.problems);
  return checked.entries;
}

/** Newest first; entries of the same day keep the order of the file, those made from the chapters coming after. */
export function newestFirst(entries: NewsEntry[]): NewsEntry[] {
  const rank = (e: NewsEntry) => (e.rang === 0 ? Number.MAX_SAFE_INTEGER : e.rang);
  return [...entries].sort((a, b) => b.date.localeCompare(a.date) || rank(a) - rank(b));
}

/** Whether a path is a page this build leaves out. */
export type LeftOut = (path: string) => boolean;

/** The pages of these chapters (reading page, slides, handout, script) and of these alternatives are left out. */
export function leftOutBy(chapters: string[], alternatives: string[], platforms: string[] = []): LeftOut {
  return (path) => isHiddenAddress(path, { chapitres: chapters, alternatives, plateformes: platforms });
}

/** What a build of the content folder leaves out of the news: what site.yaml hides, and the drafts outside « npm run dev ». */
export function newsLeftOut(dir: string, hidden: Hidden, drafts: boolean): LeftOut {
  const files = chapterFiles(dir, hidden, drafts);
  return leftOutBy([...files.hidden, ...files.drafts], hidden.alternatives, hidden.plateformes);
}

/**
 * The entries this version of the guide publishes, newest first: links to left-out pages removed, and an entry whose
 * every page is left out dropped (it was about them); `removed` says each, for the build's warning.
 */
export function publishedNews(entries: NewsEntry[], leftOut: LeftOut): { entries: NewsEntry[]; removed: string[] } {
  const removed: string[] = [];
  const kept: NewsEntry[] = [];
  for (const entry of entries) {
    const pages = entry.pages.filter((p) => !leftOut(p));
    if (pages.length === 0) removed.push(`« ${entry.titre} » (${entry.date}) retirée : elle ne parle que de pages masquées`);
    else {
      if (pages.length < entry.pages.length) removed.push(`« ${entry.titre} » (${entry.date}) : lien vers ${entry.pages.filter(leftOut).join(', ')} retiré`);
      kept.push({ ...entry, pages });
    }
  }
  return { entries: newestFirst(kept), removed };
}

/**
 * Every path of an entry that is no page of the built site (and that the build does not leave out on purpose), or
 * an old address of redirections.yaml (`moved`, old address to new), which the entry should give as it is now.
 */
export function newsPageProblems(entries: NewsEntry[], builtPages: Set<string>, leftOut: LeftOut, file: string, moved = new Map<string, string>()): Problem[] {
  return entries.flatMap((entry) =>
    entry.pages.flatMap((page, i) => {
      const field = `entrée ${entry.rang} « ${entry.titre} » › pages › ${i}`;
      const now = moved.get(page);
      if (now !== undefined) return [{ file, field, message: `« ${page} » a changé d’adresse (redirections.yaml) : écrivez « ${now} »` }];
      return builtPages.has(page) || leftOut(page) ? [] : [{ file, field, message: `« ${page} » n’est pas une page du guide construit` }];
    }),
  );
}

/** A chapter as its review entry needs it. */
export interface ReviewedChapter {
  titre: string;
  path: string;
  revise_le: Date;
}

/**
 * One entry for each chapter's last review (« revise_le »), unless an entry of the file already names that chapter's
 * page on that day; every entry, newest first.
 */
export function withReviews(entries: NewsEntry[], chapters: ReviewedChapter[], wording: { titre: (chapitre: string) => string; texte: string }): NewsEntry[] {
  const written = new Set(entries.flatMap((e) => e.pages.map((p) => `${e.date} ${p}`)));
  const reviews = chapters
    .map((c) => ({ chapter: c, date: isoDay(c.revise_le) }))
    .filter(({ chapter, date }) => !written.has(`${date} ${chapter.path}`))
    .map(({ chapter, date }): NewsEntry => {
      const titre = wording.titre(chapter.titre);
      return { id: entryId(date, titre), date, titre, texte: wording.texte, pages: [chapter.path], rang: 0 };
    });
  return newestFirst([...entries, ...reviews]);
}

/** How many entries the page and the feed show: the page keeps within the list budget however long the history grows. */
export const NEWS_SHOWN = 30;

/** The most recent entries, as the page shows them and the feed gives them (every item's link finds its entry on the page). */
export function shownNews(entries: NewsEntry[], limit = NEWS_SHOWN): { entries: NewsEntry[]; older: number } {
  const sorted = newestFirst(entries);
  return { entries: sorted.slice(0, limit), older: Math.max(0, sorted.length - limit) };
}

/** The entries by month, newest first, each month with its anchor and its name (« décembre 2026 »). */
export function newsByMonth(entries: NewsEntry[]): { id: string; mois: string; entries: NewsEntry[] }[] {
  const months: { id: string; mois: string; entries: NewsEntry[] }[] = [];
  for (const entry of newestFirst(entries)) {
    const month = entry.date.slice(0, 7);
    if (months.at(-1)?.id !== `mois-${month}`) months.push({ id: `mois-${month}`, mois: formatSourceDate(month), entries: [] });
    months.at(-1)!.entries.push(entry);
  }
  return months;
}

/** What names the pages of the site in an entry's links: titles of chapters, alternatives, platforms, usages, pages. */
export interface PageNames {
  /** Pages with a fixed address: the home page, the catalogue, the glossary… */
  fixed: Record<string, string>;
  chapters: { id: string; titre: string }[];
  alternatives: { id: string; nom: string }[];
  platforms: { id: string; titre: string }[];
  usages: { id: string; titre: string }[];
  filters: Record<string, string>;
  pages: { id: string; titre: string }[];
  sessionPlans: { id: string; titre: string }[];
  /** The names of a chapter's slides, handout and script. */
  slides: (titre: string) => string;
  handout: (titre: string) => string;
  script: (titre: string) => string;
}

/** The name of each page an entry may link to, by its path; a path missing here is shown as itself. */
export function pageNames(names: PageNames): Map<string, string> {
  const map = new Map(Object.entries(names.fixed));
  for (const c of names.chapters) {
    map.set(`/guide/${c.id}/`, c.titre);
    map.set(`/projection/${c.id}/`, names.slides(c.titre));
    map.set(`/fiche/${c.id}/`, names.handout(c.titre));
    map.set(`/formation/deroule/${c.id}/`, names.script(c.titre));
  }
  for (const a of names.alternatives) map.set(`/alternatives/${a.id}/`, a.nom);
  for (const p of names.platforms) map.set(`/remplacer/${p.id}/`, p.titre);
  for (const u of names.usages) map.set(`/alternatives/usages/${u.id}/`, u.titre);
  for (const [id, titre] of Object.entries(names.filters)) map.set(`/alternatives/filtres/${id}/`, titre);
  for (const p of names.pages) map.set(`/${p.id}/`, p.titre);
  for (const s of names.sessionPlans) map.set(`/formation/seances/${s.id}/`, s.titre);
  return map;
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** An item of the feed: the entry's title, its anchor on /nouveautes/ as link (unique, so readers keep every item), its text and links. */
export function feedItem(entry: NewsEntry, options: { address: (path: string) => string; names: Map<string, string>; see: string }) {
  const links = entry.pages.map((p) => `<a href="${escapeHtml(options.address(p))}">${escapeHtml(options.names.get(p) ?? p)}</a>`).join(', ');
  return {
    title: entry.titre,
    link: options.address(`/nouveautes/#${entry.id}`),
    pubDate: new Date(`${entry.date}T00:00:00Z`),
    description: `<p>${escapeHtml(entry.texte)}</p><p>${escapeHtml(options.see)} ${links}</p>`,
  };
}
