// Catalogue filters, combined and instant. Without this script each filter is a link to an anchor
// or to a pre-built page; with it, the links become one form whose options are read from them.
import { matchesFilters, type Filters } from '../lib/catalogueView.ts';
import { ui } from '../ui.ts';
import { sitePath } from './base.ts';

const nav = document.querySelector<HTMLElement>('[data-filtres]');
const catalogue = document.querySelector<HTMLElement>('[data-catalogue]');

/** A labelled select listing a group of filter links, with a first « all » option. */
function selectFor(group: HTMLElement, name: string, allLabel: string): HTMLDivElement {
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

if (nav && catalogue) {
  const group = (name: string) => nav.querySelector<HTMLElement>(`[data-groupe-filtre="${name}"]`)!;
  const form = document.createElement('form');
  form.className = 'filtres-form';
  form.setAttribute('aria-labelledby', 'filtres-titre');
  form.append(selectFor(group('usage'), 'usage', ui.filterAllUsages));
  form.append(selectFor(group('public'), 'public', ui.filterEveryone));
  form.append(selectFor(group('facilite'), 'facilite', ui.filterAllEases));
  const auto = document.createElement('div');
  auto.className = 'case';
  const box = document.createElement('input');
  box.type = 'checkbox';
  box.id = 'filtre-auto';
  box.name = 'auto';
  const boxLabel = document.createElement('label');
  boxLabel.htmlFor = box.id;
  const autoTitle = group('auto').querySelector('span')?.textContent ?? '';
  boxLabel.textContent = `${autoTitle} ${group('auto').querySelector('a')?.textContent ?? ''}`;
  auto.append(box, boxLabel);
  form.append(auto);
  const reset = document.createElement('button');
  reset.type = 'reset';
  reset.textContent = ui.filterReset;
  form.append(reset);
  const status = document.createElement('p');
  status.className = 'filtres-statut';
  status.setAttribute('role', 'status');
  form.append(status);

  const items = [...catalogue.querySelectorAll<HTMLElement>('li[data-usage]')];
  const apply = () => {
    const data = new FormData(form);
    const filters: Filters = {
      usage: (data.get('usage') as string) || undefined,
      public: ((data.get('public') as string) || undefined) as Filters['public'],
      facilite: data.get('facilite') ? (Number(data.get('facilite')) as Filters['facilite']) : undefined,
      auto: box.checked ? true : undefined,
    };
    let shown = 0;
    for (const item of items) {
      const match = matchesFilters(
        {
          usage: item.dataset.usage ?? '',
          public: (item.dataset.public ?? '').split(' '),
          facilite: Number(item.dataset.facilite),
          auto: item.dataset.auto === 'oui',
        },
        filters,
      );
      item.hidden = !match;
      if (match) shown++;
    }
    for (const section of catalogue.querySelectorAll<HTMLElement>('[data-groupe]')) {
      section.hidden = section.querySelector('li:not([hidden])') === null;
    }
    status.textContent = shown === 0 ? ui.filterNone : ui.filterCount(shown);
    // the address keeps the filters, so a trainer can share a filtered catalogue
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries(filters)) if (value !== undefined) query.set(key, String(value === true ? 'oui' : value));
    history.replaceState(null, '', sitePath(`/alternatives/${query.size > 0 ? `?${query}` : ''}${location.hash}`));
  };
  form.addEventListener('change', apply);
  form.addEventListener('reset', () => setTimeout(apply));
  form.addEventListener('submit', (e) => e.preventDefault());
  for (const p of nav.querySelectorAll('p')) p.hidden = true;
  nav.append(form);
  const initial = new URLSearchParams(location.search);
  for (const name of ['usage', 'public', 'facilite']) {
    const select = form.elements.namedItem(name) as HTMLSelectElement;
    const wanted = initial.get(name);
    if (wanted && [...select.options].some((o) => o.value === wanted)) select.value = wanted;
  }
  box.checked = initial.get('auto') === 'oui';
  apply();
}
