// Named character references a browser would decode inside an attribute to hide a URL or a handler.
const NAMED: Record<string, string> = { colon: ':', sol: '/', lpar: '(', rpar: ')', period: '.', tab: '\t', newline: '\n' };

/** The text a browser reads once character references are decoded, so `&#104;ttp` cannot hide `http`. */
function decodeReferences(svg: string): string {
  return svg
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&([a-z]+);/gi, (whole, name: string) => NAMED[name.toLowerCase()] ?? whole);
}

// A URL that leaves the site: http(s)://, or // (another host, same scheme).
const OTHER_HOST = String.raw`\s*(?:https?:)?\/\/`;

/** Ways a diagram breaks the site's rules (CSP, themes, accessibility, no code, no other host); empty when it is fine. */
export function svgProblems(svg: string): string[] {
  const problems: string[] = [];
  const text = decodeReferences(svg);
  if (!/^\s*<svg\b[^>]*\bviewBox="[^"]+"/.test(svg)) problems.push('doit commencer par <svg … viewBox="…">');
  if (/\sstyle\s*=/i.test(text) || /<style\b/i.test(text)) problems.push('aucun style : les couleurs viennent des classes s-…');
  if (/<script\b/i.test(text)) problems.push('élément interdit : script (un schéma ne porte aucun code)');
  if (/<[^>]*\son[a-z]+\s*=/i.test(text)) problems.push('attribut interdit : gestionnaire d’évènement on… (un schéma ne porte aucun code)');
  if (/<foreignObject\b/i.test(text)) problems.push('élément interdit : foreignObject (pas de HTML dans un schéma)');
  if (/<(image|a|iframe)\b/i.test(text)) problems.push('élément interdit (image, lien, iframe)');
  if (/\s(fill|stroke|color)\s*=\s*"(?!none")/.test(text)) problems.push('couleur écrite en dur : utilisez les classes s-fond, s-accent, s-trait, s-texte…');
  if (new RegExp(String.raw`\s(?:href|xlink:href|src)\s*=\s*["']?${OTHER_HOST}`, 'i').test(text) || new RegExp(String.raw`url\(\s*["']?${OTHER_HOST}`, 'i').test(text)) {
    problems.push('référence à un autre hôte (http://, https:// ou //) : un schéma ne charge rien d’ailleurs');
  } else if (/\s(href|xlink:href|src)\s*=/i.test(text)) problems.push('aucun lien ni ressource externe');
  if (new TextEncoder().encode(svg).length > 6000) problems.push('plus de 6 000 octets : simplifiez le schéma');
  return problems;
}

/** Make a diagram decorative for assistive technologies: its caption carries the meaning. `className` marks its root for the style sheet. */
export function decorativeSvg(svg: string, className?: string): string {
  const marked = className === undefined ? svg : addRootClass(svg, className);
  return marked.replace(/^\s*<svg\b/, '<svg aria-hidden="true" focusable="false"');
}

/** Add a class to the root <svg>, beside any class it already has (one attribute twice would be invalid). */
function addRootClass(svg: string, className: string): string {
  const root = /^\s*<svg\b[^>]*>/.exec(svg)?.[0];
  if (root === undefined) return svg;
  const withClass = /\sclass="/.test(root) ? root.replace(/\sclass="/, ` class="${className} `) : root.replace(/^(\s*<svg)\b/, `$1 class="${className}"`);
  return withClass + svg.slice(root.length);
}
