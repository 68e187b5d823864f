import type { Site } from './schemas.ts';
import { isPlaceholderUrl } from './siteUrl.ts';

/** Fill the forge's edit-URL pattern with the path of a file in the repository. */
export function editUrl(pattern: string, path: string): string {
  const clean = path.replace(/^\.?\//, '');
  return pattern.replaceAll('{chemin}', clean.split('/').map(encodeURIComponent).join('/'));
}

/** True while the forge of site.yaml is a placeholder address: its links would lead nowhere. */
export function forgeIsPlaceholder(site: Pick<Site, 'forge'>): boolean {
  return isPlaceholderUrl(site.forge.depot);
}

export interface PageLinks {
  /** « Modifier cette page », left out while the forge is a placeholder. */
  edit?: string;
  /** « Signaler une erreur »: the forge's new issue, or else a message to the organisation. */
  report: string;
}

/**
 * The links under a page that let a reader change it or report an error. While the forge is a placeholder, there is
 * nothing to edit, and an error goes to the organisation: an e-mail naming the page when site.yaml gives an address,
 * its contact page otherwise.
 */
export function pageLinks(
  site: Pick<Site, 'forge' | 'organisation'>,
  page: { file: string; title: string; url: string },
): PageLinks {
  if (!forgeIsPlaceholder(site)) return { edit: editUrl(site.forge.modifier, page.file), report: site.forge.signaler };
  const { courriel, contact } = site.organisation;
  if (!courriel) return { report: contact };
  const subject = `Erreur dans « ${page.title} »`;
  const body = `Page : ${page.url}\n\nCe qui ne va pas :\n`;
  return { report: `mailto:${courriel}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}` };
}
