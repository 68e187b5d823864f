/** Hosts reserved for examples (RFC 2606): a public URL on one of them is a placeholder. */
const PLACEHOLDER_HOST = /(^|\.)(example|invalid|test|localhost)$|(^|\.)example\.(com|org|net)$/;

/** True when the URL's host is reserved for examples: a placeholder, not a real address. */
export function isPlaceholderUrl(url: string): boolean {
  try {
    return PLACEHOLDER_HOST.test(new URL(url).hostname);
  } catch {
    return false;
  }
}

export interface ResolvedSiteUrl {
  /** Origin given to Astro's `site`, e.g. https://exemple.org */
  site: string;
  /** Path given to Astro's `base`, always ending with a slash, e.g. /numerique-libre/ */
  base: string;
  placeholder: boolean;
}

/** Pick the public URL (SITE_URL wins over site.yaml) and split it into Astro's site and base. */
export function resolveSiteUrl(fromYaml: string, env: Record<string, string | undefined> = {}): ResolvedSiteUrl {
  const raw = env.SITE_URL && env.SITE_URL.trim() !== '' ? env.SITE_URL.trim() : fromYaml;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`SITE_URL : « ${raw} » n’est pas une adresse valide`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`SITE_URL : « ${raw} » doit commencer par https://`);
  }
  const base = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
  return { site: url.origin, base, placeholder: isPlaceholderUrl(url.href) };
}

/** A link target that names a scheme ("https:", "mailto:") or a host ("//cdn…"): not a path of this site. */
const NOT_A_SITE_PATH = /^([a-z][a-z0-9+.-]*:|\/\/)/i;

/** Put the base path in front of a site path, kept whole with its query and fragment ("/#parcours" under "/nl/" gives "/nl/#parcours"). */
export function withBase(base: string, path: string): string {
  if (NOT_A_SITE_PATH.test(path)) throw new Error(`withBase : « ${path} » n’est pas un chemin du site`);
  const root = `/${base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
  return `${root}${path.replace(/^\/+/, '')}`;
}
