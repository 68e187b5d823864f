// Projecting a chapter's slides (src/components/Diaporama.astro): one slide at a time, driven by the keyboard, a
// clicker (PageUp/PageDown), a swipe or the presenter view in a second window, kept in step through a
// BroadcastChannel: no server, nothing downloaded once the page is open. The address follows the slide (#3).
//
// Escape closes what is open, in this order: the list of keys, the overview, the black screen; with nothing open,
// it goes back to the chapter's reading page, at the section of the slide (the presenter view stays where it is).

/** What a message between the projected window and the presenter view carries. */
interface Message {
  slide: number;
}

export function startSlides(): void {
  const deck = document.querySelector<HTMLElement>('[data-diaporama]');
  if (!deck) return;
  const slides = [...deck.querySelectorAll<HTMLElement>(':scope > .diapo')];
  const presenter = new URLSearchParams(location.search).get('vue') === 'presentateur';
  // on a phone a projected slide would be too small to read: the slides stay one under the other
  if (!presenter && !matchMedia('(min-width: 37.5rem)').matches) return;
  const root = document.documentElement;
  root.dataset.mode = presenter ? 'presentateur' : 'diapo';
  const channel = 'BroadcastChannel' in window ? new BroadcastChannel(`diaporama ${location.pathname}`) : undefined;
  const template = (name: string) => document.querySelector<HTMLTemplateElement>(`template[data-gabarit="${name}"]`)!.content.firstElementChild!.cloneNode(true) as HTMLElement;

  const announce = document.createElement('p');
  announce.className = 'diapo-annonce';
  announce.setAttribute('aria-live', 'polite');
  const black = document.createElement('div');
  black.className = 'diapo-noir';
  black.hidden = true;
  const jump = template('saut');
  jump.hidden = true;
  document.body.append(announce, black, jump);

  let current = -1;
  let help: HTMLElement | undefined;
  let helpReturn: Element | null = null;
  let typed = '';

  /** The slide an address names: its number (#3), or the id of a heading or exercise on it (#pour-commencer). */
  function fromHash(): number | undefined {
    const hash = decodeURIComponent(location.hash.slice(1));
    if (hash === '') return undefined;
    const n = Number(hash);
    if (Number.isInteger(n) && n >= 1 && n <= slides.length) return n - 1;
    const target = document.getElementById(hash);
    const i = target ? slides.findIndex((s) => s.contains(target)) : -1;
    return i >= 0 ? i : undefined;
  }

  function go(index: number, from: 'here' | 'other' = 'here') {
    const next = Math.max(0, Math.min(slides.length - 1, index));
    if (next === current) return;
    current = next;
    slides.forEach((s, i) => (s.hidden = !presenter && i !== current));
    if (location.hash !== `#${current + 1}`) history.replaceState(null, '', `#${current + 1}`);
    const title = slides[current].querySelector('h1, h2')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
    announce.textContent = `${slides[current].getAttribute('aria-label')} : ${title}`;
    if (presenter) showPresenter();
    if (from === 'here') channel?.postMessage({ slide: current } satisfies Message);
  }

  function toggleOverview(open = !deck!.hasAttribute('data-apercu')) {
    if (presenter) return;
    deck!.toggleAttribute('data-apercu', open);
    for (const [i, s] of slides.entries()) {
      s.hidden = !open && i !== current;
      if (open) s.tabIndex = 0;
      else s.removeAttribute('tabindex');
    }
    if (open) slides[current].focus();
  }

  function toggleHelp(open = !help) {
    if (open && !help) {
      helpReturn = document.activeElement;
      const dialog = template('touches') as HTMLDialogElement;
      help = dialog;
      dialog.querySelector('[data-fermer]')!.addEventListener('click', () => toggleHelp(false));
      document.body.append(dialog);
      dialog.showModal();
    } else if (!open && help) {
      help.remove();
      help = undefined;
      (helpReturn as HTMLElement | null)?.focus?.();
    }
  }

  function toggleFullscreen() {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void root.requestFullscreen?.().catch(() => undefined);
  }

  function escape() {
    if (help) toggleHelp(false);
    else if (deck!.hasAttribute('data-apercu')) toggleOverview(false);
    else if (!black.hidden) black.hidden = true;
    else if (!presenter) {
      const section = slides[current].dataset.section;
      location.href = deck!.dataset.lecture + (section ? `#${section}` : '');
    }
  }

  document.addEventListener('keydown', (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.target as HTMLElement;
    if (target.closest('input, textarea, select, [contenteditable]')) return;
    const key = event.key;
    if (/^[0-9]$/.test(key)) {
      typed = (typed + key).slice(-3);
      jump.querySelector('span')!.textContent = typed;
      jump.hidden = false;
      return;
    }
    if (key === 'Enter' && typed !== '') {
      event.preventDefault();
      go(Number(typed) - 1);
      typed = '';
      jump.hidden = true;
      return;
    }
    typed = '';
    jump.hidden = true;
    // in the overview, Enter on a slide shows it
    if (key === 'Enter' && deck!.hasAttribute('data-apercu') && target.classList.contains('diapo')) {
      event.preventDefault();
      go(slides.indexOf(target));
      toggleOverview(false);
      return;
    }
    if (help && key !== 'Escape' && key !== '?') return;
    // a button or link of the presenter view answers Space and Enter itself
    if ((key === ' ' || key === 'Enter') && target.closest('button, a')) return;
    const actions: Record<string, () => void> = {
      ArrowRight: () => go(current + 1),
      ArrowDown: () => go(current + 1),
      ' ': () => go(current + (event.shiftKey ? -1 : 1)),
      PageDown: () => go(current + 1),
      ArrowLeft: () => go(current - 1),
      ArrowUp: () => go(current - 1),
      PageUp: () => go(current - 1),
      Home: () => go(0),
      End: () => go(slides.length - 1),
      o: () => toggleOverview(),
      f: () => toggleFullscreen(),
      b: () => (black.hidden = !black.hidden),
      p: () => {
        if (!presenter) window.open(`${location.pathname}?vue=presentateur#${current + 1}`, `presentateur ${location.pathname}`);
      },
      '?': () => toggleHelp(),
      Escape: escape,
    };
    const action = actions[key.length === 1 ? key.toLowerCase() : key];
    if (!action) return;
    event.preventDefault();
    action();
  });

  // in the overview, a click on a slide shows it
  deck.addEventListener('click', (event) => {
    if (!deck.hasAttribute('data-apercu')) return;
    const slide = (event.target as Element).closest<HTMLElement>('.diapo');
    if (!slide) return;
    event.preventDefault();
    go(slides.indexOf(slide));
    toggleOverview(false);
  });

  // a swipe on a tablet: to the left, the next slide; to the right, the previous one
  let touchStart: { x: number; y: number } | undefined;
  document.addEventListener('touchstart', (e) => (touchStart = { x: e.changedTouches[0].clientX, y: e.changedTouches[0].clientY }), { passive: true });
  document.addEventListener('touchend', (e) => {
    if (!touchStart || presenter) return;
    const dx = e.changedTouches[0].clientX - touchStart.x;
    const dy = e.changedTouches[0].clientY - touchStart.y;
    touchStart = undefined;
    if (Math.abs(dx) > 50 && Math.abs(dx) > Math.abs(dy)) go(current + (dx < 0 ? 1 : -1));
  });

  channel?.addEventListener('message', (event: MessageEvent<Message>) => go(event.data.slide, 'other'));
  window.addEventListener('hashchange', () => {
    const i = fromHash();
    if (i !== undefined) go(i);
  });

  // the presenter view: the projected slide, the next one, the section's notes, the time, the count
  let view: HTMLElement | undefined;
  let zero = Date.now();
  function showPresenter() {
    if (!view) {
      view = template('presentateur');
      deck!.hidden = true;
      document.querySelector('main')!.append(view);
      view.querySelector('[data-pres="zero"]')!.addEventListener('click', () => {
        zero = Date.now();
        tick();
      });
      view.querySelector('[data-pres="precedente"]')!.addEventListener('click', () => go(current - 1));
      view.querySelector('[data-pres="suivante-bouton"]')!.addEventListener('click', () => go(current + 1));
      window.setInterval(tick, 1000);
    }
    const part = (name: string) => view!.querySelector<HTMLElement>(`[data-pres="${name}"]`)!;
    const copy = (slide: HTMLElement | undefined) => {
      if (!slide) return [];
      const clone = slide.cloneNode(true) as HTMLElement;
      // a copy, not a second slide: no ids twice in the page, nothing to focus in it
      for (const el of [clone, ...clone.querySelectorAll('[id]')]) el.removeAttribute('id');
      clone.hidden = false;
      clone.removeAttribute('aria-label');
      clone.setAttribute('inert', '');
      return [clone];
    };
    part('courante').replaceChildren(...copy(slides[current]));
    part('suivante').replaceChildren(...copy(slides[current + 1]));
    part('fin').hidden = current + 1 < slides.length;
    part('numero').textContent = `${current + 1} / ${slides.length}`;
    const section = slides[current].dataset.section ?? '';
    const notes = document.querySelector<HTMLTemplateElement>(`template[data-notes="${CSS.escape(section)}"]`);
    part('notes').replaceChildren(...(notes ? [notes.content.cloneNode(true)] : []));
    part('sans-notes').hidden = Boolean(notes);
    // the glossary terms on this slide, with their definitions from the page
    const terms = [...slides[current].querySelectorAll<HTMLElement>('[aria-describedby]')];
    const seen = new Set<string>();
    const entries = terms.flatMap((a) => {
      const id = a.getAttribute('aria-describedby')!;
      const definition = document.getElementById(id);
      if (!definition || seen.has(id)) return [];
      seen.add(id);
      const dt = document.createElement('dt');
      dt.textContent = a.textContent;
      const dd = document.createElement('dd');
      dd.textContent = definition.textContent;
      return [dt, dd];
    });
    part('mots').replaceChildren(...entries);
    part('mots-bloc').hidden = entries.length === 0;
  }
  function tick() {
    const seconds = Math.floor((Date.now() - zero) / 1000);
    view!.querySelector('[data-pres="chrono"]')!.textContent = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
  }

  go(fromHash() ?? 0, 'other');
  if (presenter) showPresenter();
}
