// Catalogue filters, combined and instant, on a usage page. Without this script each filter is a link to a pre-built
// page; with it, the links become one complete form (with its submit button), whose options are read from them. The
// active filters are shown, each removable; an empty result names the filter to loosen.
import { matchesFilters, type FilterFacts, type Filters } from '../lib/catalogueView.ts';
import { ui } from '../ui.ts';

const nav = document.querySelector<HTMLElement>('[data-filtres]');
const catalogue = document.querySelector<HTMLElement>('[data-catalogue]');

type Name = 'public' | 'facilite' | 'auto';

/** A labelled select listing a group of filter links, with a first « all » option. */
function selectFor(group: HTMLElement, name: Name, allLabel: string): HTMLDivElement {
  const field = document.createElement('div');
  const label = document.createElement('label');
  label.htmlFor = `filtre-${name}`;
  label.textContent = group.querySelector('span')?.textContent?.replace(/[\s\u00a0]*:\s*$/, '') ?? name;
  const select = document.createElement('select');
  select.id = `filtre-${name}`;
  select.name = name;
  select.add(new Option(allLabel, ''));
  for (const link of group.querySelectorAll<HTMLAnchorElement>('a[data-valeur]')) select.add(new Option(link.textContent ?? '', link.dataset.valeur));
  field.append(label, select);
  return field;
}

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, className?: string) => {
  const node = document.createElement(tag);
  if (className) node.className = className;
  return node;
};

if (nav && catalogue) {
  const group = (name: string) => nav.querySelector<HTMLElement>(`[data-groupe-filtre="${name}"]`)!;
  const form = el('form', 'filtres-form');
  form.setAttribute('aria-labelledby', 'filtres-titre');
  form.append(selectFor(group('public'), 'public', ui.filterEveryone), selectFor(group('facilite'), 'facilite', ui.filterAllEases));
  const auto = el('div', 'case');
  const box = el('input');
  box.type = 'checkbox';
  box.id = 'filtre-auto';
  box.name = 'auto';
  box.value = 'oui';
  const boxLabel = el('label');
  boxLabel.htmlFor = box.id;
  const autoLink = group('auto').querySelector('a');
  boxLabel.textContent = `${group('auto').querySelector('span')?.textContent ?? ''} ${autoLink?.textContent ?? ''}`;
  auto.append(box, boxLabel);
  const submit = el('button');
  submit.type = 'submit';
  submit.textContent = ui.filterApply;
  const reset = el('button');
  reset.type = 'reset';
  reset.textContent = ui.filterReset;
  const active = el('p', 'filtres-actifs');
  const status = el('p', 'filtres-statut');
  status.setAttribute('role', 'status');
  form.append(auto, submit, reset, active, status);

  const select = (name: 'public' | 'facilite') => form.elements.namedItem(name) as HTMLSelectElement;
  const items = [...catalogue.querySelectorAll<HTMLElement>('li[data-usage]')];
  const facts = (item: HTMLElement): FilterFacts => ({
    usage: item.dataset.usage ?? '',
    public: (item.dataset.public ?? '').split(' '),
    facilite: Number(item.dataset.facilite),
    auto: item.dataset.auto === 'oui',
  });
  const read = (): Filters => ({
    public: (select('public').value || undefined) as Filters['public'],
    facilite: select('facilite').value ? (Number(select('facilite').value) as Filters['facilite']) : undefined,
    auto: box.checked ? true : undefined,
  });
  /** Each active filter: its words, and how to remove it. */
  const activeFilters = (filters: Filters): { name: Name; label: string; clear: () => void }[] => {
    const list: { name: Name; label: string; clear: () => void }[] = [];
    for (const name of ['public', 'facilite'] as const) {
      const s = select(name);
      if (filters[name] !== undefined) list.push({ name, label: s.selectedOptions[0]?.textContent ?? '', clear: () => (s.value = '') });
    }
    if (filters.auto) list.push({ name: 'auto', label: autoLink?.textContent ?? '', clear: () => (box.checked = false) });
    return list;
  };
  const count = (filters: Filters) => items.filter((item) => matchesFilters(facts(item), filters)).length;

  const apply = () => {
    const filters = read();
    let shown = 0;
    for (const item of items) {
      const match = matchesFilters(facts(item), filters);
      item.hidden = !match;
      if (match) shown++;
    }
    const on = activeFilters(filters);
    active.replaceChildren();
    active.hidden = on.length === 0;
    if (on.length > 0) {
      active.append(ui.filterActive, ' ');
      for (const f of on) {
        const remove = el('button', 'filtre-actif');
        remove.type = 'button';
        remove.textContent = `${f.label} ×`;
        remove.setAttribute('aria-label', ui.filterRemove(f.label));
        remove.addEventListener('click', () => {
          f.clear();
          apply();
          (form.elements.namedItem(f.name) as HTMLElement | null)?.focus();
        });
        active.append(remove, ' ');
      }
    }
    if (shown > 0) status.textContent = ui.filterCount(shown);
    else {
      // which single filter, taken away, would bring entries back
      const hints = on.map((f) => ({ f, n: count({ ...filters, [f.name]: undefined }) })).filter((h) => h.n > 0);
      status.textContent = [ui.filterNone, ...hints.map((h) => ui.filterLoosen(h.f.label, h.n))].join(' ');
    }
    // the address keeps the filters, so that a trainer can share a filtered usage page
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries(filters)) if (value !== undefined) query.set(key, value === true ? 'oui' : String(value));
    history.replaceState(null, '', `${location.pathname}${query.size > 0 ? `?${query}` : ''}${location.hash}`);
  };
  form.addEventListener('change', apply);
  form.addEventListener('reset', () => setTimeout(apply));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    apply();
  });
  for (const p of nav.querySelectorAll('p')) p.hidden = true;
  nav.append(form);
  const initial = new URLSearchParams(location.search);
  for (const name of ['public', 'facilite'] as const) {
    const wanted = initial.get(name);
    if (wanted && [...select(name).options].some((o) => o.value === wanted)) select(name).value = wanted;
  }
  box.checked = initial.get('auto') === 'oui';
  apply();
}
