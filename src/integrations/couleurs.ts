// The palette of content/site.yaml as a stylesheet module, « virtual:couleurs.css », bundled with the site's styles.
import type { Plugin } from 'vite';
import { paletteCss, type Palette } from '../lib/couleurs.ts';

const ID = 'virtual:couleurs.css';
// the .css ending lets Vite's stylesheet pipeline take the module; the \0 keeps other plugins from resolving it
const RESOLVED = `\0${ID}`;

export function couleursDuGuide(palette: Palette): Plugin {
  return {
    name: 'numerique-libre:couleurs',
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    load: (id) => (id === RESOLVED ? paletteCss(palette) : undefined),
  };
}
