// The search button of every page: without JavaScript a link to the site plan; with it, it opens the search, as do
// « / » and Ctrl+K (or Cmd+K). The interface and Pagefind are downloaded only then: a page's first visit loads
// nothing of the search.

// loaded by the address the search button gives (data-interface, see SEARCH_UI), not through the bundler: this
// script stays a few hundred bytes written into the page, with no file of its own
const button = document.querySelector<HTMLAnchorElement>('a[data-recherche]');
const load = (): Promise<typeof import('./rechercheUi.ts')> => import(/* @vite-ignore */ button!.dataset.interface!);

/** True while the reader types in a field, where « / » is a character, not a shortcut. */
function typing(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

document.addEventListener('click', (event) => {
  const link = event.target instanceof Element ? event.target.closest('a[data-recherche]') : null;
  if (!link || event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
  event.preventDefault();
  void load().then((m) => m.startSearch());
});

document.addEventListener('keydown', (event) => {
  const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !typing(event.target);
  const ctrlK = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.altKey;
  if (!slash && !ctrlK) return;
  if (document.querySelector('dialog[open]')) return;
  event.preventDefault();
  void load().then((m) => m.startSearch());
});

