// The « Emporter le guide hors ligne » box (home page, trainer page). Without JavaScript its button stays hidden, and
// the trainer page says what the copy needs (on the home page, the whole box stays hidden). The module that registers
// the worker (data-module, OFFLINE.module) is loaded only when the reader asks for the copy, or when this browser holds
// it already: then it offers « Retirer », a new version when one is ready, and links the manifest. A first visit
// downloads nothing more. This script imports nothing, so that it stays written into the page.
const box = document.querySelector<HTMLElement>('[data-copie]');
if (box) {
  // every page carries its base (BaseLayout)
  const base = document.documentElement.dataset.base!;
  const start = (take: boolean) => void (import(/* @vite-ignore */ box.dataset.module!) as Promise<typeof import('./copieModule.ts')>).then((m) => m.control(box, base, take));
  box.hidden = false;
  box.querySelector('[data-sans-script]')?.remove();
  box.querySelector<HTMLElement>('[data-actions]')!.hidden = false;
  // its only button, « Emporter le guide hors ligne (… Mo) »
  box.querySelector('button')!.onclick = () => start(true);
  // a registration that only covers this page (another guide's, higher on the host) is not this guide's copy
  void navigator.serviceWorker?.getRegistration(base).then((r) => r?.scope === location.origin + base && start(false));
}
