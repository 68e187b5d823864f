declare namespace App {
  interface Locals {
    /** The guide's data, read once per build (src/middleware.ts). Components read it here, never from files. */
    guide: import('./data.ts').Guide;
    /** The site header's links for this route, its current section marked (src/middleware.ts). */
    navigation: import('./lib/routeData.ts').NavLink[];
    /** This page's public address (its canonical URL), printed under its title (src/middleware.ts). */
    address: string;
  }
}

/** The palette of content/site.yaml as the theme's CSS variables (src/integrations/couleurs.ts). */
declare module 'virtual:couleurs.css';
