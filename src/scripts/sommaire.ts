// The contents list of a chapter marks the section being read with aria-current as the reader scrolls; pinned
// beside the text and taller than its box, it scrolls itself to keep that line in view. Without this script the list
// works the same, without the mark.
import { currentIndex } from '../lib/toc.ts';

function follow(nav: HTMLElement): void {
  const links = [...nav.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')];
  const targets = links.map((a) => document.getElementById(decodeURIComponent(a.hash.slice(1))));
  let current: HTMLAnchorElement | undefined;
  let pending = false;
  const update = () => {
    pending = false;
    const root = document.documentElement;
    const atBottom = window.scrollY + window.innerHeight >= root.scrollHeight - 2;
    const index = currentIndex(targets.map((t) => t?.getBoundingClientRect().top), window.innerHeight, atBottom);
    const link = index >= 0 ? links[index] : undefined;
    if (link === current) return;
    current?.removeAttribute('aria-current');
    current = link;
    if (!link) return;
    link.setAttribute('aria-current', 'true');
    // keep the marked line visible inside a pinned list that scrolls, without moving the page
    if (nav.scrollHeight > nav.clientHeight) {
      const box = nav.getBoundingClientRect();
      const at = link.getBoundingClientRect();
      if (at.top < box.top || at.bottom > box.bottom) nav.scrollTop += at.top - box.top - box.height / 3;
    }
  };
  const schedule = () => {
    if (pending) return;
    pending = true;
    requestAnimationFrame(update);
  };
  addEventListener('scroll', schedule, { passive: true });
  addEventListener('resize', schedule, { passive: true });
  update();
}

for (const nav of document.querySelectorAll<HTMLElement>('[data-sommaire]')) follow(nav);
