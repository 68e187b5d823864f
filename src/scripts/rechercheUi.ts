// The search interface, downloaded only when the reader opens it: a dialog (or, on /recherche/, the page itself) with
// a labelled field, filters and a list of result links, on Pagefind's JavaScript API. Pagefind and its index are
// loaded at the first query; a question that finds too little is asked again more loosely (src/lib/recherche.ts).
import { answer } from '../lib/recherche.ts';
import { ui } from '../ui.ts';
import { siteBase, sitePath } from './base.ts';
import styles from '../styles/recherche.css?inline';

const t = ui.search;

interface PagefindResult {
  id: string;
  data: () => Promise<PagefindData>;
}
interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  /** The headings of the page where the words are found, best first, each with the address of its anchor. */
  sub_results?: { title: string; url: string }[];
}
interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (q: string, o?: { filters?: Record<string, unknown> }) => Promise<{ results: PagefindResult[] } | null>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

/** Results shown at once; « Afficher plus » loads the next ones (each result is a download of its own). */
const PAGE = 8;
/** Filters offered, in this order, with the order of their values. */
const FILTERS = [
  { key: 'type', label: t.filterType, values: ['Chapitre', 'Alternative', 'Remplacer', 'Glossaire'] },
  { key: 'public', label: t.filterPublic, values: ['Structures', 'Particuliers'] },
  { key: 'partie', label: t.filterPart, values: [] as string[] },
] as const;

let engine: Promise<Pagefind> | undefined;
/** Pagefind, loaded once, its result addresses under the site's base path. */
function pagefind(): Promise<Pagefind> {
  engine ??= (async () => {
    const pf = (await import(/* @vite-ignore */ `${siteBase()}pagefind/pagefind.js`)) as Pagefind;
    // no worker: one file less to download, and a search this size takes a few milliseconds on the page itself
    await pf.options({ baseUrl: siteBase(), excerptLength: 24, noWorker: true });
    await pf.init();
    return pf;
  })();
  return engine;
}

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, text?: string) => {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  if (text !== undefined) node.textContent = text;
  return node;
};

/** One search form with its filters, status line and results; `onQuery` hears each query as it runs. */
function buildSearch(prefix: string, onQuery: (q: string) => void) {
  addStyles();
  const form = el('form', { role: 'search', class: 'recherche-form', 'aria-label': t.formLabel });
  const label = el('label', { for: `${prefix}-champ` }, t.fieldLabel);
  const row = el('div', { class: 'recherche-ligne' });
  const input = el('input', { id: `${prefix}-champ`, type: 'search', name: 'q', autocomplete: 'off', spellcheck: 'false', enterkeyhint: 'search' });
  const submit = el('button', { type: 'submit' }, t.submit);
  row.append(input, submit);
  const filters = el('div', { class: 'recherche-filtres' });
  const status = el('p', { role: 'status', class: 'recherche-statut' });
  const list = el('ol', { class: 'recherche-resultats', 'aria-label': t.resultsLabel });
  const more = el('button', { type: 'button', class: 'recherche-plus', hidden: '' }, t.more);
  // the filters fold away on a phone, where they would push the results below the screen
  const fold = el('details', { class: 'recherche-plier' });
  fold.open = matchMedia('(min-width: 40rem)').matches;
  fold.append(el('summary', {}, t.filtersLabel), filters);
  fold.hidden = true;
  form.append(label, row, fold);
  const root = el('div', { class: 'recherche' });
  root.append(form, status, list, more);

  const chosen = new Map<string, Set<string>>();
  let shown: PagefindResult[] = [];
  let run = 0;
  let filtersReady: Promise<void> | undefined;

  async function addFilters() {
    const counts = await (await pagefind()).filters();
    for (const f of FILTERS) {
      const values = f.values.length > 0 ? f.values.filter((v) => counts[f.key]?.[v]) : Object.keys(counts[f.key] ?? {}).sort((a, b) => a.localeCompare(b, 'fr'));
      if (values.length === 0) continue;
      const set = el('fieldset');
      set.append(el('legend', {}, f.label));
      for (const value of values) {
        const id = `${prefix}-${f.key}-${values.indexOf(value)}`;
        const box = el('input', { type: 'checkbox', id, name: f.key, value });
        box.addEventListener('change', () => {
          const on = chosen.get(f.key) ?? new Set();
          if (box.checked) on.add(value);
          else on.delete(value);
          chosen.set(f.key, on);
          void search();
        });
        const item = el('label', { for: id });
        item.append(box, ` ${t.typeNames[value] ?? value}`);
        set.append(item);
      }
      filters.append(set);
    }
    fold.hidden = filters.children.length === 0;
  }

  function filterOption(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const [key, values] of chosen) if (values.size > 0) out[key] = { any: [...values] };
    return out;
  }

  async function render(results: PagefindResult[], from: number) {
    const data = await Promise.all(results.slice(from, from + PAGE).map((r) => r.data()));
    for (const d of data) {
      const item = el('li');
      const link = el('a', { href: d.url }, d.meta.title ?? d.url);
      const type = d.filters.type?.[0] ?? '';
      const facts = [t.typeNames[type] ?? type, type === 'Chapitre' ? d.meta.duree : d.meta.usage].filter(Boolean).join(' · ');
      const excerpt = el('p');
      // Pagefind's excerpt is the page's own text, escaped, with the matched words in <mark>
      excerpt.innerHTML = d.excerpt;
      item.append(link, el('span', { class: 'recherche-type' }, facts), excerpt);
      // in a long page, the section where the words are: a reader lands on it, not at the top
      const section = d.sub_results?.find((sub) => sub.url.includes('#') && sub.title !== d.meta.title);
      if (type === 'Chapitre' && section) {
        const to = el('p', { class: 'recherche-section' }, `${t.section}\u00a0: `);
        to.append(el('a', { href: section.url }, section.title));
        item.append(to);
      }
      list.append(item);
    }
    more.hidden = results.length <= from + PAGE;
  }

  async function search() {
    const query = input.value.trim();
    onQuery(query);
    const mine = ++run;
    list.replaceChildren();
    more.hidden = true;
    if (query.length < 2) {
      status.textContent = '';
      return;
    }
    status.textContent = t.searching;
    const pf = await pagefind();
    // the filters come with the first query: the engine that counts them is downloaded only then
    filtersReady ??= addFilters();
    await filtersReady;
    const filtersOn = filterOption();
    const found = await answer(
      query,
      async (q, onlyType) => {
        // the glossary asked first for a definition, unless the reader's own choice of types leaves it out
        const types = chosen.get('type');
        if (onlyType && types && types.size > 0 && !types.has(onlyType)) return [];
        return (await pf.search(q, { filters: onlyType ? { ...filtersOn, type: onlyType } : filtersOn }))?.results ?? [];
      },
      (r) => r.id,
    );
    if (mine !== run) return;
    shown = found.results;
    if (shown.length === 0) {
      status.replaceChildren(t.none(query), ' ');
      status.append(el('a', { href: sitePath('/plan-du-site/') }, t.siteMap), '.');
      return;
    }
    await render(shown, 0);
    if (mine !== run) return;
    // announced once the first results are on the page
    status.textContent = found.approximate ? t.approximate(query, shown.length) : t.count(query, shown.length);
  }

  let timer: number | undefined;
  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => void search(), 250);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    window.clearTimeout(timer);
    void search();
  });
  more.addEventListener('click', () => void render(shown, list.children.length));
  // from the field, the down arrow goes to the first result; in the list, the arrows go from one to the next
  root.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = [...list.querySelectorAll('a')];
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (document.activeElement === input && event.key === 'ArrowDown' && links[0]) {
      event.preventDefault();
      links[0].focus();
    } else if (at >= 0) {
      event.preventDefault();
      const next = event.key === 'ArrowDown' ? links[at + 1] : links[at - 1];
      (next ?? (event.key === 'ArrowUp' ? input : links[at])).focus();
    }
  });
  return { root, input, search };
}

