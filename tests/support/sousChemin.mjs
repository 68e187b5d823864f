// The second build the browser tests check: the guide published under a base path that is no route
// prefix of the site (« /guide/ » would hide a link missing its base, since chapters live under it).
export const SOUS_CHEMIN = {
  siteUrl: 'https://exemple.org/notre-guide/',
  base: '/notre-guide/',
  dist: 'dist-sous-chemin',
};
