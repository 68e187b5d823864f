/** Fill the forge's edit-URL pattern with the path of a file in the repository. */
export function editUrl(pattern: string, path: string): string {
  const clean = path.replace(/^\.?\//, '');
  return pattern.replaceAll('{chemin}', clean.split('/').map(encodeURIComponent).join('/'));
}
