// The base path comes from the page (data-base on <html>, written by BaseLayout), never from a guess on the address.
import { withBase } from '../lib/siteUrl.ts';

/** The site's base path as the page gives it ("/notre-guide/"), or "/" on a page without it. */
export function siteBase(): string {
  return document.documentElement.dataset.base ?? '/';
}

/** A site path with the base in front, for a script that writes an address ("/alternatives/" gives "/notre-guide/alternatives/"). */
export function sitePath(path: string): string {
  return withBase(siteBase(), path);
}
