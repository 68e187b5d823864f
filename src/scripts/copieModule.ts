// The offline copy in the browser, built as one module at a fixed address (OFFLINE.module) and loaded only once the
// reader asks for the copy or holds it: registering this guide's worker (Workbox), showing its progress, offering a
// new version, linking the web app manifest, and removing the copy with this guide's caches only.
// The box's script gives the base path (src/scripts/copieHorsLigne.ts).
import { Workbox } from 'workbox-window';
import { OFFLINE, ownsCache } from '../lib/horsLigne.ts';
import { ui } from '../ui.ts';

const t = ui.offline;
let base = '/';
const scope = () => new URL(base, location.href).href;
const workerUrl = () => new URL(base + OFFLINE.worker, location.href).href;

let workbox: Workbox | undefined;
let followed = false;

/** This guide's registration; undefined when there is none, or when the one covering this page is another guide's. */
async function ownRegistration(): Promise<ServiceWorkerRegistration | undefined> {
  const registration = await navigator.serviceWorker.getRegistration(base);
  return registration?.scope === scope() ? registration : undefined;
}

/** This guide's caches: another guide under another path of the same host keeps its own. */
async function ownCaches(): Promise<string[]> {
  return (await caches.keys()).filter((name) => ownsCache(name, scope(), base));
}

/** Files already in the copy while it is being saved. */
async function savedFiles(): Promise<number> {
  const name = (await ownCaches()).find((n) => n.includes('-precache-'));
  return name ? (await (await caches.open(name)).keys()).length : 0;
}

function worker(): Workbox {
  workbox ??= new Workbox(workerUrl(), { scope: base });
  return workbox;
}

/** Link the web app manifest, so that a browser may offer to install the guide: only for a reader who took the copy. */
function linkManifest(): void {
  if (document.querySelector('link[rel="manifest"]')) return;
  const link = document.createElement('link');
  link.rel = 'manifest';
  link.href = base + OFFLINE.manifest;
  document.head.append(link);
}

/** « Nouvelle version disponible — recharger »: the new worker takes over, then the page reloads. */
function offerUpdate(wb: Workbox): void {
  if (document.querySelector('[data-nouvelle-version]')) return;
  const bar = document.createElement('div');
  // not printed where the page's stylesheet knows the class (the trainer page's)
  bar.className = 'ecran-seulement';
  bar.dataset.nouvelleVersion = '';
  bar.setAttribute('role', 'status');
  // styled here rather than in the site's stylesheet, which every first visit downloads (the security policy lets a
  // script set styles through the DOM, not write a style attribute)
  Object.assign(bar.style, {
    position: 'fixed',
    inset: 'auto 1rem 1rem',
    maxWidth: '30rem',
    margin: '0 auto',
    padding: '0.75rem 1rem',
    border: '1px solid var(--color-bordure)',
    borderRadius: '0.375rem',
    background: 'var(--color-surface)',
  });
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = t.reload;
  Object.assign(button.style, { color: 'var(--color-accent)', fontWeight: '700', textDecoration: 'underline' });
  button.addEventListener('click', () => {
    button.disabled = true;
    wb.addEventListener('controlling', () => location.reload());
    wb.messageSkipWaiting();
  });
  bar.append(`${t.update} — `, button);
  document.body.append(bar);
}

/** On the page of a reader who holds this guide's copy: watch for a new version of the guide, and link the manifest. */
function follow(): void {
  if (followed) return;
  followed = true;
  const wb = worker();
  wb.addEventListener('waiting', () => offerUpdate(wb));
  void wb.register();
  linkManifest();
}

/**
 * Resolves once the registration's worker is active, rejects if it fails. Read from the registration itself: Workbox's
 * own events depend on catching the worker's « updatefound », which a page already controlled by another guide's worker
 * could miss, and then the copy was saved but never said so.
 */
function activated(registration: ServiceWorkerRegistration): Promise<void> {
  return new Promise((resolve, reject) => {
    const sw = registration.installing ?? registration.waiting ?? registration.active;
    if (!sw) return reject(new Error('aucun service worker'));
    const check = () => {
      if (sw.state === 'activated') resolve();
      else if (sw.state === 'redundant') reject(new Error('le service worker a échoué'));
    };
    sw.addEventListener('statechange', check);
    check();
  });
}

/** Save the whole guide: register the worker, and wait until it has every file (or until it fails). */
async function take(say: (text: string) => void, total: number): Promise<void> {
  const existing = await ownRegistration();
  if (existing?.active) return;
  say(t.saving);
  // a count still being read when the copy ends must not write over the message that follows it
  let counting = true;
  const timer = setInterval(() => {
    void savedFiles().then((n) => counting && n > 0 && say(t.progress(Math.min(n, total), total)));
  }, 500);
  try {
    const registration = await worker().register({ immediate: true });
    if (!registration) throw new Error('inscription refusée');
    await activated(registration);
  } finally {
    counting = false;
    clearInterval(timer);
  }
}

/** Remove the copy: this guide's worker and caches, nothing of another guide. */
async function remove(): Promise<void> {
  await (await ownRegistration())?.unregister();
  for (const name of await ownCaches()) await caches.delete(name);
  document.querySelector('link[rel="manifest"]')?.remove();
  document.querySelector('[data-nouvelle-version]')?.remove();
  // a copy taken again from this page starts from a new registration
  workbox = undefined;
  followed = false;
}

const wired = new WeakSet<HTMLElement>();

/** The box « Emporter le guide hors ligne »: its state, its two buttons; `take` when the reader just asked for the copy. */
export async function control(box: HTMLElement, siteBase: string, takeNow: boolean): Promise<void> {
  base = siteBase;
  const status = box.querySelector<HTMLElement>('[data-etat]')!;
  // the box's only button in the page: « Emporter le guide hors ligne (… Mo) »
  const takeButton = box.querySelector<HTMLButtonElement>('button')!;
  // not in the page: a first visit does not carry what only a reader holding the copy needs
  let removeButton = box.querySelector<HTMLButtonElement>('[data-retirer]');
  if (!removeButton) {
    removeButton = document.createElement('button');
    removeButton.type = 'button';
    removeButton.className = takeButton.className;
    removeButton.dataset.retirer = '';
    removeButton.hidden = true;
    removeButton.textContent = t.remove;
    takeButton.after(removeButton);
  }
  const say = (text: string) => (status.textContent = text);
  // the home page's box is short: it says there, once the copy is taken, what the trainer page's says beforehand
  const ready = box.querySelector('[data-appareil]') ? t.ready : `${t.ready} ${t.shared}`;
  const show = (held: boolean) => {
    takeButton.hidden = held;
    removeButton.hidden = !held;
  };
  if (!wired.has(box)) {
    wired.add(box);
    removeButton.addEventListener('click', () => {
      removeButton.disabled = true;
      say(t.removing);
      void remove()
        .then(() => {
          show(false);
          say(t.removed);
          takeButton.focus();
        })
        .finally(() => (removeButton.disabled = false));
    });
  }
  if (!('serviceWorker' in navigator) || !('caches' in window)) {
    say(t.unsupported);
    takeButton.disabled = true;
    return;
  }
  if (!takeNow) {
    show(true);
    say(ready);
    follow();
    return;
  }
  takeButton.disabled = true;
  try {
    await take(say, Number(box.dataset.fichiersHorsLigne));
    show(true);
    say(ready);
    follow();
    removeButton.focus();
  } catch {
    // nothing is left half saved: the worker and whatever it had copied go
    await remove().catch(() => undefined);
    say(t.failed);
  } finally {
    takeButton.disabled = false;
  }
}