/** The interface's own styles, added once as a constructed style sheet (no <style> element, no inline style). */
function addStyles(): void {
  if (document.adoptedStyleSheets.some((sheet) => (sheet as CSSStyleSheet & { recherche?: true }).recherche)) return;
  const sheet = Object.assign(new CSSStyleSheet(), { recherche: true as const });
  sheet.replaceSync(styles);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}

let dialog: HTMLDialogElement | undefined;
let returnTo: HTMLElement | null = null;

/** Open the search dialog over the page; Escape or the close button closes it and focus goes back where it was. */
function openSearch(): void {
  returnTo = document.activeElement as HTMLElement | null;
  if (!dialog) {
    dialog = el('dialog', { class: 'recherche-dialogue', 'aria-labelledby': 'recherche-titre' });
    const head = el('div', { class: 'recherche-entete' });
    const close = el('button', { type: 'button', class: 'recherche-fermer' }, t.close);
    close.addEventListener('click', () => dialog!.close());
    head.append(el('h2', { id: 'recherche-titre' }, t.title), close);
    const { root } = buildSearch('recherche', () => {});
    dialog.append(head, root);
    // a result leads elsewhere, or to an anchor of this very page: close first
    root.addEventListener('click', (event) => {
      if ((event.target as Element).closest('.recherche-resultats a')) dialog!.close();
    });
    dialog.addEventListener('close', () => returnTo?.focus());
    document.body.append(dialog);
  }
  dialog.showModal();
  dialog.querySelector('input')?.focus();
}

/** On /recherche/: the search in the page, with the query of the address, which follows what the reader types. */
function mountSearchPage(container: HTMLElement): void {
  const { root, input, search } = buildSearch('recherche-page', (q) => {
    const url = new URL(location.href);
    if (q) url.searchParams.set('q', q);
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
  });
  container.replaceChildren(root);
  const q = new URL(location.href).searchParams.get('q');
  if (q) {
    input.value = q;
    void search();
  }
  input.focus();
}

/**
 * The one entry of this module, for the search button of every page (no argument: the dialog) and for the /recherche/
 * page (its container: the search in the page). One export, so that the bundler keeps both ways whoever imports it.
 */
export function startSearch(container?: HTMLElement): void {
  if (container) mountSearchPage(container);
  else if (document.querySelector('[data-recherche-page] .recherche')) document.querySelector<HTMLInputElement>('[data-recherche-page] input')?.focus();
  else openSearch();
}
