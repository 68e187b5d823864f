// Glossary terms: show the definition in a bubble next to the term on hover or keyboard focus.
// Without this script a term is a plain link to the glossary; screen readers get the definition
// from aria-describedby either way, so the bubble is hidden from them.

const bubble = document.createElement('div');
bubble.className = 'bulle-terme';
bubble.setAttribute('aria-hidden', 'true');
bubble.hidden = true;
document.body.append(bubble);

let hideTimer: number | undefined;
let shownFor: HTMLAnchorElement | null = null;
/** Whether the term being tapped already showed its definition before this tap. */
let openBeforeTap = false;
let lastPointer = '';

function termOf(target: EventTarget | null): HTMLAnchorElement | null {
  return target instanceof Element ? target.closest<HTMLAnchorElement>('a[data-terme]') : null;
}

function show(term: HTMLAnchorElement): void {
  const definition = document.getElementById(term.getAttribute('aria-describedby') ?? '');
  if (!definition) return;
  window.clearTimeout(hideTimer);
  bubble.textContent = definition.textContent;
  bubble.hidden = false;
  shownFor = term;
  const box = term.getBoundingClientRect();
  const width = bubble.offsetWidth;
  const left = Math.min(Math.max(8, box.left), document.documentElement.clientWidth - width - 8);
  bubble.style.left = `${left + window.scrollX}px`;
  bubble.style.top = `${box.bottom + window.scrollY + 6}px`;
}

function hideSoon(): void {
  hideTimer = window.setTimeout(() => (bubble.hidden = true), 200);
}

document.addEventListener('mouseover', (e) => {
  const term = termOf(e.target);
  if (term) show(term);
  else if (e.target === bubble) window.clearTimeout(hideTimer);
});
document.addEventListener('mouseout', (e) => {
  if (termOf(e.target) || e.target === bubble) hideSoon();
});
document.addEventListener('focusin', (e) => {
  const term = termOf(e.target);
  if (term) show(term);
});
document.addEventListener('focusout', (e) => {
  if (termOf(e.target)) bubble.hidden = true;
});
// On a touch screen there is no hover: the first tap shows the definition, a second one opens the glossary.
document.addEventListener('pointerdown', (e) => {
  lastPointer = e.pointerType;
  openBeforeTap = !bubble.hidden && shownFor === termOf(e.target);
});
document.addEventListener('click', (e) => {
  const term = termOf(e.target);
  if (!term || lastPointer !== 'touch' || openBeforeTap) return;
  e.preventDefault();
  show(term);
});
document.addEventListener('keydown', (e) => {
  if (e.key === 'Escape') bubble.hidden = true;
});
